import type { Client } from 'pg';

/** Changes per assessment over the year: 0 to MAX_CHANGES, about half of that on average. */
const MAX_CHANGES = 10;
const DAYS = 365;

/** A deterministic, non-negative pseudo-random integer from a SQL integer expression. */
const hash = (expression: string) => `(hashint4(${expression}) & 2147483647)`;

/**
 * Drops a table's indexes other than its constraints' and returns how to rebuild them exactly:
 * building an index once after a bulk insert is several times faster than maintaining it row by row.
 */
async function dropSecondaryIndexes(client: Client, table: string): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
     where schemaname = current_schema() and tablename = $1
       and indexname not in (select conname from pg_constraint where conrelid = cast($1 as regclass))`,
    [table],
  );
  for (const { indexname } of rows) await client.query(`drop index ${client.escapeIdentifier(indexname)}`);
  return async () => {
    for (const { indexdef } of rows) await client.query(indexdef);
  };
}

/**
 * Replaces the loader's one history row per assessment with a year of daily changes, set-based.
 * Each assessment gets `versions` states: the current one last (at its answered_at, unchanged),
 * the earlier ones spread over the preceding year, one per slot of DAYS / versions days, so
 * versions and dates increase together. A BOOLEAN answer flips at each change; a choice
 * answer keeps its value and changes its evidence, so every state's `met` agrees with its answer.
 * On average (1 + MAX_CHANGES / 2) rows per assessment: ~6 × 370,000 ≈ 2 million, ~6,000 a day.
 * Rows go in by time, as the append-only table fills in production, so ids follow dates.
 */
export async function addYearOfHistory(client: Client): Promise<void> {
  await client.query('begin');
  try {
    await client.query("set local work_mem = '256MB'");
    await client.query("set local maintenance_work_mem = '512MB'");
    // The rows reference existing assessments by construction; checking 2 million foreign keys one by one would double the time.
    await client.query('set local session_replication_role = replica');
    await client.query(
      `create temp table bench_versions on commit drop as
       select id, 1 + ${hash('id')} % ${MAX_CHANGES + 1} as versions from assessment`,
    );
    await client.query('truncate assessment_history restart identity');
    const restoreIndexes = await dropSecondaryIndexes(client, 'assessment_history');
    await client.query(
      `insert into assessment_history
         (assessment_id, version, answer_boolean, answer_option_keys, answer_number, met,
          evidence_document_number, evidence_document_date, evidence_link, evidence_note, changed_at)
       select a.id, g.v,
              case when a.answer_boolean is null then null else state.met end,
              a.answer_option_keys, a.answer_number, state.met,
              case when state.current then a.evidence_document_number else 'BM-' || a.id || '-' || g.v end,
              case when state.current then a.evidence_document_date end,
              case when state.current then a.evidence_link end,
              case when state.current then a.evidence_note end,
              case when state.current then a.answered_at
                   else a.answered_at
                        - make_interval(days => (bv.versions - g.v) * (${DAYS} / bv.versions) - ${hash('a.id * 31 + g.v')} % (${DAYS} / bv.versions))
                        + make_interval(hours => ${hash('a.id * 17 + g.v')} % 9)
              end as changed_at
       from assessment a
       join bench_versions bv on bv.id = a.id
       cross join lateral generate_series(1, bv.versions) as g(v)
       cross join lateral (
         select g.v = bv.versions as current,
                case when a.answer_boolean is null then a.met else a.met = ((bv.versions - g.v) % 2 = 0) end as met
       ) state
       order by changed_at, a.id`,
    );
    await restoreIndexes();
    await client.query(
      'update assessment a set version = bv.versions from bench_versions bv where bv.id = a.id and bv.versions > 1',
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
