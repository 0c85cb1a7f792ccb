import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { dateOrToday } from '../domain/dates';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { OverdueByOwner, overdueByOwner, provinceTaskStats, TaskStats, unitTaskStats } from './task-stats';

const AS_OF = { nullable: true, description: 'Date the figures are for; today (Vietnam time) by default.' };

@Resolver()
export class TaskStatsResolver {
  @Query(() => [OverdueByOwner], { description: 'Overdue tasks by owner, as far as the caller may read tasks.' })
  overdueTasksByOwner(
    @Ctx() { em, access }: Context,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf?: string,
  ): Promise<OverdueByOwner[]> {
    return overdueByOwner(em, access, dateOrToday(asOf));
  }
}

@Resolver(() => Unit)
export class UnitTaskStatsResolver {
  @FieldResolver(() => TaskStats, { description: 'Figures of the tasks the unit owns.' })
  taskStats(
    @Root() unit: Unit,
    @Ctx() { em, access }: Context,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf?: string,
  ): Promise<TaskStats> {
    return unitTaskStats(em, access, unit.id, dateOrToday(asOf));
  }
}

@Resolver(() => Province)
export class ProvinceTaskStatsResolver {
  @FieldResolver(() => TaskStats, { description: "Figures of the province's tasks and its units' tasks." })
  taskStats(
    @Root() province: Province,
    @Ctx() { em, access }: Context,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf?: string,
  ): Promise<TaskStats> {
    return provinceTaskStats(em, access, province.id, dateOrToday(asOf));
  }
}
