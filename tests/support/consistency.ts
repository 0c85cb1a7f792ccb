import type { EntityManager } from '@mikro-orm/postgresql';
import { liftStatementTimeout } from '../../server/database/faults';
import { rebuildProgress } from '../../server/status/status.service';

export interface Consistency {
  assessments: number;
  /** Assessments whose version is not the number of their history rows: an update lost or written twice. */
  versionMismatches: number;
  /** Counter rows that differ from a full recomputation, either way. */
  unitProgressDiffs: number;
  criterionProgressDiffs: number;
}

const COUNTERS = {
  unitProgressDiffs: [
    'unit_progress',
    'unit_id, campaign_id, due_date, criteria_count, met_count, confirmed_count, answered_count',
  ],
  criterionProgressDiffs: ['criterion_progress', 'criterion_id, province_id, unit_count, met_count'],
} as const;

/**
 * Checks a database's counters against the assessments: recomputes every campaign's counters
 * with the product's own rebuild inside a transaction that is rolled back, and compares them
 * with the counters as the answers left them.
 */
export async function checkConsistency(em: EntityManager): Promise<Consistency> {
  const fork = em.fork();
  const [versions] = await fork.getConnection().execute<{ assessments: string; mismatches: string }[]>(
    `select count(*) as assessments, count(*) filter (where a.version <> coalesce(h.rows, 0)) as mismatches
     from assessment a left join (select assessment_id, count(*) as rows from assessment_history group by assessment_id) h on h.assessment_id = a.id`,
  );
  const diffs = { unitProgressDiffs: 0, criterionProgressDiffs: 0 };
  await fork.begin();
  try {
    await liftStatementTimeout(fork);
    for (const [table, columns] of Object.values(COUNTERS)) {
      await fork.execute(`create temporary table kept_${table} on commit drop as select ${columns} from ${table}`);
    }
    const campaigns = await fork.execute<{ id: number }[]>('select id from campaign');
    for (const { id } of campaigns) await rebuildProgress(fork, id);
    for (const [key, [table, columns]] of Object.entries(COUNTERS) as [
      keyof typeof diffs,
      readonly [string, string],
    ][]) {
      const [row] = await fork.execute<{ n: string }[]>(
        `select count(*) as n from ((select ${columns} from ${table} except all select ${columns} from kept_${table})
                                    union all (select ${columns} from kept_${table} except all select ${columns} from ${table})) d`,
      );
      diffs[key] = Number(row.n);
    }
  } finally {
    await fork.rollback();
  }
  return { assessments: Number(versions.assessments), versionMismatches: Number(versions.mismatches), ...diffs };
}

export interface AcknowledgedAnswers {
  /** Acknowledged answers that lack their history row or audit entry (should be none). */
  missing: { id: string; version: number; history: number; audit: number }[];
  /** Answers written through the API (history rows with an author), and their audit entries: equal when nothing is half-written. */
  answerHistoryRows: number;
  answerAuditEntries: number;
}

/**
 * Whether every answer a client was told succeeded (its assessment id and new version) is
 * stored with its history row and its audit entry, and every answer written has both.
 */
export async function checkAcknowledgedAnswers(
  em: EntityManager,
  acknowledged: readonly { id: string; version: number }[],
): Promise<AcknowledgedAnswers> {
  const connection = em.getConnection();
  const missing: AcknowledgedAnswers['missing'] = [];
  for (const { id, version } of acknowledged) {
    const [row] = await connection.execute<{ history: string; audit: string }[]>(
      `select (select count(*) from assessment_history where assessment_id = ? and version = ?) as history,
              (select count(*) from audit_entry where object_type = 'Assessment' and object_id = ? and (changes->>'version')::int = ?) as audit`,
      [Number(id), version, id, version],
    );
    if (Number(row.history) !== 1 || Number(row.audit) !== 1)
      missing.push({ id, version, history: Number(row.history), audit: Number(row.audit) });
  }
  const [written] = await connection.execute<{ history: string; audit: string }[]>(
    `select (select count(*) from assessment_history where changed_by_id is not null and changed_at > now() - interval '1 hour') as history,
            (select count(*) from audit_entry where action = 'ANSWER') as audit`,
  );
  return { missing, answerHistoryRows: Number(written.history), answerAuditEntries: Number(written.audit) };
}

/**
 * Every acknowledged answer stored with its history row and audit entry, nothing half-written
 * (one audit entry per answer written), and the counters as a recomputation gives them.
 */
export async function expectEveryAnswerKept(
  em: EntityManager,
  acknowledged: readonly { id: string; version: number }[],
): Promise<void> {
  const answers = await checkAcknowledgedAnswers(em, acknowledged);
  expect(answers.missing).toEqual([]);
  expect(answers.answerAuditEntries).toBe(answers.answerHistoryRows);
  expect(answers.answerAuditEntries).toBeGreaterThanOrEqual(acknowledged.length);
  expect(await checkConsistency(em)).toMatchObject({
    versionMismatches: 0,
    unitProgressDiffs: 0,
    criterionProgressDiffs: 0,
  });
}
