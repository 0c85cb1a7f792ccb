import { useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { BarList } from '../ui/BarList';
import { formatDate, formatNumber } from '../ui/format';
import { EmptyState, Loaded } from '../ui/states';

const overdueTasksQuery = graphql(`
  query OverdueTasks {
    overdueTasksByOwner {
      owner
      tasks {
        id
        code
        title
        deadline
        province {
          id
          name
        }
      }
    }
  }
`);

/** Phụ lục 2: overdue tasks by owner, the owners with most first. */
export function OverdueTasks() {
  const id = useId();
  const [result] = useQuery({ query: overdueTasksQuery });
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Nhiệm vụ quá hạn theo cơ quan, đơn vị</h2>
      <Loaded result={result} loading="Đang tìm nhiệm vụ quá hạn…">
        {({ overdueTasksByOwner: owners }) => {
          if (owners.length === 0) return <EmptyState title="Không có nhiệm vụ nào quá hạn." />;
          const ranked = [...owners].sort((a, b) => b.tasks.length - a.tasks.length);
          return (
            <>
              <BarList
                label="Số nhiệm vụ quá hạn theo cơ quan, đơn vị"
                max={ranked[0].tasks.length}
                bars={ranked.map((owner) => ({
                  key: owner.owner,
                  label: owner.owner,
                  value: owner.tasks.length,
                  figure: `${formatNumber(owner.tasks.length)} nhiệm vụ`,
                  tone: 'red',
                }))}
              />
              {ranked.map((owner) => (
                <details key={owner.owner} className="overdue">
                  <summary>
                    {owner.owner} — {formatNumber(owner.tasks.length)} nhiệm vụ quá hạn
                  </summary>
                  <ul className="plain-list">
                    {owner.tasks.map((task) => (
                      <li key={task.id}>
                        <strong>{task.code}</strong> {task.title}
                        {task.deadline && <span className="due due--late"> Hạn {formatDate(task.deadline)}</span>}
                        {task.province && <span className="muted"> · {task.province.name}</span>}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
