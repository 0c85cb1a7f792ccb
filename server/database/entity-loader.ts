import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { forbidden } from '../auth/access';

/**
 * Loads entities by id in one query per tick, only among the rows `allowed` permits (null:
 * none); an id outside them yields undefined, exactly like a missing one. `populate` joins
 * relations in the same query.
 */
export function entityLoader<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  allowed: () => FilterQuery<T> | null,
  populate: readonly string[] = [],
) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const permitted = allowed();
    if (permitted === null) return ids.map(() => undefined);
    const byIds = { id: { $in: [...ids] } } as unknown as FilterQuery<T>;
    const rows = await em.find(
      entity,
      Object.keys(permitted).length ? ({ $and: [byIds, permitted] } as FilterQuery<T>) : byIds,
      {
        populate: populate as never,
      },
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  });
}

/** A related object the viewer may not read answers FORBIDDEN for that field, never a silent null. */
export async function loadPermitted<T>(loader: DataLoader<number, T | undefined>, id: number): Promise<T> {
  const found = await loader.load(id);
  if (!found) throw forbidden('Bạn không có quyền xem đối tượng liên quan này.');
  return found;
}

/** Loads, per key, the rows of a grouped query: one query per tick for any number of keys. */
export function groupLoader<K, V>(load: (keys: readonly K[]) => Promise<Map<K, V>>, empty: V) {
  return new DataLoader<K, V>(async (keys) => {
    const found = await load(keys);
    return keys.map((key) => found.get(key) ?? empty);
  });
}
