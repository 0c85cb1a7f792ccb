import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { dateOrToday } from '../domain/dates';
import { parseId } from '../graphql/ids';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Unit } from '../unit/unit.entity';
import { Obstacle } from './obstacle.entity';
import { Recommendation } from './recommendation.entity';
import type { UnitReport } from './unit-report';
import { AddresseeFollowUps } from './follow-up.types';
import { UnitReportFilter, UpdateFollowUpInput } from './unit-report.inputs';
import { ageInDays, followUpsByAddressee, isOverdue, listUnitReports, updateFollowUp } from './unit-report.service';

/** Obstacles and recommendations are read alike; one resolver shape serves both (TypeGraphQL's generic resolver pattern). */
function unitReportResolver<T extends UnitReport>(
  entity: ClassType<T>,
  subject: 'Obstacle' | 'Recommendation',
  listName: string,
  description: string,
  names: { update: string; byAddressee: string; table: 'obstacle' | 'recommendation' },
) {
  const ReportConnection = Connection(entity);

  @Resolver(() => entity)
  class UnitReportResolver {
    @Query(() => ReportConnection, { name: listName, description })
    async list(
      @Ctx() { em, access }: Context,
      @Args() page: PageArgs,
      @Arg('filter', () => UnitReportFilter, {
        nullable: true,
        description: 'Which reports; omitted: every report the caller may read.',
      })
      filter?: UnitReportFilter,
    ) {
      return new ReportConnection(await listUnitReports(em, access, entity, subject, filter, pageWindow(page)));
    }

    @FieldResolver(() => Unit, { description: 'The unit (đơn vị) that reported it.' })
    async unit(@Root() report: T, @Ctx() { loaders }: Context): Promise<Unit> {
      return loadPermitted(loaders.unit, report.unit.id);
    }

    @FieldResolver(() => Int, { description: 'Age in days since it was reported, as of a date (today by default).' })
    age(
      @Root() report: T,
      @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Vietnam by default.' })
      asOf?: string,
    ): number {
      return ageInDays(report, dateOrToday(asOf));
    }

    @FieldResolver(() => Boolean, {
      description: 'Not resolved and past its due date, as of a date (today by default).',
    })
    overdue(
      @Root() report: T,
      @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Vietnam by default.' })
      asOf?: string,
    ): boolean {
      return isOverdue(report, dateOrToday(asOf));
    }

    @Mutation(() => entity, {
      name: names.update,
      description:
        "Records the addressee's answer, the follow-up status or the due date (the receiving level: the province overseer or inspection committee of the unit's province, the national overseer).",
    })
    updateFollowUp(
      @Ctx() { em, access }: Context,
      @Arg('input', () => UpdateFollowUpInput, { description: 'The follow-up.' }) input: UpdateFollowUpInput,
    ): Promise<T> {
      return updateFollowUp(em, access, entity, subject, input);
    }

    @Query(() => [AddresseeFollowUps], {
      name: names.byAddressee,
      description:
        'Follow-up per addressee (open, answered, resolved, overdue, oldest open age) of those written in the product, over what the caller reads.',
    })
    byAddressee(
      @Ctx() { em, access }: Context,
      @Arg('provinceId', () => ID, { nullable: true, description: 'Only units of this province.' }) provinceId?: string,
    ): Promise<AddresseeFollowUps[]> {
      return followUpsByAddressee(em, access, names.table, provinceId ? parseId(provinceId, 'provinceId') : undefined);
    }
  }
  return UnitReportResolver;
}

export const ObstacleResolver = unitReportResolver(
  Obstacle,
  'Obstacle',
  'obstacles',
  'Obstacles (vướng mắc) reported by units, filtered and paged.',
  { update: 'updateObstacleFollowUp', byAddressee: 'obstacleFollowUps', table: 'obstacle' },
);
export const RecommendationResolver = unitReportResolver(
  Recommendation,
  'Recommendation',
  'recommendations',
  'Recommendations (kiến nghị) made by units, filtered and paged.',
  { update: 'updateRecommendationFollowUp', byAddressee: 'recommendationFollowUps', table: 'recommendation' },
);
