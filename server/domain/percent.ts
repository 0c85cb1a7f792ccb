/**
 * How many decimals each official table prints its percentages with. Report 003 ranks
 * obstacles and recommendations with one (30/96 → 31,2); the appendices of reports 001, 002
 * and 004 (Phụ lục 4, 9–12, the province and criterion tables) print two (5/32 → 15,62).
 */
export const PERCENT_DECIMALS = {
  officialTables: 2,
  reportRankings: 1,
} as const;

/**
 * part/whole in percent, ties to even at the given decimals — the reports print 5/32 as
 * 15,62, not 15,63, and 30/96 as 31,2. Integer arithmetic avoids binary-fraction surprises.
 */
export function percent(part: number, whole: number, decimals: number = PERCENT_DECIMALS.officialTables): number {
  if (!whole) return 0;
  const scale = 10 ** decimals;
  const scaled = part * 100 * scale;
  const quotient = Math.floor(scaled / whole);
  const twice = 2 * (scaled - quotient * whole);
  const rounded = twice > whole || (twice === whole && quotient % 2 === 1) ? quotient + 1 : quotient;
  return rounded / scale;
}
