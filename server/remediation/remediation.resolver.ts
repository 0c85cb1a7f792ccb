import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '../domain/dates';
import { findCampaign } from '../campaign/campaign.service';
import { isCounted } from '../criterion/criterion-authoring.service';
import { listCriteria } from '../criterion/criterion.service';
import { Bloc, Level } from '../domain/enums';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { StatusArgs, toStatusQuery } from '../status/status.args';
import { provinceCounts } from '../status/province-counts';
import { Unit } from '../unit/unit.entity';
import { CriterionTableRow, tableRow } from './criterion-table';
import { blocRemediation, daysBetween, pendingItems } from './remediation.service';
import { PendingWork, ProvinceRemediation } from './remediation.types';

@Resolver(() => Unit)
export class UnitRemediationResolver {
  @FieldResolver(() => PendingWork, {
    description: 'What the unit must still do to turn GREEN in a campaign, by when and how.',
  })
  async pendingWork(
    @Root() unit: Unit,
    @Ctx() { em, access, loaders }: Context,
    @Args() args: StatusArgs,
  ): Promise<PendingWork> {
    const q = toStatusQuery(args);
    const campaign = await findCampaign(em, access, { id: args.campaignId });
    const [items, status] = await Promise.all([
      pendingItems(em, access, unit, campaign, q.asOf),
      loaders.unitStatus(q).load(unit.id),
    ]);
    return { items, status };
  }
}

@Resolver(() => Province)
export class ProvinceRemediationResolver {
  @FieldResolver(() => ProvinceRemediation, {
    description:
      'Which communes and blocs hold the province back in a campaign: per bloc the unmet criteria with failing communes.',
  })
  async remediation(
    @Root() province: Province,
    @Ctx() { em, access, loaders }: Context,
    @Args() args: StatusArgs,
  ): Promise<ProvinceRemediation> {
    const q = toStatusQuery(args);
    const campaign = await findCampaign(em, access, { id: args.campaignId });
    const [communeCounts, blocs] = await Promise.all([
      provinceCounts(loaders, province.id, q),
      blocRemediation(em, access, province.id, campaign, q.asOf),
    ]);
    return { communeCounts, blocs, daysLeft: daysBetween(q.asOf, campaign.deadline) };
  }
}

@Resolver()
export class CriterionTableResolver {
  @Query(() => [CriterionTableRow], {
    description:
      'Per commune criterion of a campaign: provinces under 50 % and the 10 lowest, over the units the caller may read.',
  })
  async criterionTable(
    @Ctx() { em, access, loaders }: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign (đợt) whose commune criteria are tabulated.' })
    campaignId: string,
    @Arg('bloc', () => Bloc, {
      nullable: true,
      description: 'Only criteria of this bloc (khối); omitted: all four blocs.',
    })
    bloc?: Bloc,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'Answers as they stood at the end of this date (Vietnam time); today by default.',
    })
    asOf?: string,
  ): Promise<CriterionTableRow[]> {
    const q = toStatusQuery({ campaignId, asOf });
    const criteria = (await listCriteria(em, access, { campaignId: q.campaignId, bloc, level: Level.COMMUNE })).filter(
      isCounted,
    );
    const loader = q.asOf < todayInVietnam() ? loaders.pastCriterionResults(q) : loaders.criterionResults;
    const results = await Promise.all(criteria.map((c) => loader.load(c.id)));
    return criteria.map((criterion, i) => tableRow(criterion, results[i]));
  }
}
