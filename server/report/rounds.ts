import type { EntityManager } from '@mikro-orm/postgresql';
import { boundArray, intArray, query, sql } from '../database/sql';
import { todayInVietnam } from '../domain/dates';
import { ScheduleFrequency } from './report.enums';
import type { ReportSchedule } from './reporting-round.entity';

export interface Period {
  period: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, date: number) =>
  `${year}-${pad(month)}-${pad(Math.min(date, daysIn(year, month)))}`;
const ymOf = (date: string) => date.split('-').slice(0, 2).map(Number) as [number, number];

function monthPeriod(year: number, month: number, dueDay: number): Period {
  return {
    period: `${year}-${pad(month)}`,
    label: `tháng ${month}/${year}`,
    periodStart: day(year, month, 1),
    periodEnd: day(year, month, 31),
    dueOn: day(year, month, dueDay),
  };
}

function quarterPeriod(year: number, quarter: number, dueDay: number): Period {
  const lastMonth = quarter * 3;
  const [dueYear, dueMonth] = lastMonth === 12 ? [year + 1, 1] : [year, lastMonth + 1];
  return {
    period: `${year}-Q${quarter}`,
    label: `quý ${ROMAN[quarter - 1]}/${year}`,
    periodStart: day(year, lastMonth - 2, 1),
    periodEnd: day(year, lastMonth, 31),
    dueOn: day(dueYear, dueMonth, dueDay),
  };
}

/**
 * The periods of a schedule that have begun by `today`: a monthly schedule's round of a month is
 * due on day N of that month ("trước ngày 10 hằng tháng"), a quarterly one's on day N of the month
 * after the quarter, a one-off on its own date.
 */
export function periodsOf(
  schedule: Pick<ReportSchedule, 'frequency' | 'dueDay' | 'startsOn' | 'dueOn'>,
  today: string,
): Period[] {
  if (schedule.startsOn > today) return [];
  const [startYear, startMonth] = ymOf(schedule.startsOn);
  const [endYear, endMonth] = ymOf(today);
  const months = { from: startYear * 12 + startMonth - 1, to: endYear * 12 + endMonth - 1 };
  switch (schedule.frequency) {
    case ScheduleFrequency.ONCE: {
      const [year, month] = ymOf(schedule.dueOn!);
      return [
        {
          period: 'ONCE',
          label: `tháng ${month}/${year}`,
          periodStart: schedule.startsOn,
          periodEnd: schedule.dueOn!,
          dueOn: schedule.dueOn!,
        },
      ];
    }
    case ScheduleFrequency.MONTHLY:
      return range(months.from, months.to).map((i) => monthPeriod(Math.floor(i / 12), (i % 12) + 1, schedule.dueDay!));
    case ScheduleFrequency.QUARTERLY:
      return range(Math.floor(months.from / 3), Math.floor(months.to / 3)).map((q) =>
        quarterPeriod(Math.floor(q / 4), (q % 4) + 1, schedule.dueDay!),
      );
  }
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * Opens every round whose period has begun and gives each unit in the schedule's scope its
 * submission, with set-based SQL. Idempotent (existing rounds and submissions are kept as they
 * are), so it runs at start-up, when a schedule is made, and may run again at any time.
 * Returns the rounds this call opened that are not yet past their due date: of processes
 * opening at once, only the one whose insert won names a round, so it is told once.
 */
export async function openDueRounds(
  em: EntityManager,
  today = todayInVietnam(),
  scheduleIds?: number[],
): Promise<number[]> {
  const schedules = await query<{
    id: number;
    template_id: number;
    province_id: number | null;
    frequency: ScheduleFrequency;
    due_day: number | null;
    starts_on: string;
    due_on: string | null;
  }>(
    em,
    sql`select id, template_id, province_id, frequency, due_day, to_char(starts_on, 'YYYY-MM-DD') as starts_on,
            to_char(due_on, 'YYYY-MM-DD') as due_on
     from report_schedule where ${scheduleIds ? sql`id = any(${intArray(scheduleIds)})` : sql`true`}`,
  );
  const rows = schedules.flatMap((s) =>
    periodsOf(
      { frequency: s.frequency, dueDay: s.due_day ?? undefined, startsOn: s.starts_on, dueOn: s.due_on ?? undefined },
      today,
    ).map((p) => ({ ...p, schedule: s.id, template: s.template_id, province: s.province_id })),
  );
  if (!rows.length) return [];
  const column = (pick: (r: (typeof rows)[number]) => unknown, type: Parameters<typeof boundArray>[1]) =>
    boundArray(rows.map(pick), type);
  const opened = await query<{ id: number; open: boolean }>(
    em,
    sql`insert into reporting_round (schedule_id, template_id, province_id, period, label, period_start, period_end, due_on, opened_at)
     select *, now() from unnest(${column((r) => r.schedule, 'int')}, ${column((r) => r.template, 'int')}, ${column((r) => r.province, 'int')}, ${column((r) => r.period, 'text')},
                                 ${column((r) => r.label, 'text')}, ${column((r) => r.periodStart, 'date')}, ${column((r) => r.periodEnd, 'date')}, ${column((r) => r.dueOn, 'date')})
     on conflict (schedule_id, period) do nothing
     returning id, due_on >= ${today}::date as open`,
  );
  await query(
    em,
    sql`insert into report_submission (round_id, unit_id, province_id, commune_id, bloc, level, reviewer, status, "values", version, updated_at)
     select r.id, u.id, u.province_id, u.commune_id, u.bloc, u.level, t.reviewer, 'DRAFT', '{}', 0, now()
     from reporting_round r
     join report_schedule s on s.id = r.schedule_id
     join report_template t on t.id = r.template_id
     join unit u on u.level = s.level and u.bloc in (select jsonb_array_elements_text(s.blocs))
                and (s.province_id is null or u.province_id = s.province_id)
     where r.schedule_id = any(${intArray([...new Set(rows.map((r) => r.schedule))])})
     on conflict (round_id, unit_id) do nothing`,
  );
  return opened.filter((round) => round.open).map((round) => round.id);
}
