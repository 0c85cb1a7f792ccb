import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { dateOrToday } from '../domain/dates';
import { TaskStatus } from '../domain/enums';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { Task } from './task.entity';
import { TaskFilter } from './task.inputs';
import { findTask, listTasks, taskStatus } from './task.service';

export const TaskConnection = Connection(Task);
export type TaskConnection = InstanceType<typeof TaskConnection>;

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Plan tasks, filtered and paged.' })
  async tasks(
    @Ctx() { em }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
  ): Promise<TaskConnection> {
    return new TaskConnection(await listTasks(em, filter, pageWindow(page)));
  }

  @Query(() => Task)
  task(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Task> {
    return findTask(em, id);
  }

  @FieldResolver(() => TaskStatus, { description: 'Status on a date (today by default).' })
  status(@Root() task: Task, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf?: string): TaskStatus {
    return taskStatus(task, dateOrToday(asOf));
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The owner, when it is a unit.' })
  async ownerUnit(@Root() task: Task, @Ctx() { loaders }: Context): Promise<Unit | undefined> {
    return task.ownerUnit ? loaders.unit.load(task.ownerUnit.id) : undefined;
  }

  @FieldResolver(() => Province, { nullable: true })
  async province(@Root() task: Task, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return task.province ? loaders.province.load(task.province.id) : undefined;
  }
}
