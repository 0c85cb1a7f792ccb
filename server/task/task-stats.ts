import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Access } from '../auth/access';
import { TaskStatus } from '../domain/enums';
import { percent } from '../domain/percent';
import { Task } from './task.entity';
import { taskStatus } from './task.service';

@ObjectType({
  description:
    'Task figures as of a date, as the reports give them (assigned, done on time / late, in progress, overdue).',
})
export class TaskStats {
  @Field(() => Int, { description: 'Tasks counted: those the caller may read, in the scope asked for.' })
  assigned!: number;

  @Field(() => Int, { description: 'Completed by the date, on or before their deadline (or without one).' })
  doneOnTime!: number;

  @Field(() => Int, { description: 'Completed by the date, after their deadline.' })
  doneLate!: number;

  @Field(() => Int, {
    description:
      'Not completed by the date and not overdue: deadline not passed (the deadline day itself included), a recurring task its owner has started, or an open-ended task.',
  })
  inProgress!: number;

  @Field(() => Int, {
    description:
      'Not completed by the date and overdue: deadline passed, or a recurring task (no deadline) not yet started by its owner — the rule "recurring task not under way" that gives report 003\'s 7 overdue national tasks.',
  })
  overdue!: number;

  @Field(() => Float, { description: 'Done (on time or late) / assigned, in percent, 2 decimals.' })
  donePercent!: number;
}

@ObjectType({ description: "Overdue tasks of one owner (a unit's name or a named agency)." })
export class OverdueByOwner {
  @Field({ description: 'The owner: a unit\'s name, the named agency, or "—" when the task names none.' })
  owner!: string;

  @Field(() => [Task], { description: 'Its tasks overdue on the date.' })
  tasks!: Task[];
}

/** The tasks the viewer reads among those asked for, with their owner units. */
export async function readableTasks(em: EntityManager, access: Access, where: FilterQuery<Task>): Promise<Task[]> {
  const permitted = access.readable<Task>('Task', where);
  return permitted === null ? [] : em.find(Task, permitted, { orderBy: { id: 'asc' }, populate: ['ownerUnit'] });
}

export function countTasks(tasks: Task[], asOf: string): TaskStats {
  const statuses = tasks.map((t) => taskStatus(t, asOf));
  const count = (status: TaskStatus) => statuses.filter((s) => s === status).length;
  const done = count(TaskStatus.DONE_ON_TIME) + count(TaskStatus.DONE_LATE);
  return {
    assigned: tasks.length,
    doneOnTime: count(TaskStatus.DONE_ON_TIME),
    doneLate: count(TaskStatus.DONE_LATE),
    inProgress: count(TaskStatus.IN_PROGRESS),
    overdue: count(TaskStatus.OVERDUE),
    donePercent: percent(done, tasks.length),
  };
}

export async function unitTaskStats(
  em: EntityManager,
  access: Access,
  unitId: number,
  asOf: string,
): Promise<TaskStats> {
  return countTasks(await readableTasks(em, access, { ownerUnit: unitId }), asOf);
}

/** A province's tasks: its own and those of its units. */
export async function provinceTaskStats(
  em: EntityManager,
  access: Access,
  provinceId: number,
  asOf: string,
): Promise<TaskStats> {
  return countTasks(
    await readableTasks(em, access, { $or: [{ province: provinceId }, { ownerUnit: { province: provinceId } }] }),
    asOf,
  );
}

/** Overdue tasks grouped by owner, most overdue tasks first (report 003, Phụ lục 2). */
export async function overdueByOwner(em: EntityManager, access: Access, asOf: string): Promise<OverdueByOwner[]> {
  const overdue = (await readableTasks(em, access, {})).filter((t) => taskStatus(t, asOf) === TaskStatus.OVERDUE);
  const byOwner = new Map<string, Task[]>();
  for (const task of overdue) {
    const owner = task.ownerUnit?.name ?? task.ownerName ?? '—';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), task]);
  }
  return [...byOwner]
    .map(([owner, tasks]) => ({ owner, tasks }))
    .sort((a, b) => b.tasks.length - a.tasks.length || a.owner.localeCompare(b.owner, 'vi'));
}
