import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findCriterion } from '../criterion/criterion.service';
import { findPermitted } from '../database/paginate';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { findProvince } from '../province/province.service';
import type { SetSolutionInput } from './solution.inputs';
import { Solution } from './solution.entity';

/** Nation-wide solutions of a criterion, plus the given province's own, as far as the viewer may read them. */
export async function listSolutions(
  em: EntityManager,
  access: Access,
  filter: { criterionId: number; provinceId?: number },
): Promise<Solution[]> {
  const where = access.readable<Solution>('Solution', {
    criterion: filter.criterionId,
    province: filter.provinceId ? { $in: [filter.provinceId, null] } : null,
  } as FilterQuery<Solution>);
  return where === null ? [] : em.find(Solution, where, { orderBy: { id: 'asc' } });
}

/** Sets the solution of one scope (the nation or a province) for a criterion, replacing the previous one. */
export async function setSolution(em: EntityManager, access: Access, input: SetSolutionInput): Promise<Solution> {
  const text = input.text.trim();
  if (!text || text.length > 4000) throw badInput('Nội dung giải pháp cần từ 1 đến 4.000 ký tự.', 'text');
  const criterion = await findCriterion(em, access, input.criterionId);
  const province = input.provinceId ? await findProvince(em, access, { id: input.provinceId }) : undefined;
  access.assert('manage', 'Solution', { province });
  const existing = await em.findOne(Solution, { criterion, province: province ?? null });
  const solution = existing
    ? em.assign(existing, { authority: input.authority, text })
    : em.create(Solution, { criterion, province, authority: input.authority, text });
  await em.flush();
  return solution;
}

export async function deleteSolution(em: EntityManager, access: Access, id: string): Promise<boolean> {
  const solution = await findPermitted(em, Solution, access.readable<Solution>('Solution', { id: parseId(id) }));
  if (!solution) throw notFound('giải pháp', id);
  access.assert('manage', 'Solution', solution);
  await em.remove(solution).flush();
  return true;
}
