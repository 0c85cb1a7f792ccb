import type { Status } from '../gql/graphql';
import { STATUS_LABEL } from './labels';

/** A status always carries its word, so it reads without colour too. */
export function StatusBadge({
  status,
  size = 'normal',
}: {
  status: Status | null | undefined;
  size?: 'normal' | 'large';
}) {
  if (!status) return <span className="badge badge--none">Không tham gia</span>;
  return <span className={`badge badge--${status.toLowerCase()} badge--${size}`}>{STATUS_LABEL[status]}</span>;
}
