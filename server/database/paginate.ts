import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toPage, type Page, type PageWindow } from '../graphql/connection';

/**
 * Reads one keyset page of an entity in id order (newest first with `order: 'desc'`); the
 * total is counted only when asked for.
 * The filter comes as a factory because MikroORM rewrites filter objects in place; a null
 * filter (the viewer may read none of these rows) gives an empty page without a query.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T> | null,
  window: PageWindow,
  order: 'asc' | 'desc' = 'asc',
): Promise<Page<T>> {
  const base = where();
  if (base === null) return toPage([], window, async () => 0);
  const past = order === 'asc' ? '$gt' : '$lt';
  const filter = window.afterId === null ? base : { $and: [base, { id: { [past]: window.afterId } }] };
  const rows = await em.find(entity, filter as FilterQuery<T>, {
    orderBy: { id: order } as never,
    limit: window.first + 1,
  });
  // A first page holding every row already knows the total: no count query (an officer's unmet list).
  const whole = window.afterId === null && rows.length <= window.first;
  return toPage(rows, window, whole ? async () => rows.length : () => em.count(entity, where()!));
}

/** Finds one row by id among those a filter permits; outside them it is as if it did not exist. */
export async function findPermitted<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | null,
): Promise<T | null> {
  return where === null ? null : em.findOne(entity, where);
}
