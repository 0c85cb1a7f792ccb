import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, useFragment, type FragmentType } from '../gql';
import { TaskRowFragmentDoc, type TaskAssigner, type TaskRowFragment, type TaskStatus } from '../gql/graphql';
import { useViewer } from '../viewer/ViewerProvider';
import { DateField } from '../ui/DateField';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { formatDate, formatDateTime } from '../ui/format';
import { NumberField } from '../ui/NumberField';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, Loaded } from '../ui/states';
import { AssignTaskForm, TASK_LIST_CONTEXT } from './AssignTaskForm';

graphql(`
  fragment TaskRow on Task {
    id
    code
    title
    deadline
    recurrence
    status
    assignedBy
    progressPercent
    result
    evidence
    startedOn
    completedOn
    ownerName
    viewerCanReport
    ownerUnit {
      id
      name
    }
    progressHistory {
      id
      changedAt
      changedByName
      progressPercent
      result
    }
  }
`);

const tasksPageQuery = graphql(`
  query TasksPage($assignedBy: TaskAssigner, $assigns: Boolean!, $reports: Boolean!) {
    mine: tasks(first: 100, filter: { reportable: true }) @include(if: $reports) {
      nodes {
        ...TaskRow
      }
    }
    assigned: tasks(first: 200, filter: { assignedBy: $assignedBy }) @include(if: $assigns) {
      nodes {
        ...TaskRow
      }
    }
  }
`);

const reportTaskProgressMutation = graphql(`
  mutation ReportTaskProgress($id: ID!, $input: ReportTaskProgressInput!) {
    reportTaskProgress(id: $id, input: $input) {
      ...TaskRow
    }
  }
`);

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  DONE_ON_TIME: 'Hoàn thành đúng hạn',
  DONE_LATE: 'Hoàn thành quá hạn',
  IN_PROGRESS: 'Đang thực hiện',
  OVERDUE: 'Quá hạn, chưa hoàn thành',
};

/** Which tasks an account assigns, by its role: the centre, a province, or a commune's chair. */
function assignerOf(roles: string[]): TaskAssigner | null {
  if (roles.includes('NATIONAL_OVERSEER')) return 'CENTRAL';
  if (roles.includes('PROVINCE_OVERSEER')) return 'PROVINCE';
  if (roles.includes('COMMUNE_LEADER')) return 'COMMUNE_CHAIR';
  return null;
}

function deadlineText(task: TaskRowFragment): string {
  if (task.deadline) return `Hạn ${formatDate(task.deadline)}`;
  return task.recurrence ?? 'Không có hạn';
}

function StatusTag({ status }: { status: TaskStatus }) {
  return <span className={`task-status task-status--${status.toLowerCase()}`}>{TASK_STATUS_LABEL[status]}</span>;
}

/** The owner's report on one task: progress, result, evidence and dates, saved as one change. */
function ProgressForm({ task }: { task: TaskRowFragment }) {
  const id = useId();
  const [percent, setPercent] = useState<number | null>(task.progressPercent ?? null);
  const [result, setResult] = useState(task.result ?? '');
  const [evidence, setEvidence] = useState(task.evidence ?? '');
  const [startedOn, setStartedOn] = useState(task.startedOn ?? '');
  const [completedOn, setCompletedOn] = useState(task.completedOn ?? '');
  const [saved, setSaved] = useState(false);
  const [state, report] = useMutation(reportTaskProgressMutation);
  const problem = state.error ? describeError(state.error) : null;
  const submit = async () => {
    setSaved(false);
    const outcome = await report({
      id: task.id,
      input: {
        progressPercent: completedOn ? 100 : percent,
        result: result || null,
        evidence: evidence || null,
        startedOn: startedOn || null,
        completedOn: completedOn || null,
      },
    });
    if (!outcome.error) setSaved(true);
  };
  return (
    <Form onSubmit={submit} problem={problem} className="task-form" aria-label={`Cập nhật nhiệm vụ ${task.code}`}>
      <div className="field">
        <label htmlFor={`${id}-percent`}>Tiến độ (%)</label>
        <NumberField id={`${id}-percent`} value={percent} onChange={setPercent} min={0} max={100} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-result`}>Kết quả thực hiện</label>
        <textarea
          id={`${id}-result`}
          value={result}
          maxLength={4000}
          rows={3}
          onChange={(e) => setResult(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-evidence`}>Minh chứng (số văn bản, ghi chú hoặc đường link)</label>
        <input id={`${id}-evidence`} value={evidence} maxLength={2000} onChange={(e) => setEvidence(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-started`}>Ngày bắt đầu</label>
        <DateField id={`${id}-started`} value={startedOn} onChange={setStartedOn} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-completed`}>Ngày hoàn thành</label>
        <DateField id={`${id}-completed`} value={completedOn} onChange={setCompletedOn} />
      </div>
      <button type="submit" className="button" disabled={state.fetching}>
        {state.fetching ? 'Đang lưu…' : 'Lưu cập nhật'}
      </button>
      {saved && <p role="status">Đã lưu cập nhật nhiệm vụ.</p>}
    </Form>
  );
}

