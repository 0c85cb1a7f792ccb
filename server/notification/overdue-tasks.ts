import type { EntityManager } from '@mikro-orm/postgresql';
import { Task } from '../task/task.entity';
import { NotificationKind } from './notification.enums';
import { dayOf, viDate } from './job-day';
import { notify } from './notification.service';
import { unitAccounts } from './recipients';

export const OVERDUE_TASKS = 'overdue-tasks';

/**
 * Tells the people who report on a unit's task (its officers and the commune leader, whoever
 * may report on and read it) that its deadline has passed and it is not done. Reads committed
 * data from the daily job; the key (task, deadline) makes it once per task and deadline, not
 * every day, however many runners run it; a deadline moved later and missed again tells again.
 * Overseers, who manage the plan, are not told task by task: the digest counts for them.
 * Recurring tasks without a deadline are left out: they are overdue until started, every day
 * of the plan, which the task list already shows.
 */
export async function sendOverdueTaskNotices(em: EntityManager, payload: unknown): Promise<number> {
  const today = dayOf(payload);
  const tasks = await em.find(
    Task,
    {
      ownerUnit: { $ne: null },
      deadline: { $lt: today },
      $or: [{ completedOn: null }, { completedOn: { $gt: today } }],
    },
    { populate: ['ownerUnit'], orderBy: { id: 'asc' } },
  );
  let created = 0;
  for (const task of tasks) {
    const unit = task.ownerUnit!;
    const rows = await em.transactional(async (tx) =>
      notify(
        tx,
        await unitAccounts(
          tx,
          unit,
          (access) =>
            access.can('report', 'Task', task) &&
            access.can('read', 'Task', task) &&
            !access.can('manage', 'Task', task),
        ),
        NotificationKind.TASK_OVERDUE,
        { type: 'Task', id: task.id, period: task.deadline! },
        {
          title: `Nhiệm vụ ${task.code} đã quá hạn`,
          body: `${unit.name}: nhiệm vụ "${task.title}" quá hạn ${viDate(task.deadline!)} mà chưa hoàn thành.`,
          link: '/nhiem-vu',
        },
      ),
    );
    created += rows.length;
  }
  return created;
}
