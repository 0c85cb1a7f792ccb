import { graphql, useFragment, type FragmentType } from '../gql';
import { TaskStatsFieldsFragmentDoc } from '../gql/graphql';
import { formatNumber, formatPercent } from '../ui/format';
import { Stat } from '../ui/Stat';
import { EmptyState } from '../ui/states';

graphql(`
  fragment TaskStatsFields on TaskStats {
    assigned
    doneOnTime
    doneLate
    inProgress
    overdue
    donePercent
  }
`);

/** Report 001's task figures: assigned, done on time / late, in progress, overdue. */
export function TaskFigures(props: { stats: FragmentType<typeof TaskStatsFieldsFragmentDoc> }) {
  const stats = useFragment(TaskStatsFieldsFragmentDoc, props.stats);
  if (stats.assigned === 0) return <EmptyState title="Chưa có nhiệm vụ nào được giao." />;
  return (
    <dl className="stats" data-testid="task-stats">
      <Stat label="Nhiệm vụ được giao" value={formatNumber(stats.assigned)} />
      <Stat
        tone="green"
        label="Hoàn thành đúng hạn"
        value={formatNumber(stats.doneOnTime)}
        detail={`Hoàn thành ${formatPercent(stats.donePercent)}`}
      />
      <Stat label="Hoàn thành quá hạn" value={formatNumber(stats.doneLate)} />
      <Stat tone="yellow" label="Đang thực hiện" value={formatNumber(stats.inProgress)} />
      <Stat tone="red" label="Quá hạn" value={formatNumber(stats.overdue)} />
    </dl>
  );
}
