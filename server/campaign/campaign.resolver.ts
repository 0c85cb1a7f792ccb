import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { listCriteria } from '../criterion/criterion.service';
import { Bloc, Level } from '../domain/enums';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Campaign } from './campaign.entity';
import { CopyCampaignInput, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import {
  copyCampaign,
  createCampaign,
  findCampaign,
  listCampaigns,
  listEditableCampaigns,
  publishCampaign,
  updateCampaign,
} from './campaign.service';

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

  @Query(() => [Campaign], {
    description:
      "The campaigns the caller may author — create and edit criteria, publish, copy, close: every one for the national overseer, its own province's for a province overseer; drafts first.",
  })
  editableCampaigns(@Ctx() { em, access }: Context): Promise<Campaign[]> {
    return listEditableCampaigns(em, access);
  }

  @Mutation(() => Campaign, {
    description:
      "Creates a DRAFT campaign: national (the national overseer) or one province's (that province's overseer). Units see nothing of it until it is published.",
  })
  createCampaign(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'Name, scope, level, blocs, deadline and status rule of the new campaign.' })
    input: CreateCampaignInput,
  ): Promise<Campaign> {
    return createCampaign(em, access, input);
  }

  @Mutation(() => Campaign, {
    description:
      'Publishes a draft: answering opens, each criterion becomes its version 1 in force from today, and units see it in their to-do lists. Needs at least one criterion.',
  })
  publishCampaign(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the draft campaign.' }) id: string,
  ): Promise<Campaign> {
    return publishCampaign(em, access, id);
  }

  @Mutation(() => Campaign, {
    description:
      "Copies a campaign and its criteria into a new DRAFT in the same scope (next month's round of the same drive); answers are not copied.",
  })
  copyCampaign(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the campaign to copy.' }) id: string,
    @Arg('input', { description: 'Name and deadline of the new round.' }) input: CopyCampaignInput,
  ): Promise<Campaign> {
    return copyCampaign(em, access, id, input);
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

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign this one was copied from, if any.' })
  async copiedFrom(@Root() campaign: Campaign, @Ctx() { loaders }: Context): Promise<Campaign | undefined> {
    return campaign.copiedFrom ? loaders.campaign.load(campaign.copiedFrom.id) : undefined;
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
