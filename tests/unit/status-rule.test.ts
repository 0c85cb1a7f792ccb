import { Status, VerificationStatus } from '../../server/domain/enums';
import { claimCounters, countsAsMet } from '../../server/status/claim';
import { statusOf } from '../../server/status/status-rule';

const { CONFIRMED, REJECTED, UNVERIFIED } = VerificationStatus;

describe('a unit’s status from its counts', () => {
  it.each([
    // due, met, answered, threshold → status
    [16, 16, 16, 75, Status.GREEN],
    [16, 15, 16, 75, Status.YELLOW],
    [16, 12, 16, 75, Status.YELLOW], // exactly the threshold is not under it
    [16, 11, 16, 75, Status.RED],
    [16, 8, 16, 50, Status.YELLOW],
    [16, 7, 16, 50, Status.RED],
    [16, 0, 3, 50, Status.RED],
    [3, 0, 0, 0, Status.RED], // with a threshold of 0 only a unit that answered nothing is RED
    [10, 5, 1, 0, Status.YELLOW],
    [10, 9, 10, 100, Status.RED], // 100 % makes every unit short of GREEN RED
  ])('due %d, met %d, answered %d, red under %d %% → %s', (due, met, answered, redBelowPercent, status) => {
    expect(statusOf({ due, met, answered }, redBelowPercent)).toBe(status);
  });

  it('nothing due yet is NOT_DUE (chưa đến hạn), not GREEN, answered or not', () => {
    expect(statusOf({ due: 0, met: 0, answered: 0 }, 50)).toBe(Status.NOT_DUE);
    expect(statusOf({ due: 0, met: 0, answered: 4 }, 50)).toBe(Status.NOT_DUE);
  });
});

describe('which claims count as met', () => {
  it.each([
    [true, UNVERIFIED, { met: 1, confirmed: 0, counted: 1 }],
    [true, CONFIRMED, { met: 1, confirmed: 1, counted: 1 }],
    [true, REJECTED, { met: 0, confirmed: 0, counted: 1 }],
    [false, UNVERIFIED, { met: 0, confirmed: 0, counted: 1 }],
    [false, CONFIRMED, { met: 0, confirmed: 0, counted: 1 }],
  ])('met %s, %s → counters %j', (met, verification, counters) => {
    expect(claimCounters({ met, verificationStatus: verification })).toEqual(counters);
  });

  it('no answer counts nothing met; a criterion still counts among the due ones until answered "không phát sinh"', () => {
    expect(claimCounters(null)).toEqual({ met: 0, confirmed: 0, counted: 1 });
    expect(claimCounters(undefined)).toEqual({ met: 0, confirmed: 0, counted: 1 });
    expect(claimCounters({ met: false, verificationStatus: UNVERIFIED, answer: { notApplicable: true } })).toEqual({
      met: 0,
      confirmed: 0,
      counted: 0,
    });
  });

  it('a campaign counting only verified claims needs a confirmation; none counts a rejected one', () => {
    const counting = { countUnverifiedClaims: true };
    const verifiedOnly = { countUnverifiedClaims: false };
    expect(countsAsMet({ met: true, verificationStatus: UNVERIFIED }, counting)).toBe(true);
    expect(countsAsMet({ met: true, verificationStatus: UNVERIFIED }, verifiedOnly)).toBe(false);
    expect(countsAsMet({ met: true, verificationStatus: CONFIRMED }, verifiedOnly)).toBe(true);
    expect(countsAsMet({ met: true, verificationStatus: REJECTED }, counting)).toBe(false);
    expect(countsAsMet({ met: false, verificationStatus: CONFIRMED }, counting)).toBe(false);
    expect(countsAsMet(undefined, counting)).toBe(false);
  });
});
