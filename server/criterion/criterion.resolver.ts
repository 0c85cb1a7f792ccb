import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { Bloc, Level } from '../domain/enums';
import type { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { Solution } from '../solution/solution.entity';
import { listSolutions } from '../solution/solution.service';
import { CriterionProvinceResult } from './criterion-results';
import { Criterion } from './criterion.entity';
import { findCriterion, listCriteria } from './criterion.service';

@Resolver(() => Criterion)
export class CriterionResolver {
  @Query(() => Criterion)
  criterion(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Criterion> {
    return findCriterion(em, id);
  }

  @Query(() => [Criterion], { description: 'The criteria of a campaign, by bloc and official order.' })
  criteria(
    @Ctx() { em }: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('bloc', () => Bloc, { nullable: true }) bloc?: Bloc,
    @Arg('level', () => Level, { nullable: true }) level?: Level,
  ): Promise<Criterion[]> {
    return listCriteria(em, { campaignId: parseId(campaignId, 'campaignId'), bloc, level });
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() criterion: Criterion, @Ctx() { loaders }: Context): Promise<Campaign> {
    return (await loaders.campaign.load(criterion.campaign.id))!;
  }

  @FieldResolver(() => LocalDateResolver, { description: 'Due date: the criterion\'s own, or the campaign deadline.' })
  async dueDate(@Root() criterion: Criterion, @Ctx() { loaders }: Context): Promise<string> {
    return criterion.dueDate ?? (await loaders.campaign.load(criterion.campaign.id))!.deadline;
  }

  @FieldResolver(() => [CriterionProvinceResult], { description: 'Met/total per province (one province when provinceId is given).' })
  async provinceResults(
    @Root() criterion: Criterion,
    @Ctx() { loaders }: Context,
    @Arg('provinceId', () => ID, { nullable: true }) provinceId?: string,
  ): Promise<CriterionProvinceResult[]> {
    const results = await loaders.criterionResults.load(criterion.id);
    const only = provinceId ? parseId(provinceId, 'provinceId') : undefined;
    return only ? results.filter((r) => r.provinceId === only) : results;
  }

  @FieldResolver(() => [Solution], { description: 'Remediation solutions: nation-wide ones and, with provinceId, that province\'s.' })
  solutions(
    @Root() criterion: Criterion,
    @Ctx() { em }: Context,
    @Arg('provinceId', () => ID, { nullable: true }) provinceId?: string,
  ): Promise<Solution[]> {
    return listSolutions(em, { criterionId: criterion.id, provinceId: provinceId ? parseId(provinceId, 'provinceId') : undefined });
  }
}

@Resolver(() => CriterionProvinceResult)
export class CriterionProvinceResultResolver {
  @FieldResolver(() => Province)
  async province(@Root() result: CriterionProvinceResult, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.province.load(result.provinceId))!;
  }
}
