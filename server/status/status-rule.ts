import { Status } from '../domain/enums';

/** What a unit's status in a campaign is decided from, as of a date. */
export interface UnitCounts {
  /** Criteria due by the date. */
  due: number;
  /** Of those, met as the campaign counts claims (claim.ts). */
  met: number;
  /** Criteria answered, due or not. */
  answered: number;
}

/**
 * The status rule for one unit: NOT_DUE while no criterion is due yet (a unit with nothing
 * due is not green: report 003 counts only what was asked by the date), GREEN when every
 * criterion due is met, RED when the unit has answered nothing or meets under the campaign's threshold of the
 * due criteria, else YELLOW. Its SQL form (`SEVERITY` in status.service.ts) lets a commune
 * take the worst of its units inside the query; tests/api/status-rule.test.ts proves that the
 * two agree on the demo data.
 */
export function statusOf(counts: UnitCounts, redBelowPercent: number): Status {
  if (counts.due === 0) return Status.NOT_DUE;
  if (counts.met === counts.due) return Status.GREEN;
  if (counts.answered === 0 || counts.met * 100 < counts.due * redBelowPercent) return Status.RED;
  return Status.YELLOW;
}
