import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { dateOrToday, previousDay } from '../domain/dates';
import type { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { CoverageHeadline, readCoverageHeadline } from './coverage-headline';
import { StatusArgs, toStatusQuery } from './status.args';
import { provinceCounts } from './province-counts';
import { statusChange } from './status.service';
import { BlocCompletion, StatusChange, StatusCounts } from './status.types';

@Resolver(() => StatusCounts)
export class StatusCountsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Change of greenPercent since the end of the previous day, in percentage points (Phụ lục 4, last column); empty for counts that are not a province's.",
  })
  async greenPercentChange(@Root() counts: StatusCounts, @Ctx() { loaders }: Context): Promise<number | undefined> {
    if (!counts.of) return undefined;
    const { provinceId, query } = counts.of;
    const before = await loaders.provinceStatusCounts({ ...query, asOf: previousDay(query.asOf) }).load(provinceId);
    return statusChange(before, counts).greenPercentChange;
  }
}

@Resolver(() => Province)
export class ProvinceStatusResolver {
  @FieldResolver(() => StatusChange, {
    description:
      'How the GREEN / YELLOW / RED commune counts in a campaign changed between the end of two dates, computed from the history.',
  })
  async statusChange(
    @Root() province: Province,
    @Ctx() { loaders }: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign the statuses are computed in.' }) campaignId: string,
    @Arg('from', () => LocalDateResolver, { description: 'The earlier date.' }) from: string,
    @Arg('to', () => LocalDateResolver, {
      nullable: true,
      description: 'The later date; today (Vietnam time) by default.',
    })
    to?: string,
  ): Promise<StatusChange> {
    const id = parseId(campaignId, 'campaignId');
    const [before, after] = await Promise.all([
      provinceCounts(loaders, province.id, { campaignId: id, asOf: dateOrToday(from, 'from') }),
      provinceCounts(loaders, province.id, { campaignId: id, asOf: dateOrToday(to, 'to') }),
    ]);
    return statusChange(before, after);
  }

  @FieldResolver(() => [BlocCompletion], {
    description:
      "Per bloc, the completion rate of the province-level unit's criteria in a campaign (Phụ lục 21), over the blocs the caller may read.",
  })
  blocCompletion(
    @Root() province: Province,
    @Ctx() { loaders }: Context,
    @Args() args: StatusArgs,
  ): Promise<BlocCompletion[]> {
    return loaders.blocCompletion(toStatusQuery(args)).load(province.id);
  }
}

@Resolver(() => CoverageHeadline)
export class CoverageHeadlineResolver {
  @Query(() => CoverageHeadline, {
    description:
      "Report 003's headline counts over the provinces the caller reads: more than 50 %, more than 70 % and 100 % of communes GREEN, with the provinces named.",
  })
  coverageHeadline(@Ctx() { em, access, loaders }: Context, @Args() args: StatusArgs): Promise<CoverageHeadline> {
    return readCoverageHeadline(em, access, loaders, args.campaignId, toStatusQuery(args));
  }
}
