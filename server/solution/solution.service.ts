import type { EntityManager } from '@mikro-orm/postgresql';
import { Solution } from './solution.entity';

/** Nation-wide solutions of a criterion, plus the given province's own. */
export function listSolutions(em: EntityManager, filter: { criterionId: number; provinceId?: number }): Promise<Solution[]> {
  return em.find(
    Solution,
    { criterion: filter.criterionId, province: filter.provinceId ? { $in: [filter.provinceId, null] } : null },
    { orderBy: { id: 'asc' } },
  );
}
