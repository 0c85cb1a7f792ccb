import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bloc, Level } from '../domain/enums';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Criterion } from './criterion.entity';

export function listCriteria(em: EntityManager, filter: { campaignId: number; bloc?: Bloc; level?: Level }): Promise<Criterion[]> {
  const where: FilterQuery<Criterion> = {
    campaign: filter.campaignId,
    ...(filter.bloc ? { bloc: filter.bloc } : {}),
    ...(filter.level ? { level: filter.level } : {}),
  };
  return em.find(Criterion, where, { orderBy: { bloc: 'asc', position: 'asc' } });
}

export async function findCriterion(em: EntityManager, id: string): Promise<Criterion> {
  const criterion = await em.findOne(Criterion, parseId(id));
  if (!criterion) throw notFound('tiêu chí', id);
  return criterion;
}
