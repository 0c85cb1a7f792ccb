import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Assessment } from '../assessment/assessment.entity';
import type { SubjectName } from '../auth/ability';
import type { Access } from '../auth/access';
import { Campaign } from '../campaign/campaign.entity';
import { Commune } from '../commune/commune.entity';
import { resultsByProvince, type CriterionProvinceResult } from '../criterion/criterion-results';
import { Criterion } from '../criterion/criterion.entity';
import type { CriterionVersion } from '../criterion/criterion-version.entity';
import { listVersions } from '../criterion/criterion-version.service';
import { entityLoader, groupLoader } from '../database/entity-loader';
import { Status } from '../domain/enums';
import { Province } from '../province/province.entity';
import type { Solution } from '../solution/solution.entity';
import { solutionKey, solutionsByKey, type SolutionKey } from '../solution/solution.service';
import {
  ALL_UNITS,
  blocCompletions,
  communeStatuses,
  provinceStatusCounts,
  unitStatuses,
  type StatusQuery,
} from '../status/status.service';
import type { BlocCompletion, StatusCounts, UnitStatus } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { unitsByCommune } from '../unit/unit.service';
import { User } from '../user/user.entity';

/** One DataLoader per (campaign, date, variant), so a page of communes costs one status query. */
function perStatusQuery<V, O extends string | boolean = string>(
  create: (q: StatusQuery, variant: O) => DataLoader<number, V>,
) {
  const loaders = new Map<string, DataLoader<number, V>>();
  return (q: StatusQuery, variant: O = '' as O) => {
    const key = `${q.campaignId}|${q.asOf}|${variant}`;
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(q, variant)));
    return loader;
  };
}

const NO_COUNTS: StatusCounts = { green: 0, yellow: 0, red: 0, notDue: 0, total: 0, reported: 0, greenPercent: 0 };

/** The request's loaders; every one reads only what the request's access permits. */
export function createLoaders(em: EntityManager, access: Access) {
  const readable =
    <T>(subject: SubjectName) =>
    () =>
      access.filter<T>('read', subject);
  const scope = () => access.unitScope(em);
  const province = entityLoader(em, Province, readable<Province>('Province'));
  return {
    province,
    commune: entityLoader(em, Commune, readable<Commune>('Commune')),
    unit: entityLoader(em, Unit, readable<Unit>('Unit')),
    campaign: entityLoader(em, Campaign, readable<Campaign>('Campaign')),
    /** With its campaign, whose deadline is the due date of criteria without their own. */
    criterion: entityLoader(em, Criterion, readable<Criterion>('Criterion'), ['campaign']),
    assessment: entityLoader(em, Assessment, readable<Assessment>('Assessment')),
    user: entityLoader(em, User, () => ({})),
    communeUnits: groupLoader<number, Unit[]>((ids) => unitsByCommune(em, access, ids), []),
    unitStatus: perStatusQuery((q) =>
      groupLoader<number, UnitStatus | undefined>((ids) => unitStatuses(em, q, ids), undefined),
    ),
    /** `whole`: over all the commune's units — the overall colour — rather than only the readable ones. */
    communeStatus: perStatusQuery<Status | undefined, boolean>((q, whole) =>
      groupLoader((ids) => communeStatuses(em, q, ids, whole ? ALL_UNITS : scope()), undefined),
    ),
    provinceStatusCounts: perStatusQuery((q) =>
      groupLoader((ids) => provinceStatusCounts(em, q, ids, scope()), NO_COUNTS),
    ),
    blocCompletion: perStatusQuery((q) =>
      groupLoader<number, BlocCompletion[]>((ids) => blocCompletions(em, q, ids, scope()), []),
    ),
    /** Versions of criteria the caller has already been allowed to read. */
    criterionVersions: groupLoader<number, CriterionVersion[]>((ids) => listVersions(em, ids), []),
    criterionResults: groupLoader<number, CriterionProvinceResult[]>(
      (ids) => resultsByProvince(em, ids, access, province),
      [],
    ),
    /** A campaign's criteria as of a past day, from the history. */
    pastCriterionResults: perStatusQuery((q) =>
      groupLoader<number, CriterionProvinceResult[]>((ids) => resultsByProvince(em, ids, access, province, q), []),
    ),
    solutions: new DataLoader<SolutionKey, Solution[], string>(
      async (keys) => {
        const found = await solutionsByKey(em, access, keys);
        return keys.map((key) => found.get(solutionKey(key)) ?? []);
      },
      { cacheKeyFn: solutionKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
