import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate } from '../database/paginate';
import { TaskStatus } from '../domain/enums';
import type { PageWindow } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import type { TaskFilter } from './task.inputs';
import { Task } from './task.entity';

/** A task's status on a date: done on time or late, or still open and overdue once its deadline has passed. */
export function taskStatus(task: Pick<Task, 'deadline' | 'completedOn'>, asOf: string): TaskStatus {
  if (task.completedOn && task.completedOn <= asOf) {
    return !task.deadline || task.completedOn <= task.deadline ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
  }
  return task.deadline && task.deadline < asOf ? TaskStatus.OVERDUE : TaskStatus.IN_PROGRESS;
}

export function listTasks(em: EntityManager, filter: TaskFilter = {}, window: PageWindow) {
  const where = (): FilterQuery<Task> => ({
    ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
    ...(filter.ownerUnitId ? { ownerUnit: parseId(filter.ownerUnitId, 'ownerUnitId') } : {}),
    ...(filter.national ? { province: null } : {}),
  });
  return paginate(em, Task, where, window);
}

export async function findTask(em: EntityManager, id: string): Promise<Task> {
  const task = await em.findOne(Task, parseId(id));
  if (!task) throw notFound('nhiệm vụ', id);
  return task;
}
