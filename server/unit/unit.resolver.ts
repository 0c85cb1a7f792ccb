import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AssessmentFilter } from '../assessment/assessment.inputs';
import { AssessmentConnection } from '../assessment/assessment.types';
import { listAssessments } from '../assessment/assessment.service';
import { Commune } from '../commune/commune.entity';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { StatusArgs, toStatusQuery } from '../status/status.args';
import { UnitStatus } from '../status/status.types';
import { Unit } from './unit.entity';
import { UnitFilter } from './unit.inputs';
import { findUnit, listUnits } from './unit.service';

export const UnitConnection = Connection(Unit);
export type UnitConnection = InstanceType<typeof UnitConnection>;

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: 'Units, filtered and paged.' })
  async units(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => UnitFilter, {
      nullable: true,
      description: 'Which units; omitted: every unit the caller may read.',
    })
    filter?: UnitFilter,
  ): Promise<UnitConnection> {
    return new UnitConnection(await listUnits(em, access, filter, pageWindow(page)));
  }

  @Query(() => Unit, {
    description: 'One unit by id; NOT_FOUND when it does not exist or lies outside what the caller may read.',
  })
  unit(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the unit (Unit.id).' }) id: string,
  ): Promise<Unit> {
    return findUnit(em, access, id);
  }

  @FieldResolver(() => Province, {
    description: "The province the unit belongs to (for a commune-level unit, its commune's province).",
  })
  async province(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Province> {
    return loadPermitted(loaders.province, unit.province.id);
  }

  @FieldResolver(() => Commune, { nullable: true, description: 'Empty for a province-level unit.' })
  async commune(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Commune | undefined> {
    return unit.commune ? loadPermitted(loaders.commune, unit.commune.id) : undefined;
  }

  @FieldResolver(() => UnitStatus, {
    nullable: true,
    description: 'Status in a campaign; empty when the unit takes no part in it.',
  })
  status(@Root() unit: Unit, @Ctx() { loaders }: Context, @Args() args: StatusArgs): Promise<UnitStatus | undefined> {
    return loaders.unitStatus(toStatusQuery(args)).load(unit.id);
  }

  @FieldResolver(() => AssessmentConnection, { description: "The unit's current answers." })
  async assessments(
    @Root() unit: Unit,
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AssessmentFilter, {
      nullable: true,
      description:
        "Narrows the unit's answers further, e.g. to one campaign; unit, commune and province filters cannot widen it.",
    })
    filter?: AssessmentFilter,
  ): Promise<AssessmentConnection> {
    return new AssessmentConnection(
      await listAssessments(em, access, { ...filter, unitId: String(unit.id) }, pageWindow(page)),
    );
  }
}
