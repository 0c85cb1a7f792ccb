import { budgetOf, tagged } from './request-budget';
import type { EntityManager } from '@mikro-orm/postgresql';

const READ_ONLY = /^\s*select\b/i;

/**
 * Runs a hand-written query with named bindings (`:name`) inside the EntityManager's current
 * transaction, so figures read right after a write in the same transaction include it. A
 * SELECT outside a transaction reads from a replica when the ORM has any.
 */
export async function query<R>(em: EntityManager, sql: string, bindings: Record<string, unknown>): Promise<R[]> {
  // The request's budget (deadline, rows read) rides on the logger context, which raw statements must be given.
  const loggerContext = em.getLoggerContext();
  const budget = budgetOf(loggerContext);
  budget?.assertTimeLeft();
  const raw = em.getKnex().raw(tagged(sql, budget), bindings as never);
  if (!em.isInTransaction() && READ_ONLY.test(sql)) {
    return em.getConnection('read').execute(raw, [], 'all', undefined, loggerContext) as Promise<R[]>;
  }
  return em.execute(raw, [], 'all', loggerContext) as Promise<R[]>;
}

/**
 * A PostgreSQL array literal, bound as one text value and cast in SQL (`cast(:ids as int[])`):
 * the query layer would otherwise spread an array into a list of values.
 */
export function pgArray(values: readonly unknown[]): string {
  const element = (value: unknown) =>
    value === null || value === undefined ? 'NULL' : `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `{${values.map(element).join(',')}}`;
}
