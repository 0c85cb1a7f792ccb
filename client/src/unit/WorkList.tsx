import type { ReactNode } from 'react';
import { useFragment, type FragmentType } from '../gql';
import { AssessmentFieldsFragmentDoc, CriterionFieldsFragmentDoc } from '../gql/graphql';
import { EmptyState } from '../ui/states';
import { CriterionCard, type AnswerCallbacks } from './CriterionCard';
import { workItems, type WorkItem } from './work-items';

function CriteriaList({
  items,
  open,
  ...props
}: { items: WorkItem[]; open: boolean; unitId: string; answering: boolean } & AnswerCallbacks) {
  return (
    <ol className="criteria">
      {items.map((item) => (
        <li key={item.criterion.id}>
          <CriterionCard item={item} formOpen={open} {...props} />
        </li>
      ))}
    </ol>
  );
}

const Heading = ({ children, count }: { children: ReactNode; count: number }) => (
  <h2>
    {children} <span className="count">{count}</span>
  </h2>
);

/** Unmet criteria first and open for answering; met ones folded away below. */
export function WorkList({
  criteria,
  assessments,
  today,
  countUnverified,
  ...props
}: {
  criteria: FragmentType<typeof CriterionFieldsFragmentDoc>[];
  assessments: FragmentType<typeof AssessmentFieldsFragmentDoc>[];
  today: string;
  countUnverified: boolean;
  unitId: string;
  answering: boolean;
} & AnswerCallbacks) {
  const { todo, done } = workItems(
    useFragment(CriterionFieldsFragmentDoc, criteria),
    useFragment(AssessmentFieldsFragmentDoc, assessments),
    today,
    countUnverified,
  );
  return (
    <>
      <section className="panel" aria-label="Tiêu chí chưa đạt" data-testid="todo">
        <Heading count={todo.length}>{props.answering ? 'Cần làm để phủ xanh' : 'Tiêu chí chưa đạt'}</Heading>
        {todo.length ? (
          <CriteriaList items={todo} open {...props} />
        ) : (
          <EmptyState title="Không còn tiêu chí nào chưa đạt trong đợt này." />
        )}
      </section>
      {done.length > 0 && (
        <section className="panel" aria-label="Tiêu chí đã đạt" data-testid="done">
          <details>
            <summary>
              <Heading count={done.length}>Tiêu chí đã đạt</Heading>
            </summary>
            <CriteriaList items={done} open={false} {...props} />
          </details>
        </section>
      )}
    </>
  );
}
