import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findPermitted, paginate } from '../database/paginate';
import { Level } from '../domain/enums';
import type { PageWindow } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import type { UnitFilter } from './unit.inputs';
import { Unit } from './unit.entity';

export function listUnits(em: EntityManager, access: Access, filter: UnitFilter = {}, window: PageWindow) {
  const where = (): FilterQuery<Unit> => ({
    ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
    ...(filter.communeId ? { commune: parseId(filter.communeId, 'communeId') } : {}),
    ...(filter.bloc ? { bloc: filter.bloc } : {}),
    ...(filter.level ? { level: filter.level } : {}),
  });
  return paginate(em, Unit, () => access.readable('Unit', where()), window);
}

async function readableUnits(em: EntityManager, access: Access, where: FilterQuery<Unit>): Promise<Unit[]> {
  const permitted = access.readable('Unit', where);
  return permitted === null ? [] : em.find(Unit, permitted, { orderBy: { id: 'asc' } });
}

/** The readable units of many communes in one query, grouped by commune (for a page of communes). */
export async function unitsByCommune(
  em: EntityManager,
  access: Access,
  communeIds: readonly number[],
): Promise<Map<number, Unit[]>> {
  const byCommune = new Map<number, Unit[]>();
  for (const unit of await readableUnits(em, access, { commune: { $in: [...communeIds] } })) {
    byCommune.set(unit.commune!.id, [...(byCommune.get(unit.commune!.id) ?? []), unit]);
  }
  return byCommune;
}

export function listProvinceUnits(em: EntityManager, access: Access, provinceId: number): Promise<Unit[]> {
  return readableUnits(em, access, { province: provinceId, level: Level.PROVINCE });
}

export async function findUnit(em: EntityManager, access: Access, id: string): Promise<Unit> {
  const unit = await findPermitted(em, Unit, access.readable<Unit>('Unit', { id: parseId(id) }));
  if (!unit) throw notFound('đơn vị', id);
  return unit;
}
