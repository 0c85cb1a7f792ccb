import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { pgArray, query } from '../database/sql';
import { Status } from '../domain/enums';
import { percent } from '../domain/percent';
import type { StatusCounts, UnitStatus } from './status.types';

/**
 * Statuses are computed from the unit_progress counters, never stored. The status rule is
 * written once, in SQL, as a severity (0 GREEN, 1 YELLOW, 2 RED) so that a commune can take
 * the worst of its units and a province can count its communes in the same query.
 */
const SEVERITY_STATUS = [Status.GREEN, Status.YELLOW, Status.RED];

const UNIT_COUNTS = `
  select up.unit_id, u.commune_id, u.province_id,
         coalesce(sum(up.criteria_count) filter (where up.due_date <= cast(:asOf as date)), 0)::int as due,
         coalesce(sum(up.met_count) filter (where up.due_date <= cast(:asOf as date)), 0)::int as met,
         sum(up.answered_count)::int as answered,
         sum(up.criteria_count)::int as total
  from unit_progress up
  join unit u on u.id = up.unit_id
  where up.campaign_id = :campaignId and (%SCOPE%) and (:unitScope)
  group by up.unit_id, u.commune_id, u.province_id`;

const SEVERITY = `case when c.met = c.due then 0
                       when c.answered = 0 or c.met * 100 < c.due * cp.red_below_percent then 2
                       else 1 end`;

function unitSeverities(scope: string): string {
  return `select c.*, ${SEVERITY} as severity
          from (${UNIT_COUNTS.replace('%SCOPE%', scope)}) c
          join campaign cp on cp.id = :campaignId`;
}

function communeSeverities(scope: string): string {
  return `select s.commune_id, s.province_id, max(s.severity) as severity
          from (${unitSeverities(scope)}) s
          where s.commune_id is not null
          group by s.commune_id, s.province_id`;
}

/** SQL limiting units (alias `u`) to those an aggregate may count; see Access.unitScope. */
export type UnitScope = Knex.Raw;

/** The scope of figures that count every unit, e.g. a commune's overall colour. */
export function allUnits(em: EntityManager): UnitScope {
  return em.getKnex().raw('true');
}

export interface StatusQuery {
  campaignId: number;
  /** YYYY-MM-DD: criteria due after this date do not count yet. */
  asOf: string;
}

/** Statuses of units the caller has already been allowed to read. */
export async function unitStatuses(em: EntityManager, q: StatusQuery, unitIds: readonly number[]) {
  const rows = await query<UnitStatus & { unit_id: number; severity: number }>(
    em,
    unitSeverities('up.unit_id = any(cast(:ids as int[]))'),
    { ...q, ids: pgArray(unitIds), unitScope: allUnits(em) },
  );
  return new Map(rows.map((r) => [r.unit_id, toUnitStatus(r)]));
}

function toUnitStatus(r: { due: number; met: number; answered: number; total: number; severity: number }): UnitStatus {
  return { status: SEVERITY_STATUS[r.severity], due: r.due, met: r.met, answered: r.answered, total: r.total };
}

export async function communeStatuses(em: EntityManager, q: StatusQuery, communeIds: readonly number[], scope: UnitScope) {
  const rows = await query<{ commune_id: number; severity: number }>(
    em,
    communeSeverities('u.commune_id = any(cast(:ids as int[]))'),
    { ...q, ids: pgArray(communeIds), unitScope: scope },
  );
  return new Map(rows.map((r) => [r.commune_id, SEVERITY_STATUS[r.severity]]));
}

/** Ids of the communes of a province (or all) having a status over the counted units, for filtering lists. */
export async function communeIdsWithStatus(em: EntityManager, q: StatusQuery, status: Status, scope: UnitScope, provinceId?: number) {
  const rows = await query<{ commune_id: number }>(
    em,
    `select commune_id from (${communeSeverities(provinceId ? 'u.province_id = :provinceId' : 'true')}) s
     where s.severity = :severity`,
    { ...q, provinceId: provinceId ?? null, severity: SEVERITY_STATUS.indexOf(status), unitScope: scope },
  );
  return rows.map((r) => r.commune_id);
}

export async function provinceStatusCounts(em: EntityManager, q: StatusQuery, provinceIds: readonly number[], scope: UnitScope) {
  const rows = await query<{ province_id: number; green: number; yellow: number; red: number; total: number }>(
    em,
    `select province_id,
            count(*) filter (where severity = 0)::int as green,
            count(*) filter (where severity = 1)::int as yellow,
            count(*) filter (where severity = 2)::int as red,
            count(*)::int as total
     from (${communeSeverities('u.province_id = any(cast(:ids as int[]))')}) s
     group by province_id`,
    { ...q, ids: pgArray(provinceIds), unitScope: scope },
  );
  return new Map(rows.map((r) => [r.province_id, withPercent(r)]));
}

function withPercent(counts: Omit<StatusCounts, 'greenPercent'>): StatusCounts {
  const greenPercent = percent(counts.green, counts.total);
  return { green: counts.green, yellow: counts.yellow, red: counts.red, total: counts.total, greenPercent };
}

/**
 * Recomputes a campaign's counters from its criteria and assessments. Used after bulk loads
 * and catalog changes; answers keep the counters current incrementally.
 */
export async function rebuildProgress(em: EntityManager, campaignId: number): Promise<void> {
  await query(em, 'delete from unit_progress where campaign_id = :campaignId', { campaignId });
  await query(
    em,
    `insert into unit_progress (unit_id, campaign_id, due_date, criteria_count, met_count, answered_count)
     select u.id, cp.id, coalesce(c.due_date, cp.deadline),
            count(*), count(a.id) filter (where a.met), count(a.id)
     from campaign cp
     join criterion c on c.campaign_id = cp.id
     join unit u on u.bloc = c.bloc and u.level = c.level and (cp.province_id is null or u.province_id = cp.province_id)
     left join assessment a on a.unit_id = u.id and a.criterion_id = c.id
     where cp.id = :campaignId
     group by u.id, cp.id, coalesce(c.due_date, cp.deadline)`,
    { campaignId },
  );
  await query(em, 'delete from criterion_progress where criterion_id in (select id from criterion where campaign_id = :campaignId)', { campaignId });
  await query(
    em,
    `insert into criterion_progress (criterion_id, province_id, unit_count, met_count)
     select c.id, u.province_id, count(*), count(a.id) filter (where a.met)
     from campaign cp
     join criterion c on c.campaign_id = cp.id
     join unit u on u.bloc = c.bloc and u.level = c.level and (cp.province_id is null or u.province_id = cp.province_id)
     left join assessment a on a.unit_id = u.id and a.criterion_id = c.id
     where cp.id = :campaignId
     group by c.id, u.province_id`,
    { campaignId },
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
    metDelta: number;
    answeredDelta: number;
  },
): Promise<void> {
  await query(
    em,
    `with unit_counters as (
       update unit_progress set met_count = met_count + :metDelta, answered_count = answered_count + :answeredDelta
       where unit_id = :unitId and campaign_id = :campaignId and due_date = cast(:dueDate as date)
     )
     update criterion_progress set met_count = met_count + :metDelta
     where criterion_id = :criterionId and province_id = :provinceId and :metDelta <> 0`,
    change,
  );
}
