import type { FilterQuery } from '@mikro-orm/core';
import { recordChange } from '../audit/audit.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findPermitted } from '../database/paginate';
import type { Bloc, Level } from '../domain/enums';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { rebuildProgress } from '../status/status.service';
import { Criterion } from './criterion.entity';

export async function listCriteria(
  em: EntityManager,
  access: Access,
  filter: { campaignId: number; bloc?: Bloc; level?: Level },
): Promise<Criterion[]> {
  const where = access.readable<Criterion>('Criterion', {
    campaign: filter.campaignId,
    ...(filter.bloc ? { bloc: filter.bloc } : {}),
    ...(filter.level ? { level: filter.level } : {}),
  } as FilterQuery<Criterion>);
  return where === null ? [] : em.find(Criterion, where, { orderBy: { bloc: 'asc', position: 'asc' } });
}

export async function findCriterion(em: EntityManager, access: Access, id: string): Promise<Criterion> {
  const criterion = await findPermitted(em, Criterion, access.readable<Criterion>('Criterion', { id: parseId(id) }));
  if (!criterion) throw notFound('tiêu chí', id);
  return criterion;
}

/** Gives a criterion its own due date, or (null) lets it follow the campaign deadline again. */
export async function setCriterionDueDate(
  em: EntityManager,
  access: Access,
  id: string,
  dueDate: string | null,
): Promise<Criterion> {
  const criterion = await findCriterion(em, access, id);
  await em.populate(criterion, ['campaign']);
  access.assert('manage', 'Criterion', criterion);
  criterion.dueDate = dueDate ?? undefined;
  await em.transactional(async (tx) => {
    await recordChange(tx, access.viewer!, {
      action: 'UPDATE',
      objectType: 'Criterion',
      object: criterion,
      province: criterion.campaign.province,
      changes: { dueDate },
    });
    await rebuildProgress(tx, criterion.campaign.id);
  });
  return criterion;
}
