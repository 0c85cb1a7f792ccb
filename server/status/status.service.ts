import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, query, sql, type Sql } from '../database/sql';
import { Bloc, Level, Status } from '../domain/enums';
import { percent } from '../domain/percent';
import type { BlocCompletion, StatusChange, StatusCounts, UnitStatus } from './status.types';
import { statusOf, type UnitCounts } from './status-rule';
import { criterionRows, dropSnapshots, progressAsOf, progressRows } from './time-travel';

/**
 * Statuses are computed from the unit_progress counters, never stored. The status rule
 * (status-rule.ts) is also written in SQL, as a severity (-1 NOT_DUE, 0 GREEN, 1 YELLOW, 2 RED), so
 * that a commune can take the worst of its units (not due only when none of them is due yet) and a province can count its communes in the same query. A met
 * claim counts unless rejected, or only once confirmed when the campaign says so. Past days
 * read the same counters as they stood then (time-travel.ts).
 */
const SEVERITY_OF: Record<Status, number> = { NOT_DUE: -1, GREEN: 0, YELLOW: 1, RED: 2 };
const STATUS_OF_SEVERITY = new Map(
  Object.entries(SEVERITY_OF).map(([status, severity]) => [severity, status as Status]),
);
const BLOCS = Object.values(Bloc);

/** The met counter a campaign's status rule counts (needs `cp`, the campaign, and `up`, the counters). */
export const COUNTED_MET = sql`case when cp.count_unverified_claims then up.met_count else up.confirmed_count end`;

/** Which of the campaign's units a figure is about (over unit `u` and counters `up`). */
type UnitsOfFigure = Sql;

/** Per unit, its criteria due and met by the status's day, answered and in all; `progress` from progressAsOf. */
function unitCounts(q: StatusQuery, progress: Sql, units: UnitsOfFigure, scope: UnitScope): Sql {
  const due = sql`up.due_date <= cast(${q.asOf} as date)`;
  return sql`
  select up.unit_id, u.commune_id, u.province_id,
         coalesce(sum(up.criteria_count) filter (where ${due}), 0)::int as due,
         coalesce(sum(${COUNTED_MET}) filter (where ${due}), 0)::int as met,
         sum(up.answered_count)::int as answered,
         sum(up.criteria_count)::int as total
  from ${progress} up
  join campaign cp on cp.id = up.campaign_id
  join unit u on u.id = up.unit_id
  where up.campaign_id = ${q.campaignId} and (${units}) and (${scope})
  group by up.unit_id, u.commune_id, u.province_id`;
}

/** The status rule over counts `c` and campaign `cp`, as a severity. */
const SEVERITY = sql`case when c.due = 0 then -1
                       when c.met = c.due then 0
                       when c.answered = 0 or c.met * 100 < c.due * cp.red_below_percent then 2
                       else 1 end`;

function unitSeverities(q: StatusQuery, progress: Sql, units: UnitsOfFigure, scope: UnitScope): Sql {
  return sql`select c.*, ${SEVERITY} as severity, cp.red_below_percent
          from (${unitCounts(q, progress, units, scope)}) c
          join campaign cp on cp.id = ${q.campaignId}`;
}

/** A commune takes the worst of its counted units. */
function communeSeverities(q: StatusQuery, progress: Sql, units: UnitsOfFigure, scope: UnitScope): Sql {
  return sql`select s.commune_id, s.province_id, max(s.severity) as severity, bool_and(s.answered > 0) as reported
          from (${unitSeverities(q, progress, units, scope)}) s
          where s.commune_id is not null
          group by s.commune_id, s.province_id`;
}

/** SQL limiting units (alias `u`) to those an aggregate may count; see Access.unitScope. */
export type UnitScope = Sql;

/** The scope of figures that count every unit, e.g. a commune's overall colour. */
export const ALL_UNITS: UnitScope = sql`true`;

export interface StatusQuery {
  campaignId: number;
  /** YYYY-MM-DD: criteria due after this date do not count yet, and answers count as they stood at its end. */
  asOf: string;
}

/** Statuses of units the caller has already been allowed to read. */
export async function unitStatuses(em: EntityManager, q: StatusQuery, unitIds: readonly number[]) {
  const rows = await query<UnitCounts & { unit_id: number; total: number; red_below_percent: number }>(
    em,
    unitSeverities(
      q,
      await progressAsOf(em, q.campaignId, q.asOf),
      sql`up.unit_id = any(${intArray(unitIds)})`,
      ALL_UNITS,
    ),
  );
  return new Map(rows.map((r) => [r.unit_id, toUnitStatus(r)]));
}

function toUnitStatus(r: UnitCounts & { total: number; red_below_percent: number }): UnitStatus {
  return { status: statusOf(r, r.red_below_percent), due: r.due, met: r.met, answered: r.answered, total: r.total };
}

export async function communeStatuses(
  em: EntityManager,
  q: StatusQuery,
  communeIds: readonly number[],
  scope: UnitScope,
) {
  const rows = await query<{ commune_id: number; severity: number }>(
    em,
    communeSeverities(
      q,
      await progressAsOf(em, q.campaignId, q.asOf),
      sql`u.commune_id = any(${intArray(communeIds)})`,
      scope,
    ),
  );
  return new Map(rows.map((r) => [r.commune_id, STATUS_OF_SEVERITY.get(r.severity)!]));
}

/** Ids of the communes of a province (or all) having a status over the counted units, for filtering lists. */
export async function communeIdsWithStatus(
  em: EntityManager,
  q: StatusQuery,
  status: Status,
  scope: UnitScope,
  provinceId?: number,
) {
  const rows = await query<{ commune_id: number }>(
    em,
    sql`select commune_id from (${communeSeverities(
      q,
      await progressAsOf(em, q.campaignId, q.asOf),
      provinceId ? sql`u.province_id = ${provinceId}` : sql`true`,
      scope,
    )}) s
     where s.severity = ${SEVERITY_OF[status]}`,
  );
  return rows.map((r) => r.commune_id);
}

