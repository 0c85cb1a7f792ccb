import { wrap } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { Bloc, CampaignState, Level } from '../domain/enums';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { Solution } from '../solution/solution.entity';
import { CriterionProvinceResult } from './criterion-results';
import { Criterion } from './criterion.entity';
import { findCriterion, listCriteria, setCriterionDueDate } from './criterion.service';
import { putDraftCriterion, removeDraftCriterion, reorderDraftCriteria } from './criterion-authoring.service';
import { CriterionVersion } from './criterion-version.entity';
import { reviseCriterion } from './criterion-version.service';
import { CriterionInput } from './criterion.inputs';

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

  @Mutation(() => Criterion, {
    description:
      "Adds a criterion to a DRAFT campaign (the campaign's authors). A bad definition is BAD_USER_INPUT with every problem in extensions.fieldErrors (field, message); nothing is written.",
  })
  addCriterion(
    @Ctx() { em, access }: Context,
    @Arg('campaignId', () => ID, { description: 'The draft campaign.' }) campaignId: string,
    @Arg('input', () => CriterionInput, { description: 'The definition of the criterion.' }) input: CriterionInput,
  ): Promise<Criterion> {
    return putDraftCriterion(em, access, parseId(campaignId, 'campaignId'), input);
  }

  @Mutation(() => Criterion, {
    description:
      'Changes a criterion. In a DRAFT campaign it is rewritten in place. Once published it never is: the change becomes a new version in force from effectiveFrom (today by default, never later); a change of the pass rule judges existing answers again from that day and recomputes the figures in the same transaction.',
  })
  async updateCriterion(
    @Ctx() { em, access, loaders }: Context,
    @Arg('id', () => ID, { description: 'Id of the criterion.' }) id: string,
    @Arg('input', () => CriterionInput, { description: 'The whole new definition (omitted parts become empty).' })
    input: CriterionInput,
    @Arg('effectiveFrom', () => LocalDateResolver, {
      nullable: true,
      description: 'Published campaigns: first day (YYYY-MM-DD) the new version is in force; today by default.',
    })
    effectiveFrom?: string,
  ): Promise<Criterion> {
    const criterion = await findCriterion(em, access, id);
    const campaign = await loadPermitted(loaders.campaign, criterion.campaign.id);
    return campaign.state === CampaignState.DRAFT
      ? putDraftCriterion(em, access, campaign.id, input, criterion.id)
      : reviseCriterion(em, access, criterion.id, input, effectiveFrom);
  }

  @Mutation(() => Campaign, {
    description: 'Removes a criterion from a DRAFT campaign; returns the campaign.',
  })
  removeCriterion(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the criterion.' }) id: string,
  ): Promise<Campaign> {
    return removeDraftCriterion(em, access, parseId(id));
  }

  @Mutation(() => [Criterion], {
    description: "Puts one bloc's criteria of a DRAFT campaign in the given order (each of them exactly once).",
  })
  reorderCriteria(
    @Ctx() { em, access }: Context,
    @Arg('campaignId', () => ID, { description: 'The draft campaign.' }) campaignId: string,
    @Arg('bloc', () => Bloc, { description: 'The bloc (khối) whose criteria are ordered.' }) bloc: Bloc,
    @Arg('criterionIds', () => [ID], { description: 'Every criterion id of that bloc, in the new order.' })
    criterionIds: string[],
  ): Promise<Criterion[]> {
    return reorderDraftCriteria(em, access, parseId(campaignId, 'campaignId'), bloc, criterionIds);
  }

  @FieldResolver(() => [CriterionVersion], {
    description:
      'Its versions, first first: version 1 is the definition published; each later one says from which day it applies. Empty for a draft.',
  })
  versions(@Root() criterion: Criterion, @Ctx() { loaders }: Context): Promise<CriterionVersion[]> {
    return loaders.criterionVersions.load(criterion.id);
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
    description:
      "Remediation solutions: nation-wide ones and, with provinceId, that province's, with communeId also that commune's; the one that applies first (commune, province, nation).",
  })
  async solutions(
    @Root() criterion: Criterion,
    @Ctx() { loaders }: Context,
    @Arg('provinceId', () => ID, {
      nullable: true,
      description: "Also this province's own solutions; omitted: nation-wide ones only.",
    })
    provinceId?: string,
    @Arg('communeId', () => ID, {
      nullable: true,
      description: "Also this commune's own solution (a commune of provinceId).",
    })
    communeId?: string,
  ): Promise<Solution[]> {
    const found = await loaders.solutions.load({
      criterionId: criterion.id,
      provinceId: provinceId ? parseId(provinceId, 'provinceId') : undefined,
      communeId: communeId ? parseId(communeId, 'communeId') : undefined,
    });
    const rank = (s: Solution) => (s.commune ? 0 : s.province ? 1 : 2);
    return [...found].sort((a, b) => rank(a) - rank(b));
  }
}
