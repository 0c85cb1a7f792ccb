import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Unit } from '../unit/unit.entity';
import { Obstacle } from './obstacle.entity';
import { Recommendation } from './recommendation.entity';
import type { UnitReport } from './unit-report';
import { UnitReportFilter } from './unit-report.inputs';
import { listUnitReports } from './unit-report.service';

/** Obstacles and recommendations are read alike; one resolver shape serves both (TypeGraphQL's generic resolver pattern). */
function unitReportResolver<T extends UnitReport>(
  entity: ClassType<T>,
  subject: 'Obstacle' | 'Recommendation',
  listName: string,
  description: string,
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
  }
  return UnitReportResolver;
}

export const ObstacleResolver = unitReportResolver(
  Obstacle,
  'Obstacle',
  'obstacles',
  'Obstacles (vướng mắc) reported by units, filtered and paged.',
);
export const RecommendationResolver = unitReportResolver(
  Recommendation,
  'Recommendation',
  'recommendations',
  'Recommendations (kiến nghị) made by units, filtered and paged.',
);