export async function provinceStatusCounts(
  em: EntityManager,
  q: StatusQuery,
  provinceIds: readonly number[],
  scope: UnitScope,
) {
  const rows = await query<{
    province_id: number;
    green: number;
    yellow: number;
    red: number;
    not_due: number;
    total: number;
    reported: number;
  }>(
    em,
    sql`select province_id,
            count(*) filter (where reported)::int as reported,
            count(*) filter (where severity = 0)::int as green,
            count(*) filter (where severity = 1)::int as yellow,
            count(*) filter (where severity = 2)::int as red,
            count(*) filter (where severity = -1)::int as not_due,
            count(*)::int as total
     from (${communeSeverities(
       q,
       await progressAsOf(em, q.campaignId, q.asOf),
       sql`u.province_id = any(${intArray(provinceIds)})`,
       scope,
     )}) s
     group by province_id`,
  );
  return new Map(rows.map(({ not_due, ...r }) => [r.province_id, withPercent({ ...r, notDue: not_due })]));
}

/**
 * Per province and bloc, the share of the province-level unit's criteria met by the date
 * (Phụ lục 21): all the campaign's criteria count, due or not, as progress toward the deadline.
 */
export async function blocCompletions(
  em: EntityManager,
  q: StatusQuery,
  provinceIds: readonly number[],
  scope: UnitScope,
) {
  const rows = await query<{ province_id: number; bloc: Bloc; met: number; total: number }>(
    em,
    sql`select u.province_id, u.bloc, sum(${COUNTED_MET})::int as met, sum(up.criteria_count)::int as total
     from ${await progressAsOf(em, q.campaignId, q.asOf)} up
     join campaign cp on cp.id = up.campaign_id
     join unit u on u.id = up.unit_id
     where up.campaign_id = ${q.campaignId} and u.level = ${Level.PROVINCE}
       and u.province_id = any(${intArray(provinceIds)}) and (${scope})
     group by u.province_id, u.bloc`,
  );
  const byProvince = new Map<number, BlocCompletion[]>();
  for (const bloc of BLOCS) {
    for (const r of rows.filter((row) => row.bloc === bloc)) {
      const list = byProvince.get(r.province_id) ?? [];
      list.push({ bloc, met: r.met, total: r.total, ratePercent: percent(r.met, r.total) });
      byProvince.set(r.province_id, list);
    }
  }
  return byProvince;
}

/** The change between two counts of the same communes; percentages subtract as printed (rounded), like the official column. */
export function statusChange(from: StatusCounts, to: StatusCounts): StatusChange {
  return {
    from,
    to,
    greenChange: to.green - from.green,
    yellowChange: to.yellow - from.yellow,
    redChange: to.red - from.red,
    greenPercentChange: Math.round((to.greenPercent - from.greenPercent) * 100) / 100,
  };
}

function withPercent(counts: Omit<StatusCounts, 'greenPercent'>): StatusCounts {
  const greenPercent = percent(counts.green, counts.total);
  return {
    green: counts.green,
    yellow: counts.yellow,
    red: counts.red,
    notDue: counts.notDue,
    total: counts.total,
    reported: counts.reported,
    greenPercent,
  };
}

/**
 * Recomputes a campaign's counters from its criteria and assessments. Used after bulk loads
 * and catalog changes; answers keep the counters current incrementally.
 */
export async function rebuildProgress(em: EntityManager, campaignId: number): Promise<void> {
  await query(em, sql`delete from unit_progress where campaign_id = ${campaignId}`);
  await query(
    em,
    sql`insert into unit_progress (unit_id, campaign_id, due_date, criteria_count, met_count, confirmed_count, answered_count)
     ${progressRows(campaignId, sql`assessment`)}`,
  );
  await dropSnapshots(em, campaignId);
  await query(
    em,
    sql`delete from criterion_progress where criterion_id in (select id from criterion where campaign_id = ${campaignId})`,
  );
  await query(
    em,
    sql`insert into criterion_progress (criterion_id, province_id, unit_count, met_count)
     ${criterionRows(campaignId, sql`assessment`)}`,
  );
}

/**
 * Moves a unit's counters and the criterion's counters in the unit's province by one
 * answer's change, in the caller's transaction and in one round trip.
 */
export async function applyAnswerToProgress(
  em: EntityManager,
  change: {
    unitId: number;
    provinceId: number;
    campaignId: number;
    criterionId: number;
    dueDate: string;
    /** Change in claims met and not rejected. */
    metDelta: number;
    /** Change in claims met and confirmed; 0 for an answer to an unverified claim. */
    confirmedDelta: number;
    answeredDelta: number;
    /** Change in the criteria counted: -1 when answered "không phát sinh", +1 when no longer. */
    countedDelta: number;
  },
): Promise<void> {
  await query(
    em,
    sql`with unit_counters as (
       update unit_progress
       set met_count = met_count + ${change.metDelta}, confirmed_count = confirmed_count + ${change.confirmedDelta},
           answered_count = answered_count + ${change.answeredDelta}, criteria_count = criteria_count + ${change.countedDelta}
       where unit_id = ${change.unitId} and campaign_id = ${change.campaignId} and due_date = cast(${change.dueDate} as date)
     )
     update criterion_progress set met_count = met_count + ${change.metDelta}, unit_count = unit_count + ${change.countedDelta}
     where criterion_id = ${change.criterionId} and province_id = ${change.provinceId} and ${change.metDelta !== 0 || change.countedDelta !== 0}`,
  );
}
