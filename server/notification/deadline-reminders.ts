import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query, sql } from '../database/sql';
import { CampaignState, Role } from '../domain/enums';
import { COUNTED_MET } from '../status/status.service';
import { Unit } from '../unit/unit.entity';
import { dayOf, viDate } from './job-day';
import { NotificationKind } from './notification.enums';
import { notify } from './notification.service';
import { accessesOf } from './recipients';
import { RoleGrant } from '../user/role-grant.entity';

export const DEADLINE_REMINDERS = 'deadline-reminders';
/** Days before a due date that officers are reminded: 3 days ahead, then the day before. */
export const REMINDER_DAYS = [3, 1];

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

interface DueUnit {
  unitId: number;
  unitName: string;
  campaignId: number;
  campaignCode: string;
  campaignName: string;
  dueDate: string;
  unmet: number;
}

/**
 * Reminds the officers of each unit with unmet criteria due N days from today (N in
 * REMINDER_DAYS): a campaign deadline, or a criterion's own due date. Reads committed data,
 * from a job (daily cron, or on demand with `{ today }`); the notification key (campaign,
 * due date, N) makes it exactly once per officer, however many runners run it. The units an
 * officer is told about are those its abilities let it answer for.
 */
export async function sendDeadlineReminders(em: EntityManager, payload: unknown): Promise<number> {
  const today = dayOf(payload);
  let created = 0;
  for (const days of REMINDER_DAYS) {
    const due = addDays(today, days);
    const dueUnmet = sql`from unit_progress up join campaign cp on cp.id = up.campaign_id join unit u on u.id = up.unit_id
      where up.due_date = ${due} and cp.state = ${CampaignState.PUBLISHED} and cp.closed_on is null
        and up.criteria_count > ${COUNTED_MET}`;
    const [found] = await query<{ n: number }>(em, sql`select count(*)::int as n ${dueUnmet}`);
    if (!found?.n) continue;
    // People only (API tokens answer for no unit); each told only of the units its abilities let it answer for.
    const people = await em.find(
      RoleGrant,
      { role: { $ne: Role.API_CLIENT }, user: { disabledAt: null } },
      { populate: ['user'], orderBy: { user: 'asc', id: 'asc' } },
    );
    for (const access of accessesOf(people)) {
      const answerable = access.filter<Unit>('answer', 'Unit');
      if (answerable === null) continue;
      const scope = Object.keys(answerable).length
        ? sql`and u.id in (${Sql.fromBuilder(
            em
              .createQueryBuilder(Unit, 'scope')
              .select('scope.id')
              .where(answerable as never)
              .getKnexQuery(),
          )})`
        : sql``;
      const units = await query<DueUnit>(
        em,
        sql`select u.id as "unitId", u.name as "unitName", cp.id as "campaignId", cp.code as "campaignCode",
              cp.name as "campaignName", to_char(up.due_date, 'YYYY-MM-DD') as "dueDate",
              (up.criteria_count - ${COUNTED_MET})::int as unmet
            ${dueUnmet} ${scope}
            order by cp.id, u.id`,
      );
      const byCampaign = new Map<number, DueUnit[]>();
      for (const unit of units) byCampaign.set(unit.campaignId, [...(byCampaign.get(unit.campaignId) ?? []), unit]);
      for (const [campaignId, list] of byCampaign) {
        const [first] = list;
        const lines = list.map((u) => `${u.unitName}: còn ${u.unmet} tiêu chí chưa đạt`);
        const rows = await em.transactional((tx) =>
          notify(
            tx,
            [access.viewer!.user.id],
            NotificationKind.DEADLINE_APPROACHING,
            { type: 'Campaign', id: campaignId, period: `${due}:${days}` },
            {
              title: `Còn ${days} ngày đến hạn ${viDate(due)} của đợt "${first.campaignName}"`,
              body: `Hạn ${viDate(due)} (còn ${days} ngày). ${lines.join('; ')}.`,
              link: `/don-vi/${first.unitId}?dot=${encodeURIComponent(first.campaignCode)}`,
            },
          ),
        );
        created += rows.length;
      }
    }
  }
  return created;
}
