import type { EntityManager } from '@mikro-orm/postgresql';
import { CRITERION_APPLIES } from '../criterion/applicability';
import { intArray, query, sql, type Sql } from '../database/sql';
import { todayInVietnam } from '../domain/dates';
import type { VerificationStatus } from '../domain/enums';
import { liftStatementTimeout } from '../database/faults';
import { CLAIM_CONFIRMED, CLAIM_COUNTS, COUNTED_CRITERION, type Claim } from './claim';

/**
 * Time travel. Every status figure is computed from a unit's counters (criteria, met,
 * confirmed, answered per due date). For today — or a later date — those are the live
 * `unit_progress` counters kept in each answer's transaction. For a past day they are the
 * counters as they stood at the end of that day, Vietnam time: each assessment's last
 * history row written before midnight. History is append-only and changedAt is always the
 * time of writing, so a past day can no longer change; its counters are computed once per
 * (campaign, day), on first request, into `progress_snapshot` (a marker row in
 * `progress_snapshot_day` says the day is complete) and are a lookup ever after — the same
 * status SQL then runs over either table. Only a catalog change (deadline moved, criterion
 * added) recomputes counters, and it drops the campaign's snapshots with them.
 */

/**
 * Counters per unit and due date of campaign `campaignId`, over assessment rows `a` (unit_id,
 * criterion_id, met, verification, answer_not_applicable) from `assessments`.
 */
export function progressRows(campaignId: number, assessments: Sql): Sql {
  return sql`select u.id as unit_id, cp.id as campaign_id, coalesce(c.due_date, cp.deadline) as due_date,
                 count(*) filter (where ${COUNTED_CRITERION}) as criteria_count,
                 count(*) filter (where ${CLAIM_COUNTS}) as met_count,
                 count(*) filter (where ${CLAIM_CONFIRMED}) as confirmed_count,
                 count(a.met) filter (where c.answer_type <> 'TEXT') as answered_count
          from campaign cp
          join criterion c on c.campaign_id = cp.id
          join unit u on ${CRITERION_APPLIES}
          left join ${assessments} a on a.unit_id = u.id and a.criterion_id = c.id
          where cp.id = ${campaignId}
          group by u.id, cp.id, coalesce(c.due_date, cp.deadline)`;
}

/** Counters per criterion and province of campaign `campaignId`, over assessment rows `a` from `assessments`. */
export function criterionRows(campaignId: number, assessments: Sql): Sql {
  return sql`select c.id as criterion_id, u.province_id,
                 count(*) filter (where ${COUNTED_CRITERION}) as unit_count,
                 count(*) filter (where ${CLAIM_COUNTS}) as met_count
          from campaign cp
          join criterion c on c.campaign_id = cp.id
          join unit u on ${CRITERION_APPLIES}
          left join ${assessments} a on a.unit_id = u.id and a.criterion_id = c.id
          where cp.id = ${campaignId}
          group by c.id, u.province_id`;
}

/** Midnight starting `day`, Vietnam time. */
export const startOfDay = (day: string) => sql`cast(${day} as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`;
/** Midnight after `day`, Vietnam time. */
const endOfDay = (day: string) => sql`(cast(${day} as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`;

/**
 * The state (met, verification) of assessment `x` at the end of `day`, Vietnam time: its last
 * history row written before midnight, one probe of assessment_history_state_at_index (sorting
 * a national campaign's whole history instead took longer than a request may).
 */
const stateAtEndOfDay = (day: string) => sql`(
  select h.met, h.verification, h.answer_not_applicable from assessment_history h
  where h.assessment_id = x.id and h.changed_at < ${endOfDay(day)}
  order by h.changed_at desc, h.id desc
  limit 1)`;

/** Each assessment of a campaign as it stood at the end of `day`. */
const assessmentsAtEndOfDay = (campaignId: number, day: string) => sql`
  select x.unit_id, x.criterion_id, s.met, s.verification, s.answer_not_applicable
  from assessment x
  join criterion xc on xc.id = x.criterion_id
  cross join lateral ${stateAtEndOfDay(day)} s
  where xc.campaign_id = ${campaignId}`;

/**
 * Joins to unit `u` and criterion `c` the assessment `a` (met, verification) as it stood at
 * the end of `day`: the live row for today, else the last history row
 * written before midnight, looked up per unit and criterion through their indexes, so a list
 * of one province's units reads only its own history.
 */
export function assessmentJoin(day: string): Sql {
  if (day >= todayInVietnam()) return sql`left join assessment a on a.unit_id = u.id and a.criterion_id = c.id`;
  return sql`left join lateral (
            select s.met, s.verification, s.answer_not_applicable
            from assessment x cross join lateral ${stateAtEndOfDay(day)} s
            where x.unit_id = u.id and x.criterion_id = c.id) a on true`;
}

