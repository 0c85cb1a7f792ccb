import { sql } from '../database/sql';
import { AnswerType, VerificationStatus } from '../domain/enums';

/**
 * The counting half of the status rule, in SQL over assessment rows `a` and in code for one
 * change: a claimed "met" counts unless an overseer rejected it; confirmed ones are counted
 * apart, for campaigns that count only those (Campaign.countUnverifiedClaims).
 */
export const CLAIM_COUNTS = sql`a.met and a.verification <> ${VerificationStatus.REJECTED}`;
/**
 * Over assessment `a` and its criterion `c`. A placeholder criterion's claim (the demo's, standing
 * for a figure the reports state) is read by nobody, so nobody can check it: met, it counts as confirmed.
 */
export const CLAIM_CONFIRMED = sql`a.met and (a.verification = ${VerificationStatus.CONFIRMED} or c.is_placeholder)`;
/** Whether a claim counts as met under its campaign's rule (needs `cp`, the campaign). */
export const CLAIM_COUNTS_UNDER_RULE = sql`(${CLAIM_COUNTS} and (cp.count_unverified_claims or ${CLAIM_CONFIRMED}))`;

/**
 * Whether an applicable (unit, criterion) pair counts among the criteria of the status rule,
 * over criterion `c` and assessment rows `a` (possibly none): TEXT criteria never do, and an
 * answer "không phát sinh" takes the criterion out of the unit's due criteria.
 */
export const COUNTED_CRITERION = sql`c.answer_type <> ${AnswerType.TEXT} and a.answer_not_applicable is not true`;

export interface ClaimCounters {
  met: number;
  confirmed: number;
  /** 1 when the criterion counts for the unit: not TEXT, not answered "không phát sinh". */
  counted: number;
}

/** A unit's claim on a criterion as the counters read it: a live assessment, or its state on a past day. */
export interface Claim {
  met: boolean;
  verificationStatus: VerificationStatus;
  answer?: { notApplicable?: boolean };
}

export function claimCounters(claim: Claim | null | undefined, counts = true): ClaimCounters {
  return {
    met: Number(!!claim?.met && claim.verificationStatus !== VerificationStatus.REJECTED),
    confirmed: Number(!!claim?.met && claim.verificationStatus === VerificationStatus.CONFIRMED),
    counted: Number(counts && !claim?.answer?.notApplicable),
  };
}

export function countsAsMet(claim: Claim | undefined, campaign: { countUnverifiedClaims: boolean }): boolean {
  const counters = claimCounters(claim);
  return (campaign.countUnverifiedClaims ? counters.met : counters.confirmed) === 1;
}
