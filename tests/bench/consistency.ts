import type { Client, QueryConfig } from 'pg';
import { sql, type Sql } from '../../server/database/sql';
import { CLAIM_COUNTS } from '../../server/status/claim';

/** A statement of the sql tag in node-postgres' words: `$1, $2…` for its `?` marks, an escaped `\?` back to `?`. */
function pgStatement(statement: Sql): QueryConfig {
  let n = 0;
  return {
    text: statement.text.replace(/\\\?|\?/g, (mark) => (mark === '?' ? `$${++n}` : '?')),
    values: [...statement.values],
  };
}

/**
 * Counts the unit_progress and criterion_progress rows whose counters disagree with the
 * assessments they summarise. The answering scenarios move the counters incrementally; any mismatch after
 * the run means an update was lost or counted twice.
 */
export async function counterMismatches(client: Client): Promise<number> {
  const { rows } = await client.query<{ mismatches: number }>(
    pgStatement(sql`with actual as (
       select a.unit_id, c.campaign_id, coalesce(c.due_date, cp.deadline) as due_date,
              count(*) filter (where ${CLAIM_COUNTS})::int as met, count(*)::int as answered
       from assessment a join criterion c on c.id = a.criterion_id join campaign cp on cp.id = c.campaign_id
       group by 1, 2, 3
     )
     select count(*)::int as mismatches
     from unit_progress up
     left join actual on actual.unit_id = up.unit_id and actual.campaign_id = up.campaign_id and actual.due_date = up.due_date
     where up.met_count <> coalesce(actual.met, 0) or up.answered_count <> coalesce(actual.answered, 0)
     union all
     select count(*)::int
     from criterion_progress cp
     left join (select a.criterion_id, u.province_id, count(*) filter (where ${CLAIM_COUNTS})::int as met
                from assessment a join unit u on u.id = a.unit_id group by 1, 2) actual
       on actual.criterion_id = cp.criterion_id and actual.province_id = cp.province_id
     where cp.met_count <> coalesce(actual.met, 0)`),
  );
  return rows.reduce((sum, row) => sum + row.mismatches, 0);
}
