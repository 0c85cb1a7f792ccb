import { VerificationStatus } from '../domain/enums';

/**
 * The counting half of the status rule, in SQL over assessment rows `a` and in code for one
 * change: a claimed "met" counts unless an overseer rejected it; confirmed ones are counted
 * apart, for campaigns that count only those (Campaign.countUnverifiedClaims).
 */
export const CLAIM_COUNTS = `a.met and a.verification <> '${VerificationStatus.REJECTED}'`;
export const CLAIM_CONFIRMED = `a.met and a.verification = '${VerificationStatus.CONFIRMED}'`;
/** Whether a claim counts as met under its campaign's rule (needs `cp`, the campaign). */
export const CLAIM_COUNTS_UNDER_RULE = `(${CLAIM_COUNTS} and (cp.count_unverified_claims or ${CLAIM_CONFIRMED}))`;

export interface ClaimCounters {
  met: number;
  confirmed: number;
}

export function claimCounters(
  claim: { met: boolean; verification: VerificationStatus } | null | undefined,
): ClaimCounters {
  return {
    met: Number(!!claim?.met && claim.verification !== VerificationStatus.REJECTED),
    confirmed: Number(!!claim?.met && claim.verification === VerificationStatus.CONFIRMED),
  };
}

export function countsAsMet(
  claim: { met: boolean; verification: VerificationStatus } | undefined,
  campaign: { countUnverifiedClaims: boolean },
): boolean {
  const counters = claimCounters(claim);
  return (campaign.countUnverifiedClaims ? counters.met : counters.confirmed) === 1;
}
