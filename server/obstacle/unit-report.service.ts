import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubjectName } from '../auth/ability';
import type { Access } from '../auth/access';
import { paginate } from '../database/paginate';
import type { PageWindow } from '../graphql/connection';
import { parseId } from '../graphql/ids';
import type { UnitReport } from './unit-report';
import type { UnitReportFilter } from './unit-report.inputs';

/** Lists obstacles or recommendations: they are filtered alike. */
export function listUnitReports<T extends UnitReport>(
  em: EntityManager,
  access: Access,
  entity: EntityName<T>,
  subject: SubjectName,
  filter: UnitReportFilter = {},
  window: PageWindow,
) {
  const where = () =>
    ({
      ...(filter.provinceId || filter.communeId
        ? {
            unit: {
              ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
              ...(filter.communeId ? { commune: parseId(filter.communeId, 'communeId') } : {}),
            },
          }
        : {}),
      ...(filter.bloc ? { bloc: filter.bloc } : {}),
      ...(filter.category ? { category: filter.category } : {}),
    }) as FilterQuery<T>;
  return paginate(em, entity, () => access.readable(subject, where()), window);
}
