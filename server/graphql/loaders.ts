import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Campaign } from '../campaign/campaign.entity';
import { Commune } from '../commune/commune.entity';
import { resultsByProvince, type CriterionProvinceResult } from '../criterion/criterion-results';
import { Criterion } from '../criterion/criterion.entity';
import { entityLoader, groupLoader } from '../database/entity-loader';
import { Status } from '../domain/enums';
import { Province } from '../province/province.entity';
import { communeStatuses, provinceStatusCounts, unitStatuses, type StatusQuery } from '../status/status.service';
import type { StatusCounts, UnitStatus } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';

/** One DataLoader per (campaign, date) and kind, so a page of communes costs one status query. */
function perStatusQuery<V>(create: (q: StatusQuery) => DataLoader<number, V>) {
  const loaders = new Map<string, DataLoader<number, V>>();
  return (q: StatusQuery) => {
    const key = `${q.campaignId}|${q.asOf}`;
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(q)));
    return loader;
  };
}

export function createLoaders(em: EntityManager) {
  return {
    province: entityLoader(em, Province),
    commune: entityLoader(em, Commune),
    unit: entityLoader(em, Unit),
    campaign: entityLoader(em, Campaign),
    criterion: entityLoader(em, Criterion),
    user: entityLoader(em, User),
    unitStatus: perStatusQuery((q) =>
      groupLoader<number, UnitStatus | undefined>((ids) => unitStatuses(em, q, ids), undefined),
    ),
    communeStatus: perStatusQuery((q) =>
      groupLoader<number, Status | undefined>((ids) => communeStatuses(em, q, ids), undefined),
    ),
    provinceStatusCounts: perStatusQuery((q) =>
      groupLoader<number, StatusCounts>((ids) => provinceStatusCounts(em, q, ids), {
        green: 0,
        yellow: 0,
        red: 0,
        total: 0,
        greenPercent: 0,
      }),
    ),
    criterionResults: groupLoader<number, CriterionProvinceResult[]>((ids) => resultsByProvince(em, ids), []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
