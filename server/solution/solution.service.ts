import type { FilterQuery } from '@mikro-orm/core';
import { recordChange } from '../audit/audit.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findCommune } from '../commune/commune.service';
import { findCriterion } from '../criterion/criterion.service';
import { findPermitted } from '../database/paginate';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { findProvince } from '../province/province.service';
import type { SetSolutionInput } from './solution.inputs';
import { Solution } from './solution.entity';

/** A criterion's solutions as one request asks for them: nation-wide ones, plus one province's and one commune's own when given. */
export interface SolutionKey {
  criterionId: number;
  provinceId?: number;
  communeId?: number;
}

export const solutionKey = (key: SolutionKey) => `${key.criterionId}|${key.provinceId ?? ''}|${key.communeId ?? ''}`;

/** Of one key's solutions, the one that applies: the commune's own, else the province's, else the national one. */
export function applicableSolution(solutions: Solution[]): Solution | undefined {
  return solutions.find((s) => s.commune) ?? solutions.find((s) => s.province) ?? solutions.find((s) => !s.province);
}

/**
 * The solutions of many (criterion, province, commune) keys in one query, as far as the viewer
 * may read them, by `solutionKey`. The query reads every asked criterion for every asked
 * province and commune; each key then keeps only its nation-wide rows and its own province's
 * and commune's.
 */
export async function solutionsByKey(
  em: EntityManager,
  access: Access,
  keys: readonly SolutionKey[],
): Promise<Map<string, Solution[]>> {
  const provinceIds = [...new Set(keys.flatMap((k) => (k.provinceId ? [k.provinceId] : [])))];
  const communeIds = [...new Set(keys.flatMap((k) => (k.communeId ? [k.communeId] : [])))];
  // Written as `or … is null`: SQL's `in (…, null)` never matches a null.
  const where = access.readable<Solution>('Solution', {
    criterion: { $in: [...new Set(keys.map((k) => k.criterionId))] },
    $and: [
      provinceIds.length ? { $or: [{ province: { $in: provinceIds } }, { province: null }] } : { province: null },
      communeIds.length ? { $or: [{ commune: { $in: communeIds } }, { commune: null }] } : { commune: null },
    ],
  } as FilterQuery<Solution>);
  const rows = where === null ? [] : await em.find(Solution, where, { orderBy: { id: 'asc' } });
  const byCriterion = new Map<number, Solution[]>();
  for (const row of rows) {
    const list = byCriterion.get(row.criterion.id);
    if (list) list.push(row);
    else byCriterion.set(row.criterion.id, [row]);
  }
  return new Map(
    keys.map((key) => [
      solutionKey(key),
      (byCriterion.get(key.criterionId) ?? []).filter(
        (s) => (!s.province || s.province.id === key.provinceId) && (!s.commune || s.commune.id === key.communeId),
      ),
    ]),
  );
}

/**
 * Sets the solution of one scope (the nation, a province or a commune) for a criterion,
 * replacing the previous one. A commune's solution carries its province, so the province
 * rules of the ability decide who may set it.
 */
export async function setSolution(em: EntityManager, access: Access, input: SetSolutionInput): Promise<Solution> {
  const text = input.text.trim();
  if (!text || text.length > 4000) throw badInput('Nội dung giải pháp cần từ 1 đến 4.000 ký tự.', 'text');
  const criterion = await findCriterion(em, access, input.criterionId);
  const commune = input.communeId ? await findCommune(em, access, input.communeId) : undefined;
  if (commune && input.provinceId && parseId(input.provinceId, 'provinceId') !== commune.province.id)
    throw badInput('Xã, phường không thuộc tỉnh đã chọn.', 'communeId');
  const province = commune
    ? commune.province
    : input.provinceId
      ? await findProvince(em, access, { id: input.provinceId })
      : undefined;
  access.assert('manage', 'Solution', { province, commune });
  const existing = await em.findOne(Solution, { criterion, province: province ?? null, commune: commune ?? null });
  const solution = existing
    ? em.assign(existing, { authority: input.authority, text })
    : em.create(Solution, { criterion, province, commune, authority: input.authority, text });
  await recordChange(em, access.viewer!, {
    action: existing ? 'UPDATE' : 'CREATE',
    objectType: 'Solution',
    object: solution,
    province,
    changes: { criterionId: criterion.id, communeId: commune?.id, authority: input.authority, text },
  });
  return solution;
}

export async function deleteSolution(em: EntityManager, access: Access, id: string): Promise<boolean> {
  const solution = await findPermitted(em, Solution, access.readable<Solution>('Solution', { id: parseId(id) }));
  if (!solution) throw notFound('giải pháp', id);
  access.assert('manage', 'Solution', solution);
  em.remove(solution);
  await recordChange(em, access.viewer!, {
    action: 'DELETE',
    objectType: 'Solution',
    object: solution,
    province: solution.province,
    changes: { criterionId: solution.criterion.id },
  });
  return true;
}
