import { todayInVietnam } from '../domain/dates';

/** The day a daily job runs for: the payload's `{ today }` (tests, make-up runs), else today in Vietnam. */
export function dayOf(payload: unknown): string {
  const asked = (payload as { today?: unknown } | null)?.today;
  return typeof asked === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : todayInVietnam();
}

/** A date as Vietnamese text writes it: 2026-12-03 → 03/12/2026. */
export const viDate = (day: string) => day.split('-').reverse().join('/');
