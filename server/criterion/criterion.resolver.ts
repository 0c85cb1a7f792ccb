import { wrap } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { Bloc, Level } from '../domain/enums';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { Solution } from '../solution/solution.entity';
import { CriterionProvinceResult } from './criterion-results';
import { Criterion } from './criterion.entity';
import { findCriterion, listCriteria, setCriterionDueDate } from './criterion.service';

@Resolver(() => Criterion)
export class CriterionResolver {
  @Query(() => Criterion, {
    description: 'One criterion by id; NOT_FOUND when it does not exist or the caller may not read it.',
  })
  criterion(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the criterion (Criterion.id).' }) id: string,
  ): Promise<Criterion> {
    return findCriterion(em, access, id);
  }

  @Query(() => [Criterion], { description: 'The criteria of a campaign, by bloc and official order.' })
  criteria(
    @Ctx() { em, access }: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign (đợt) whose criteria are listed.' }) campaignId: string,
    @Arg('bloc', () => Bloc, { nullable: true, description: 'Only criteria of this bloc (khối).' }) bloc?: Bloc,
    @Arg('level', () => Level, { nullable: true, description: 'Only criteria of this level (cấp).' }) level?: Level,
  ): Promise<Criterion[]> {
    return listCriteria(em, access, { campaignId: parseId(campaignId, 'campaignId'), bloc, level });
  }

  @Mutation(() => Criterion, {
    description:
      "Sets a criterion's own due date, or with null lets it follow the campaign deadline (the campaign's managers).",
  })
  setCriterionDueDate(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the criterion.' }) id: string,
    @Arg('dueDate', () => LocalDateResolver, {
      nullable: true,
      description: 'The new due date (YYYY-MM-DD), or null to follow the campaign deadline again.',
    })
    dueDate: string | null,
  ): Promise<Criterion> {
    return setCriterionDueDate(em, access, id, dueDate);
  }

  @FieldResolver(() => Campaign, { description: 'The campaign (đợt) the criterion belongs to.' })
  async campaign(@Root() criterion: Criterion, @Ctx() { loaders }: Context): Promise<Campaign> {
    return loadPermitted(loaders.campaign, criterion.campaign.id);
  }

  @FieldResolver(() => LocalDateResolver, { description: "Due date: the criterion's own, or the campaign deadline." })
  async dueDate(@Root() criterion: Criterion, @Ctx() { loaders }: Context): Promise<string> {
    if (criterion.dueDate) return criterion.dueDate;
    // Criteria and campaigns are readable by the same rules, and loaders bring the campaign along.
    const campaign = wrap(criterion.campaign).isInitialized()
      ? criterion.campaign
      : await loadPermitted(loaders.campaign, criterion.campaign.id);
    return campaign.deadline;
  }

  @FieldResolver(() => [CriterionProvinceResult], {
    description: 'Met/total per province (one province when provinceId is given).',
  })
  async provinceResults(
    @Root() criterion: Criterion,
    @Ctx() { loaders }: Context,
    @Arg('provinceId', () => ID, {
      nullable: true,
      description: 'Only this province; omitted: every province the caller may read.',
    })
    provinceId?: string,
  ): Promise<CriterionProvinceResult[]> {
    const results = await loaders.criterionResults.load(criterion.id);
    const only = provinceId ? parseId(provinceId, 'provinceId') : undefined;
    return only ? results.filter((r) => r.provinceId === only) : results;
  }

  @FieldResolver(() => [Solution], {
    description: "Remediation solutions: nation-wide ones and, with provinceId, that province's.",
  })
  solutions(
    @Root() criterion: Criterion,
    @Ctx() { loaders }: Context,
    @Arg('provinceId', () => ID, {
      nullable: true,
      description: "Also this province's own solutions; omitted: nation-wide ones only.",
    })
    provinceId?: string,
  ): Promise<Solution[]> {
    return loaders.solutions.load({
      criterionId: criterion.id,
      provinceId: provinceId ? parseId(provinceId, 'provinceId') : undefined,
    });
  }
}
