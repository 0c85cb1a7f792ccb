import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { Assessment } from '../assessment/assessment.entity';
import type { Campaign } from '../campaign/campaign.entity';
import { Commune } from '../commune/commune.entity';
import { Criterion } from '../criterion/criterion.entity';
import { query, sql } from '../database/sql';
import { CRITERION_APPLIES } from '../criterion/applicability';
import { AnswerType, Bloc, Level } from '../domain/enums';
import { Solution } from '../solution/solution.entity';
import { applicableSolution, solutionKey, solutionsByKey } from '../solution/solution.service';
import type { Unit } from '../unit/unit.entity';
import { CLAIM_COUNTS_UNDER_RULE, COUNTED_CRITERION, countsAsMet, type Claim } from '../status/claim';
import { assessmentJoin, claimsAsOf } from '../status/time-travel';
import type { BlocRemediation, PendingItem } from './remediation.types';

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * Whether a criterion is still to do for a unit: unanswered, or a claim that does not count
 * as met. "Không phát sinh" settles it, and a TEXT criterion is done once answered.
 */
function isPending(criterion: Criterion, claim: Claim | undefined, campaign: Campaign): boolean {
  if (claim?.answer?.notApplicable) return false;
  if (criterion.answerType === AnswerType.TEXT) return !claim;
  return !countsAsMet(claim, campaign);
}

/**
 * A unit's unmet criteria in a campaign — unanswered, answered as not met, or a claim that does
 * not count (rejected, or unverified where only confirmed ones count) — as they stood at the end
 * of `asOf`, with what to do about each and the unit's answer as it is now.
 */
