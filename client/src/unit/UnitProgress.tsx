import type { Campaign } from '../campaigns/campaign-choice';
import { graphql, useFragment } from '../gql';
import { UnitStatusFieldsFragmentDoc, type UnitWorkQuery } from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusBadge } from '../ui/StatusBadge';

// A unit's status as every screen and mutation payload that shows it asks for it.
graphql(`
  fragment UnitStatusFields on UnitStatus {
    status
    met
    due
    total
    answered
  }
`);

/** "How far am I from green?": the status, met over due, and what is left. */
export function UnitProgress({
  unit,
  campaign,
  showCommune,
}: {
  unit: UnitWorkQuery['unit'];
  campaign: Campaign;
  showCommune: boolean;
}) {
  const status = useFragment(UnitStatusFieldsFragmentDoc, unit.status);
  if (!status) {
    return (
      <section className="panel">
        <p>Đơn vị không tham gia đợt «{campaign.name}».</p>
      </section>
    );
  }
  const remaining = status.due - status.met;
  return (
    <section className="panel progress-panel" aria-label="Tiến độ phủ xanh">
      <div className="progress-panel__status">
        <span>
          Trạng thái của đơn vị trong đợt <em>«{campaign.name}»</em>
        </span>
        <span data-testid="unit-status">
          <StatusBadge status={status.status} size="large" />
        </span>
      </div>
      <div data-testid="unit-progress">
        <ProgressBar value={status.met} max={status.due} label="Tiêu chí đến hạn đã đạt" />
      </div>
      <p className="progress-panel__note">
        {remaining > 0
          ? `Còn ${formatNumber(remaining)} tiêu chí đến hạn cần đạt để phủ xanh.`
          : 'Đơn vị đã đạt mọi tiêu chí đến hạn.'}{' '}
        <span className="muted">
          {formatNumber(status.due)} tiêu chí đến hạn / {formatNumber(status.total)} tiêu chí của đợt · đã trả lời{' '}
          {formatNumber(status.answered)}
        </span>
      </p>
      {showCommune && unit.commune && (
        <p className="progress-panel__commune">
          Trạng thái chung của {unit.commune.name}: <StatusBadge status={unit.commune.status} />
          <span className="muted"> (xanh khi cả bốn khối đều xanh)</span>
        </p>
      )}
    </section>
  );
}
