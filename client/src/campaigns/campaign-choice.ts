import { useQuery, type UseQueryState } from 'urql';
import { useLocation } from '../app/router';
import { CAMPAIGN_PARAM } from '../app/routes';
import { graphql } from '../gql';
import type { CampaignsQuery, Level } from '../gql/graphql';

const campaignsQuery = graphql(`
  query Campaigns {
    campaigns {
      id
      code
      name
      level
      deadline
      asOf
      closedOn
      countUnverifiedClaims
      province {
        id
        name
      }
    }
  }
`);

export type Campaign = CampaignsQuery['campaigns'][number];

/** Which campaigns a screen can show: those answered at its level, national or of its province. */
export interface CampaignScope {
  level: Level;
  /** The screen's province; null on the national screen, which shows national campaigns only. */
  provinceId: string | null;
}

export function applicableCampaigns(campaigns: Campaign[], scope: CampaignScope): Campaign[] {
  return campaigns.filter(
    (campaign) => campaign.level === scope.level && (!campaign.province || campaign.province.id === scope.provinceId),
  );
}

/** A campaign whose figures reach its deadline: the one a report was written on, with final statuses. */
const reported = (campaign: Campaign) => campaign.asOf >= campaign.deadline;

/**
 * The campaign shown when the address names none. In a province: its own drive where it has
 * one (that is what its officials work towards), else the national campaign with the latest
 * deadline, whose criteria are the units' current work. On the national screen: the latest
 * campaign whose figures reach its deadline, so the heat map opens on the statuses of the last
 * report rather than on a phase still running, where nothing is green yet.
 */
export function defaultCampaign(choices: Campaign[], provinceId: string | null): Campaign | undefined {
  if (!provinceId) return choices.find(reported) ?? choices[0];
  return choices.find((campaign) => campaign.province?.id === provinceId) ?? choices[0];
}

/** A closed campaign accepts no answers from its closing date on. */
export const acceptsAnswers = (campaign: Campaign, today: string) => !campaign.closedOn || campaign.closedOn > today;

export interface CampaignChoice {
  choices: Campaign[];
  campaign: Campaign | undefined;
  result: UseQueryState<CampaignsQuery>;
}

/** The campaign a screen shows: the one named in the address if it applies, else the default. */
export function useCampaignChoice(scope: CampaignScope | undefined): CampaignChoice {
  const [result] = useQuery({ query: campaignsQuery, requestPolicy: 'cache-first' });
  const named = useLocation().params.get(CAMPAIGN_PARAM);
  const choices = scope && result.data ? applicableCampaigns(result.data.campaigns, scope) : [];
  const campaign =
    choices.find((choice) => choice.code === named) ?? (scope ? defaultCampaign(choices, scope.provinceId) : undefined);
  return { choices, campaign, result };
}
