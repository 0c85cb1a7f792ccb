import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findPermitted, paginate } from '../database/paginate';
import { todayInVietnam } from '../domain/dates';
import { containsPattern, searchKey } from '../domain/text';
import type { PageWindow } from '../graphql/connection';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { communeIdsWithStatus } from '../status/status.service';
import type { CommuneFilter } from './commune.inputs';
import { Commune } from './commune.entity';

export async function listCommunes(em: EntityManager, access: Access, filter: CommuneFilter = {}, window: PageWindow) {
  const provinceId = filter.provinceId ? parseId(filter.provinceId, 'provinceId') : undefined;
  if (!filter.status !== !filter.campaignId)
    throw badInput('Lọc theo trạng thái cần cả campaignId và status.', 'status');
  const statusIds = filter.status
    ? await communeIdsWithStatus(
        em,
        { campaignId: parseId(filter.campaignId!, 'campaignId'), asOf: todayInVietnam() },
        filter.status,
        access.unitScope(em),
        provinceId,
      )
    : undefined;
  const search = filter.search ? searchKey(filter.search) : '';
  const where = (): FilterQuery<Commune> => ({
    ...(provinceId ? { province: provinceId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(search ? { searchName: { $like: containsPattern(search) } } : {}),
    ...(statusIds ? { id: { $in: statusIds } } : {}),
  });
  return paginate(em, Commune, () => access.readable('Commune', where()), window);
}

export async function findCommune(em: EntityManager, access: Access, id: string): Promise<Commune> {
  const commune = await findPermitted(em, Commune, access.readable<Commune>('Commune', { id: parseId(id) }));
  if (!commune) throw notFound('xã/phường', id);
  return commune;
}
