import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { dateOrToday } from '../domain/dates';
import { TaskStatus } from '../domain/enums';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { readsAnswerDetails } from '../auth/capabilities';
import { Task, TaskProgressEntry } from './task.entity';
import { CreateTaskInput, ReportTaskProgressInput, TaskFilter, UpdateTaskInput } from './task.inputs';
import { progressHistory, reportTaskProgress } from './task-progress.service';
import { createTask, findTask, listTasks, taskStatus, updateTask } from './task.service';

export const TaskConnection = Connection(Task);
export type TaskConnection = InstanceType<typeof TaskConnection>;

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Plan tasks, filtered and paged.' })
  async tasks(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => TaskFilter, {
      nullable: true,
      description: 'Which tasks; omitted: every task the caller may read.',
    })
    filter?: TaskFilter,
  ): Promise<TaskConnection> {
    return new TaskConnection(await listTasks(em, access, filter, pageWindow(page)));
  }

  @Query(() => Task, {
    description: 'One task by id; NOT_FOUND when it does not exist or lies outside what the caller may read.',
  })
  task(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the task (Task.id).' }) id: string,
  ): Promise<Task> {
    return findTask(em, access, id);
  }

  @Mutation(() => Task, {
    description: 'Assigns a plan task (overseers, within their province; the national overseer nation-wide).',
  })
  createTask(
    @Ctx() { em, access }: Context,
    @Arg('input', {
      description: 'The task: title, owner (a unit or a named agency), province and deadline or recurrence.',
    })
    input: CreateTaskInput,
  ): Promise<Task> {
    return createTask(em, access, input);
  }

  @Mutation(() => Task, {
    description:
      "The owner's report on its task: progress, result, evidence, start and completion dates (the owner unit's officers, the commune leader for the commune's units, overseers of the task). Each change is kept in progressHistory and audited.",
  })
  reportTaskProgress(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the task.' }) id: string,
    @Arg('input', { description: 'The fields reported; omitted fields stay, null clears.' })
    input: ReportTaskProgressInput,
  ): Promise<Task> {
    return reportTaskProgress(em, access, id, input);
  }

  @Mutation(() => Task, {
    description: "Changes a task's title, deadline or progress dates (overseers, within their province).",
  })
  updateTask(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the task.' }) id: string,
    @Arg('input', { description: 'The fields to change; omitted fields stay, null clears a date.' })
    input: UpdateTaskInput,
  ): Promise<Task> {
    return updateTask(em, access, id, input);
  }

  @FieldResolver(() => TaskStatus, {
    description:
      'Status on a date (today by default): done on time or late; overdue once the deadline has passed, or, for a recurring task without a deadline, until its owner reports it started ("recurring task not under way", as report 003 counts); otherwise in progress.',
  })
  status(
    @Root() task: Task,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The date (YYYY-MM-DD) to compute the status on; omitted: today in Vietnam.',
    })
    asOf?: string,
  ): TaskStatus {
    return taskStatus(task, dateOrToday(asOf));
  }

  @FieldResolver(() => [TaskProgressEntry], { description: "The owner's progress reports, oldest first." })
  progressHistory(@Root() task: Task, @Ctx() { em }: Context): Promise<TaskProgressEntry[]> {
    return progressHistory(em, task);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may report on this task (reportTaskProgress).',
  })
  async viewerCanReport(@Root() task: Task, @Ctx() { access, loaders }: Context): Promise<boolean> {
    // The owner unit through the request's loader: one query for a whole list of tasks.
    const ownerUnit = task.ownerUnit ? await loaders.unit.load(task.ownerUnit.id) : undefined;
    return access.can('report', 'Task', { province: task.province, ownerUnit });
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The owner, when it is a unit.' })
  async ownerUnit(@Root() task: Task, @Ctx() { loaders }: Context): Promise<Unit | undefined> {
    return task.ownerUnit ? loadPermitted(loaders.unit, task.ownerUnit.id) : undefined;
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province the task belongs to; empty for a national task.',
  })
  async province(@Root() task: Task, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return task.province ? loadPermitted(loaders.province, task.province.id) : undefined;
  }
}

@Resolver(() => TaskProgressEntry)
export class TaskProgressEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Username of who reported; like who answered a criterion, only for readers within the owner unit's province (for a task no unit owns: those who manage it).",
  })
  async changedByName(@Root() entry: TaskProgressEntry, @Ctx() { em, access }: Context): Promise<string | null> {
    const task = await em.findOneOrFail(Task, entry.task.id, { populate: ['ownerUnit'] });
    const sees = task.ownerUnit ? readsAnswerDetails(access, task.ownerUnit) : access.can('manage', 'Task', task);
    return sees ? entry.changedByName : null;
  }
}
