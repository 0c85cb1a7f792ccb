/**
 * part/whole in percent with 2 decimals, ties to even — the official reports print 5/32 as
 * 15.62, not 15.63. Integer arithmetic avoids binary-fraction surprises.
 */
export function percent(part: number, whole: number): number {
  if (!whole) return 0;
  const scaled = part * 10000;
  const quotient = Math.floor(scaled / whole);
  const twice = 2 * (scaled - quotient * whole);
  const rounded = twice > whole || (twice === whole && quotient % 2 === 1) ? quotient + 1 : quotient;
  return rounded / 100;
}
