import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { listCriteria } from '../criterion/criterion.service';
import { Bloc, Level } from '../domain/enums';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Campaign } from './campaign.entity';
import { findCampaign, listCampaigns } from './campaign.service';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'All campaigns, latest deadline first.' })
  campaigns(@Ctx() { em }: Context): Promise<Campaign[]> {
    return listCampaigns(em);
  }

  @Query(() => Campaign, { description: 'One campaign by id or by code.' })
  campaign(
    @Ctx() { em }: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Campaign> {
    return findCampaign(em, { id, code });
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province a provincial campaign is limited to; empty for a national one.' })
  async province(@Root() campaign: Campaign, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return campaign.province ? loaders.province.load(campaign.province.id) : undefined;
  }

  @FieldResolver(() => [Criterion], { description: 'The campaign\'s criteria, by bloc and official order.' })
  criteria(
    @Root() campaign: Campaign,
    @Ctx() { em }: Context,
    @Arg('bloc', () => Bloc, { nullable: true }) bloc?: Bloc,
    @Arg('level', () => Level, { nullable: true }) level?: Level,
  ): Promise<Criterion[]> {
    return listCriteria(em, { campaignId: campaign.id, bloc, level });
  }
}
