import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { Commune } from '../commune/commune.entity';
import { Bloc } from '../domain/enums';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import {
  blocCountedIn,
  canAnswer,
  editsCampaign,
  readsAnswerDetails,
  readsAnswerDetailsIn,
  readsCommune,
  readsNation,
  readsProvince,
  seesWholeCommune,
  setsSolutions,
  verifiesIn,
} from './capabilities';

/** The caller's capabilities, as fields of the objects they concern ("viewer…"). */
@Resolver()
export class ViewerCapabilitiesResolver {
  @Query(() => Boolean, {
    description:
      'Whether the caller reads every province of the country (the national overseer, national API tokens): the national figures.',
  })
  viewerReadsNation(@Ctx() { access }: Context): boolean {
    return readsNation(access);
  }

  @Query(() => Boolean, {
    description:
      'Whether the caller may author national campaigns (createCampaign without provinceId): the national overseer.',
  })
  viewerAuthorsNationalCampaigns(@Ctx() { access }: Context): boolean {
    return editsCampaign(access, { province: null });
  }

  @Query(() => Boolean, {
    description: 'Whether the caller may set and delete the national solutions (setSolution without provinceId).',
  })
  viewerSetsNationalSolutions(@Ctx() { access }: Context): boolean {
    return setsSolutions(access, null);
  }
}

@Resolver(() => Unit)
export class UnitCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller may answer this unit's criteria (answerCriterion): the unit's own bloc officers. Answers are refused anyway once the campaign is closed (Campaign.closedOn).",
  })
  viewerCanAnswer(@Root() unit: Unit, @Ctx() { access }: Context): boolean {
    return canAnswer(access, unit);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller may read the evidence notes, who answered and who verified of this unit's answers (roles of the unit's own province).",
  })
  viewerReadsAnswerDetails(@Root() unit: Unit, @Ctx() { access }: Context): boolean {
    return readsAnswerDetails(access, unit);
  }
}

@Resolver(() => Province)
export class ProvinceCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description: "Whether the caller reads, of at least one bloc, every commune's units of the province (its page).",
  })
  viewerCanOpen(@Root() province: Province, @Ctx() { access }: Context): boolean {
    return readsProvince(access, province);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller may author this province's own campaigns (createCampaign with its provinceId).",
  })
  viewerAuthorsCampaigns(@Root() province: Province, @Ctx() { access }: Context): boolean {
    return editsCampaign(access, { province });
  }

  @FieldResolver(() => Bloc, {
    nullable: true,
    description:
      "The one bloc the caller's figures of this province count (a province bloc officer's); empty when they count all four.",
  })
  viewerBloc(@Root() province: Province, @Ctx() { access }: Context): Bloc | null {
    return blocCountedIn(access, province);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller may confirm or reject the claims of the province's units (verifyAssessment).",
  })
  viewerCanVerify(@Root() province: Province, @Ctx() { access }: Context): boolean {
    return verifiesIn(access, province);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may set and delete the solutions of the province and of its communes (setSolution, deleteSolution).',
  })
  viewerSetsSolutions(@Root() province: Province, @Ctx() { access }: Context): boolean {
    return setsSolutions(access, province);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller may read the evidence notes, who answered and who verified of the answers of the province's communes.",
  })
  viewerReadsAnswerDetails(@Root() province: Province, @Ctx() { access }: Context): boolean {
    return readsAnswerDetailsIn(access, province);
  }
}

@Resolver(() => Commune)
export class CommuneCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller reads all four bloc units of the commune, or its province's page (the commune's page).",
  })
  viewerCanOpen(@Root() commune: Commune, @Ctx() { access }: Context): boolean {
    return readsCommune(access, commune);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether Commune.status counts all four blocs for the caller (the commune's officers and leader, overseers), not only the units it reads.",
  })
  viewerSeesWholeCommune(@Root() commune: Commune, @Ctx() { access }: Context): boolean {
    return seesWholeCommune(access, commune);
  }
}

@Resolver(() => Campaign)
export class CampaignCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may rename, move the deadline of, close or reopen the campaign and set its due dates (updateCampaign).',
  })
  viewerCanEdit(@Root() campaign: Campaign, @Ctx() { access }: Context): boolean {
    return editsCampaign(access, campaign);
  }
}
