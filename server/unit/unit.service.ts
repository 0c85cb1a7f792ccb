import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate } from '../database/paginate';
import { Level } from '../domain/enums';
import type { PageWindow } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import type { UnitFilter } from './unit.inputs';
import { Unit } from './unit.entity';

export function listUnits(em: EntityManager, filter: UnitFilter = {}, window: PageWindow) {
  const where = (): FilterQuery<Unit> => ({
    ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
    ...(filter.communeId ? { commune: parseId(filter.communeId, 'communeId') } : {}),
    ...(filter.bloc ? { bloc: filter.bloc } : {}),
    ...(filter.level ? { level: filter.level } : {}),
  });
  return paginate(em, Unit, where, window);
}

export function listCommuneUnits(em: EntityManager, communeId: number): Promise<Unit[]> {
  return em.find(Unit, { commune: communeId }, { orderBy: { id: 'asc' } });
}

export function listProvinceUnits(em: EntityManager, provinceId: number): Promise<Unit[]> {
  return em.find(Unit, { province: provinceId, level: Level.PROVINCE }, { orderBy: { id: 'asc' } });
}

export async function findUnit(em: EntityManager, id: string): Promise<Unit> {
  const unit = await em.findOne(Unit, parseId(id));
  if (!unit) throw notFound('đơn vị', id);
  return unit;
}