export async function pendingItems(
  em: EntityManager,
  access: Access,
  unit: Unit,
  campaign: Campaign,
  asOf: string,
): Promise<PendingItem[]> {
  const criteriaWhere = access.readable<Criterion>('Criterion', {
    campaign: campaign.id,
    bloc: unit.bloc,
    level: unit.level,
  });
  if (criteriaWhere === null) return [];
  const criteria = await em.find(Criterion, criteriaWhere, { orderBy: { position: 'asc' } });
  const assessmentsWhere = access.readable<Assessment>('Assessment', {
    unit: unit.id,
    criterion: { $in: criteria.map((c) => c.id) },
  });
  const assessments = assessmentsWhere === null ? [] : await em.find(Assessment, assessmentsWhere);
  const byCriterion = new Map(assessments.map((a) => [a.criterion.id, a]));
  const claimsThen = await claimsAsOf(em, unit.id, [...byCriterion.keys()], asOf);
  const unmet = criteria.filter((c) => isPending(c, (claimsThen ?? byCriterion).get(c.id), campaign));
  const keyOf = (c: Criterion) => ({ criterionId: c.id, provinceId: unit.province.id, communeId: unit.commune?.id });
  const keys = unmet.map(keyOf);
  const solutions = keys.length ? await solutionsByKey(em, access, keys) : new Map<string, Solution[]>();
  return unmet
    .map((criterion) => {
      const dueDate = criterion.dueDate ?? campaign.deadline;
      const solution = applicableSolution(solutions.get(solutionKey(keyOf(criterion))) ?? []);
      return {
        criterion,
        dueDate,
        daysLeft: daysBetween(asOf, dueDate),
        assessment: byCriterion.get(criterion.id),
        solution,
        authority: solution?.authority,
      };
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.criterion.position - b.criterion.position);
}

/** The readable solutions of unmet criteria in a province: national, the province's and its communes', by criterion. */
async function unmetSolutions(
  em: EntityManager,
  access: Access,
  provinceId: number,
  criterionIds: number[],
): Promise<(criterionId: number) => Solution[]> {
  const where = access.readable<Solution>('Solution', {
    criterion: { $in: criterionIds },
    $or: [{ province: null }, { province: provinceId }],
  });
  const rows =
    where === null || !criterionIds.length
      ? []
      : await em.find(Solution, where, { populate: ['commune'], orderBy: { id: 'asc' } });
  return (criterionId) => rows.filter((s) => s.criterion.id === criterionId);
}

/**
 * Per bloc: each unmet commune criterion with the communes failing it, and communes grouped
 * by their number of unmet criteria — over the units the caller may read, with the answers as
 * they stood at the end of `asOf`.
 */
export async function blocRemediation(
  em: EntityManager,
  access: Access,
  provinceId: number,
  campaign: Campaign,
  asOf: string,
): Promise<BlocRemediation[]> {
  const criteriaWhere = access.readable<Criterion>('Criterion', { campaign: campaign.id, level: Level.COMMUNE });
  const criteria =
    criteriaWhere === null ? [] : await em.find(Criterion, criteriaWhere, { orderBy: { position: 'asc' } });
  const failing = await query<{ criterion_id: number; commune_id: number }>(
    em,
    sql`select c.id as criterion_id, u.commune_id
     from criterion c
     join campaign cp on cp.id = c.campaign_id
     join unit u on ${CRITERION_APPLIES} and u.province_id = ${provinceId}
     ${assessmentJoin(asOf)}
     where c.campaign_id = ${campaign.id} and c.level = ${Level.COMMUNE} and ${COUNTED_CRITERION}
       and not coalesce(${CLAIM_COUNTS_UNDER_RULE}, false) and (${access.unitScope(em)})
     order by u.commune_id`,
  );
  // Totals count every criterion the status rule counts, placeholders included, as the reports' totals do.
  const totals = await query<{ bloc: Bloc; total: number }>(
    em,
    sql`select bloc, count(*)::int as total from criterion
     where campaign_id = ${campaign.id} and level = ${Level.COMMUNE} and answer_type <> ${AnswerType.TEXT} group by bloc`,
  );
  const totalOf = new Map(totals.map((t) => [t.bloc, t.total]));
  const communeIds = [...new Set(failing.map((f) => f.commune_id))];
  const communeWhere = access.readable<Commune>('Commune', { id: { $in: communeIds } });
  const communes = new Map(
    (communeWhere === null || !communeIds.length ? [] : await em.find(Commune, communeWhere)).map((c) => [c.id, c]),
  );
  const failingByCriterion = new Map<number, Commune[]>();
  for (const row of failing) {
    const commune = communes.get(row.commune_id);
    if (commune)
      failingByCriterion.set(row.criterion_id, [...(failingByCriterion.get(row.criterion_id) ?? []), commune]);
  }
  const solutionsOf = await unmetSolutions(em, access, provinceId, [...failingByCriterion.keys()]);
  return Object.values(Bloc)
    .map((bloc) => {
      const blocCriteria = criteria.filter((c) => c.bloc === bloc);
      const unmetCriteria = blocCriteria
        .filter((c) => failingByCriterion.has(c.id))
        .map((criterion) => {
          const communes = failingByCriterion.get(criterion.id)!;
          const failingIds = new Set(communes.map((c) => c.id));
          const solutions = solutionsOf(criterion.id);
          return {
            criterion,
            communes,
            solution: applicableSolution(solutions.filter((s) => !s.commune)),
            communeSolutions: solutions.filter((s) => s.commune && failingIds.has(s.commune.id)),
          };
        });
      const unmetByCommune = new Map<Commune, number>();
      for (const { communes: failed } of unmetCriteria)
        for (const c of failed) unmetByCommune.set(c, (unmetByCommune.get(c) ?? 0) + 1);
      const counts = [...new Set(unmetByCommune.values())].sort((a, b) => b - a);
      return {
        bloc,
        criteriaTotal: blocCriteria.length ? (totalOf.get(bloc) ?? 0) : 0,
        communesNotMet: unmetByCommune.size,
        unmetCriteria,
        communesByUnmetCount: counts.map((unmetCount) => ({
          unmetCount,
          communes: [...unmetByCommune].filter(([, n]) => n === unmetCount).map(([c]) => c),
        })),
      };
    })
    .filter((b) => b.criteriaTotal > 0);
}
