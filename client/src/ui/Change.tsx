import { formatNumber } from './format';

/**
 * A change in percentage points, signed and worded: "▲ +1,5 điểm %". Absent (not computed for
 * these figures) shows nothing rather than a zero that would claim there was no change.
 */
export function Change({ points, since = 'so với hôm qua' }: { points: number | null | undefined; since?: string }) {
  if (points === null || points === undefined) return null;
  const direction = points > 0 ? 'up' : points < 0 ? 'down' : 'none';
  const text = points === 0 ? 'không đổi' : `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points))} điểm %`;
  return (
    <span className={`change change--${direction}`} title={`Tỉ lệ xanh ${since}`}>
      <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
      {text}
      <span className="visually-hidden"> {since}</span>
    </span>
  );
}
