import { formatNumber, formatPercent, percentOf } from './format';

/** Met over due as a bar; the figures are in its label and beside it. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = percentOf(value, max);
  return (
    <div className="progress">
      <div
        className={`progress__track${value >= max && max > 0 ? ' progress__track--done' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${formatNumber(value)}/${formatNumber(max)}`}
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__figure">
        <strong>
          {formatNumber(value)}/{formatNumber(max)}
        </strong>{' '}
        ({formatPercent(Math.round(percent))})
      </span>
    </div>
  );
}