/**
 * A unit's claims (met, verification) per criterion as they stood at the end of `day`; empty
 * for today and later, when the live assessments are the answer.
 */
export async function claimsAsOf(em: EntityManager, unitId: number, criterionIds: number[], day: string) {
  if (day >= todayInVietnam() || !criterionIds.length) return undefined;
  const rows = await query<{
    criterion_id: number;
    met: boolean;
    verification: VerificationStatus;
    answer_not_applicable: boolean | null;
  }>(
    em,
    sql`select x.criterion_id, s.met, s.verification, s.answer_not_applicable
     from assessment x cross join lateral ${stateAtEndOfDay(day)} s
     where x.unit_id = ${unitId} and x.criterion_id = any(${intArray(criterionIds)})`,
  );
  return new Map(
    rows.map((r): [number, Claim] => [
      r.criterion_id,
      {
        met: r.met,
        verificationStatus: r.verification,
        answer: { notApplicable: r.answer_not_applicable ?? undefined },
      },
    ]),
  );
}

/** The counters a status on `day` reads, as an SQL from-item (alias it `up`). */
export async function progressAsOf(em: EntityManager, campaignId: number, day: string): Promise<Sql> {
  if (day >= todayInVietnam()) return sql`unit_progress`;
  await ensureSnapshot(em, campaignId, day);
  return sql`(select * from progress_snapshot where on_date = cast(${day} as date))`;
}

/** The per-criterion counters (`criterion_progress` columns) on `day`, as an SQL from-item. */
export async function criterionProgressAsOf(em: EntityManager, campaignId: number, day: string): Promise<Sql> {
  if (day >= todayInVietnam()) return sql`criterion_progress`;
  await ensureSnapshot(em, campaignId, day);
  return sql`(select * from criterion_snapshot where on_date = cast(${day} as date))`;
}

/** How long a figure waits, once, for a read replica to catch up with a snapshot just computed on the primary. */
const REPLICA_CATCH_UP = { attempts: 200, pauseMs: 25 };

async function ensureSnapshot(em: EntityManager, campaignId: number, day: string): Promise<void> {
  const marked = sql`select 1 from progress_snapshot_day where campaign_id = ${campaignId} and on_date = cast(${day} as date)`;
  const visible = async () => (await query(em, marked)).length > 0;
  if (await visible()) return;
  await computeSnapshot(em, campaignId, day, marked);
  // Figures read from a replica when there is one; the snapshot was written on the primary.
  for (let attempt = 1; attempt < REPLICA_CATCH_UP.attempts && !(await visible()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, REPLICA_CATCH_UP.pauseMs));
  }
}

async function computeSnapshot(em: EntityManager, campaignId: number, day: string, marked: Sql): Promise<void> {
  await em.transactional(async (tx) => {
    // Concurrent first readers of the same day wait for one computation instead of repeating it.
    await query(tx, sql`select pg_advisory_xact_lock(${campaignId}, cast(${day} as date) - date '2000-01-01')`);
    if ((await query(tx, marked)).length) return;
    // Done once per day and campaign, however long the nation takes; every later figure is a lookup.
    await liftStatementTimeout(tx);
    await query(
      tx,
      sql`create temporary table day_claims (unit_id int, criterion_id int, met boolean, verification text, answer_not_applicable boolean) on commit drop`,
    );
    await query(tx, sql`insert into day_claims ${assessmentsAtEndOfDay(campaignId, day)}`);
    await query(tx, sql`analyze day_claims`);
    await query(
      tx,
      sql`insert into progress_snapshot (unit_id, campaign_id, due_date, criteria_count, met_count, confirmed_count, answered_count, on_date)
       select p.*, cast(${day} as date) from (${progressRows(campaignId, sql`day_claims`)}) p`,
    );
    await query(
      tx,
      sql`insert into criterion_snapshot (campaign_id, on_date, criterion_id, province_id, unit_count, met_count)
       select ${campaignId}, cast(${day} as date), p.* from (${criterionRows(campaignId, sql`day_claims`)}) p`,
    );
    await query(
      tx,
      sql`insert into progress_snapshot_day (campaign_id, on_date, computed_at) values (${campaignId}, cast(${day} as date), now())`,
    );
  });
}

/** Drops a campaign's past-day counters, after a catalog change that alters what they count. */
export async function dropSnapshots(em: EntityManager, campaignId: number): Promise<void> {
  await query(em, sql`delete from progress_snapshot_day where campaign_id = ${campaignId}`);
  await query(em, sql`delete from progress_snapshot where campaign_id = ${campaignId}`);
  await query(em, sql`delete from criterion_snapshot where campaign_id = ${campaignId}`);
}
