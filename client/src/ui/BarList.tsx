import type { ReactNode } from 'react';
import { Link } from '../app/router';

export interface Bar {
  key: string;
  label: ReactNode;
  value: number;
  /** The figure printed beside the bar; the bar alone never carries the number. */
  figure: ReactNode;
  to?: string;
  tone?: 'green' | 'yellow' | 'red' | 'neutral';
}

/**
 * Horizontal bars, one per row, drawn in SVG against a common maximum: a ranking read at a glance,
 * with the label and the figure in text so it reads without the picture too.
 */
export function BarList({ bars, max, label }: { bars: Bar[]; max: number; label: string }) {
  return (
    <ol className="bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="bars__row">
          <span className="bars__label">{bar.to ? <Link to={bar.to}>{bar.label}</Link> : bar.label}</span>
          <svg className="bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect className="bars__bg" width="100" height="10" rx="2" />
            <rect
              className={`bars__fill bars__fill--${bar.tone ?? 'neutral'}`}
              width={max > 0 ? (bar.value / max) * 100 : 0}
              height="10"
              rx="2"
            />
          </svg>
          <span className="bars__figure">{bar.figure}</span>
        </li>
      ))}
    </ol>
  );
}
