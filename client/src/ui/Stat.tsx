import type { ReactNode } from 'react';

export function Stat({
  label,
  value,
  detail,
  tone,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'green' | 'yellow' | 'red';
}) {
  return (
    <div className={`stat${tone ? ` stat--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="stat__value">{value}</span>
        {detail && <span className="stat__detail">{detail}</span>}
      </dd>
    </div>
  );
}
