import { VerificationStatus } from '../domain/enums';

/**
 * The counting half of the status rule, in SQL over assessment rows `a` and in code for one
 * change: a claimed "met" counts unless an overseer rejected it; confirmed ones are counted
 * apart, for campaigns that count only those (Campaign.countUnverifiedClaims).
 */
export const CLAIM_COUNTS = `a.met and a.verification <> '${VerificationStatus.REJECTED}'`;
export const CLAIM_CONFIRMED = `a.met and a.verification = '${VerificationStatus.CONFIRMED}'`;

export interface ClaimCounters {
  met: number;
  confirmed: number;
}

export function claimCounters(claim: { met: boolean; verification: VerificationStatus } | null | undefined): ClaimCounters {
  return {
    met: Number(!!claim?.met && claim.verification !== VerificationStatus.REJECTED),
    confirmed: Number(!!claim?.met && claim.verification === VerificationStatus.CONFIRMED),
  };
}
