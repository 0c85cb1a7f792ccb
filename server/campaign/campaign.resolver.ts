import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { listCriteria } from '../criterion/criterion.service';
import { Bloc, Level } from '../domain/enums';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Campaign } from './campaign.entity';
import { UpdateCampaignInput } from './campaign.inputs';
import { findCampaign, listCampaigns, updateCampaign } from './campaign.service';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'All campaigns, latest deadline first.' })
  campaigns(@Ctx() { em, access }: Context): Promise<Campaign[]> {
    return listCampaigns(em, access);
  }

  @Query(() => Campaign, { description: 'One campaign by id or by code.' })
  campaign(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id of the campaign; give this or code.' }) id?: string,
    @Arg('code', { nullable: true, description: 'Code of the campaign (Campaign.code); give this or id.' })
    code?: string,
  ): Promise<Campaign> {
    return findCampaign(em, access, { id, code });
  }

  @Mutation(() => Campaign, {
    description:
      "Renames, moves the deadline of, closes or reopens a campaign (the national overseer; a province overseer for the province's own campaigns).",
  })
  updateCampaign(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the campaign.' }) id: string,
    @Arg('input', { description: 'The fields to change; omitted fields keep their value.' }) input: UpdateCampaignInput,
  ): Promise<Campaign> {
    return updateCampaign(em, access, id, input);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province a provincial campaign is limited to; empty for a national one.',
  })
  async province(@Root() campaign: Campaign, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return campaign.province ? loadPermitted(loaders.province, campaign.province.id) : undefined;
  }

  @FieldResolver(() => [Criterion], { description: "The campaign's criteria, by bloc and official order." })
  criteria(
    @Root() campaign: Campaign,
    @Ctx() { em, access }: Context,
    @Arg('bloc', () => Bloc, { nullable: true, description: 'Only criteria of this bloc (khối).' }) bloc?: Bloc,
    @Arg('level', () => Level, { nullable: true, description: 'Only criteria of this level (cấp).' }) level?: Level,
  ): Promise<Criterion[]> {
    return listCriteria(em, access, { campaignId: campaign.id, bloc, level });
  }
}
