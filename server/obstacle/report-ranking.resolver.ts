import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, registerEnumType, Resolver, Root } from 'type-graphql';
import { Bloc } from '../domain/enums';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { Province } from '../province/province.entity';
import { RankedReport, rankReports } from './report-ranking';

export enum ReportKind {
  OBSTACLE = 'obstacle',
  RECOMMENDATION = 'recommendation',
}

export enum RankBy {
  TEXT = 'text',
  CATEGORY = 'category',
}

registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'Obstacles (vướng mắc) or recommendations (kiến nghị).',
  valuesConfig: {
    OBSTACLE: { description: 'Obstacles (vướng mắc) a unit reported.' },
    RECOMMENDATION: { description: 'Recommendations (kiến nghị) a unit made.' },
  },
});
registerEnumType(RankBy, {
  name: 'RankBy',
  description: 'Rank by the exact reported text, or by category.',
  valuesConfig: {
    TEXT: { description: 'Group reports with the same text.' },
    CATEGORY: { description: 'Group reports by their category (nhóm).' },
  },
});

@Resolver(() => Province)
export class ReportRankingResolver {
  @FieldResolver(() => [RankedReport], {
    description: 'The most reported obstacles or recommendations in the province, of one bloc or of all.',
  })
  reportRanking(
    @Root() province: Province,
    @Ctx() { em, access }: Context,
    @Arg('kind', () => ReportKind, { description: 'Rank obstacles (vướng mắc) or recommendations (kiến nghị).' })
    kind: ReportKind,
    @Arg('bloc', () => Bloc, {
      nullable: true,
      description:
        "The bloc (khối) whose communes' reports are ranked; all blocs together when empty (Phụ lục 6), a commune counting once.",
    })
    bloc: Bloc | undefined,
    @Arg('reportedOn', () => LocalDateResolver, {
      nullable: true,
      description:
        "Only what was reported on this day (Phụ lục 6: the day's main obstacles); the whole campaign when empty.",
    })
    reportedOn: string | undefined,
    @Arg('by', () => RankBy, {
      defaultValue: RankBy.TEXT,
      description: 'TEXT: identical wording counts together; CATEGORY: reports of one category count together.',
    })
    by: RankBy,
    @Arg('limit', () => Int, { defaultValue: 3, description: '1–50.' }) limit: number,
  ): Promise<RankedReport[]> {
    if (limit < 1 || limit > 50) throw badInput('limit phải từ 1 đến 50.', 'limit');
    return rankReports(em, access, kind, {
      provinceId: province.id,
      bloc: bloc ?? undefined,
      reportedOn: reportedOn ?? undefined,
      by,
      limit,
    });
  }
}