/** One task; `owner`: the list is the caller's to report on (the form shows where the server allows it). */
function TaskItem({ task, owner }: { task: TaskRowFragment; owner: boolean }) {
  return (
    <li className={`task${task.status === 'OVERDUE' ? ' task--overdue' : ''}`}>
      <div className="task__head">
        <strong>{task.code}</strong> {task.title}
      </div>
      <div className="task__meta">
        <StatusTag status={task.status} /> · {deadlineText(task)}
        {task.progressPercent !== null && task.progressPercent !== undefined && <> · {task.progressPercent} %</>}
        <> · {task.ownerUnit?.name ?? task.ownerName ?? '—'}</>
        {task.completedOn && <> · hoàn thành {formatDate(task.completedOn)}</>}
      </div>
      {task.result && <p className="task__result">{task.result}</p>}
      {owner && task.viewerCanReport && (
        <details>
          <summary>Cập nhật tiến độ, kết quả</summary>
          <ProgressForm task={task} />
        </details>
      )}
      {task.progressHistory.length > 0 && (
        <details>
          <summary>Lịch sử cập nhật ({task.progressHistory.length})</summary>
          <ul className="plain-list">
            {task.progressHistory.map((entry) => (
              <li key={entry.id}>
                {formatDateTime(entry.changedAt)}
                {entry.changedByName && <> · {entry.changedByName}</>}
                {entry.progressPercent !== null && entry.progressPercent !== undefined && (
                  <> · {entry.progressPercent} %</>
                )}
                {entry.result && <> · {entry.result}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function TaskList(props: { title: string; tasks: FragmentType<typeof TaskRowFragmentDoc>[]; owner: boolean }) {
  const { title, owner } = props;
  const tasks = useFragment(TaskRowFragmentDoc, props.tasks);
  const id = useId();
  // Overdue work first, so it stands out before the rest.
  const sorted = [...tasks].sort((a, b) => Number(b.status === 'OVERDUE') - Number(a.status === 'OVERDUE'));
  const overdue = tasks.filter((t) => t.status === 'OVERDUE').length;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({tasks.length}
        {overdue > 0 && <span className="due due--late">, {overdue} quá hạn</span>})
      </h2>
      {tasks.length === 0 ? (
        <EmptyState title="Chưa có nhiệm vụ nào." />
      ) : (
        <ul className="plain-list tasks">
          {sorted.map((task) => (
            <TaskItem key={task.id} task={task} owner={owner} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The task screen: the caller's own units' tasks to report on, and the tasks its level assigned. */
export function TasksPage() {
  const viewer = useViewer();
  const assignedBy = assignerOf(viewer.grants.map((g) => g.role));
  const chairOf = viewer.grants.find((g) => g.role === 'COMMUNE_LEADER')?.commune?.id;
  // Overseers record progress on the tasks they assigned (for agencies without accounts) from that list.
  const overseer = assignedBy === 'CENTRAL' || assignedBy === 'PROVINCE';
  const [result] = useQuery({
    query: tasksPageQuery,
    variables: { assignedBy, assigns: assignedBy !== null, reports: !overseer },
    context: TASK_LIST_CONTEXT,
  });
  return (
    <>
      <PageHeader title="Nhiệm vụ" />
      {chairOf && <AssignTaskForm communeId={chairOf} />}
      <Loaded result={result} loading="Đang tải nhiệm vụ…">
        {({ mine, assigned }) => (
          <>
            {mine && <TaskList title="Nhiệm vụ của đơn vị tôi" tasks={mine.nodes} owner />}
            {assigned && <TaskList title="Nhiệm vụ đã giao" tasks={assigned.nodes} owner={overseer} />}
          </>
        )}
      </Loaded>
    </>
  );
}
