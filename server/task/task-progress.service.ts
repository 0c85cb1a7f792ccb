import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { recordChange } from '../audit/audit.service';
import { todayInVietnam } from '../domain/dates';
import { badInput } from '../graphql/errors';
import { Task, TaskProgressEntry } from './task.entity';
import type { ReportTaskProgressInput } from './task.inputs';
import { findTask } from './task.service';

const LIMITS = { result: 4000, evidence: 2000 };
const LABELS = { result: 'Kết quả thực hiện', evidence: 'Minh chứng' };

/** What an owner reports on; the history keeps it before and after each report. */
type Progress = Pick<Task, 'progressPercent' | 'result' | 'evidence' | 'startedOn' | 'completedOn'>;
const FIELDS = ['progressPercent', 'result', 'evidence', 'startedOn', 'completedOn'] as const;

function text(field: 'result' | 'evidence', value: string | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > LIMITS[field]) {
    throw badInput(`${LABELS[field]} tối đa ${LIMITS[field].toLocaleString('vi-VN')} ký tự.`, field);
  }
  return trimmed;
}

/**
 * The progress after a report, checked as a whole: a completed task is at 100 %, 100 % needs a
 * completion date, neither date lies ahead of today, and work does not end before it starts.
 * Progress or a completion date without a start date starts the task that day.
 */
function nextProgress(current: Progress, input: ReportTaskProgressInput, today: string): Progress {
  const next = Object.fromEntries(FIELDS.map((f) => [f, current[f]])) as Progress;
  if (input.progressPercent !== undefined) {
    const percent = input.progressPercent;
    if (percent !== null && (percent < 0 || percent > 100)) {
      throw badInput('Tiến độ cần từ 0 đến 100 %.', 'progressPercent');
    }
    next.progressPercent = percent ?? undefined;
  }
  if (input.result !== undefined) next.result = text('result', input.result);
  if (input.evidence !== undefined) next.evidence = text('evidence', input.evidence);
  for (const field of ['startedOn', 'completedOn'] as const) {
    const day = input[field];
    if (day === undefined) continue;
    if (day && day > today) throw badInput('Ngày không được sau hôm nay.', field);
    next[field] = day ?? undefined;
  }
  if (next.completedOn) next.progressPercent = 100;
  else if (next.progressPercent === 100) {
    throw badInput('Nhiệm vụ đạt 100 % cần ngày hoàn thành.', 'completedOn');
  }
  if (!next.startedOn && (next.completedOn || (next.progressPercent ?? 0) > 0)) {
    next.startedOn = next.completedOn ?? today;
  }
  if (next.startedOn && next.completedOn && next.completedOn < next.startedOn) {
    throw badInput('Ngày hoàn thành không được trước ngày bắt đầu.', 'completedOn');
  }
  return next;
}

/**
 * The owner's report on its task: the owner unit's officers, the commune leader for the
 * commune's units, or an overseer who manages the task. Each report that changes something is
 * kept as a history row and an audit entry; one that changes nothing writes nothing.
 */
export async function reportTaskProgress(
  em: EntityManager,
  access: Access,
  id: string,
  input: ReportTaskProgressInput,
): Promise<Task> {
  const task = await findTask(em, access, id);
  await em.populate(task, ['ownerUnit']);
  access.assert('report', 'Task', task);
  const next = nextProgress(task, input, todayInVietnam());
  const changes = Object.fromEntries(
    FIELDS.filter((f) => (task[f] ?? null) !== (next[f] ?? null)).map((f) => [
      f,
      { from: task[f] ?? null, to: next[f] ?? null },
    ]),
  );
  if (!Object.keys(changes).length) return task;
  Object.assign(task, next);
  const viewer = access.viewer!;
  em.create(TaskProgressEntry, {
    task,
    changedBy: viewer.user,
    changedByName: viewer.username,
    changes,
    ...next,
  });
  await recordChange(em, viewer, {
    action: 'REPORT_PROGRESS',
    objectType: 'Task',
    object: task,
    province: task.province,
    changes,
  });
  return task;
}

/** A task's progress reports, oldest first. */
export function progressHistory(em: EntityManager, task: Task): Promise<TaskProgressEntry[]> {
  return em.find(TaskProgressEntry, { task: task.id }, { orderBy: { id: 'asc' } });
}
