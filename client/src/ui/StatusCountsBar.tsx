import { graphql } from '../gql';
import type { Status } from '../gql/graphql';
import { formatNumber, percentOf } from './format';
import { STATUS_LABEL } from './labels';

// The figures every count of communes shows: spread into each query that draws this bar.
graphql(`
  fragment StatusCountsFields on StatusCounts {
    green
    yellow
    red
    notDue
    total
    greenPercent
    greenPercentChange
  }
`);

export interface StatusCountsValue {
  green: number;
  yellow: number;
  red: number;
  notDue: number;
  total: number;
}

const SEGMENTS: { status: Status; key: 'green' | 'yellow' | 'red' | 'notDue' }[] = [
  { status: 'GREEN', key: 'green' },
  { status: 'YELLOW', key: 'yellow' },
  { status: 'RED', key: 'red' },
  { status: 'NOT_DUE', key: 'notDue' },
];

/**
 * GREEN / YELLOW / RED shares as one stacked bar, with the counts spelt out beneath; communes with
 * nothing due yet are a grey share of their own, shown only when there are some.
 */
export function StatusCountsBar({ counts, compact = false }: { counts: StatusCountsValue; compact?: boolean }) {
  const segments = SEGMENTS.filter(({ key }) => key !== 'notDue' || counts.notDue > 0);
  const words = segments.map(({ status, key }) => `${STATUS_LABEL[status]} ${formatNumber(counts[key])}`).join(', ');
  return (
    <div className={compact ? 'counts counts--compact' : 'counts'}>
      <div className="counts__bar" role="img" aria-label={words}>
        {SEGMENTS.map(({ key }) =>
          counts[key] > 0 ? (
            <span
              key={key}
              className={`counts__segment counts__segment--${key}`}
              style={{ width: `${percentOf(counts[key], counts.total)}%` }}
            />
          ) : null,
        )}
      </div>
      <ul className="counts__legend" aria-hidden="true">
        {segments.map(({ status, key }) => (
          <li key={key}>
            <span className={`dot dot--${key}`} />
            {STATUS_LABEL[status]} <strong>{formatNumber(counts[key])}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
