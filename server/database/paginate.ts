import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toPage, type Page, type PageWindow } from '../graphql/connection';

/**
 * Reads one keyset page of an entity in id order; the total is counted only when asked for.
 * The filter comes as a factory because MikroORM rewrites filter objects in place.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  window: PageWindow,
): Promise<Page<T>> {
  const filter = window.afterId === null ? where() : { $and: [where(), { id: { $gt: window.afterId } }] };
  const rows = await em.find(entity, filter as FilterQuery<T>, { orderBy: { id: 'asc' } as never, limit: window.first + 1 });
  return toPage(rows, window, () => em.count(entity, where()));
}
