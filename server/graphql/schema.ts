import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AssessmentHistoryResolver, AssessmentResolver, EvidenceResolver } from '../assessment/assessment.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { ApiTokenResolver } from '../auth/api-token.resolver';
import {
  CampaignCapabilitiesResolver,
  CommuneCapabilitiesResolver,
  ProvinceCapabilitiesResolver,
  UnitCapabilitiesResolver,
  ViewerCapabilitiesResolver,
} from '../auth/capabilities.resolver';
import { ChangeFeedResolver } from '../change-feed/change-feed.resolver';
import { DailyReportResolver } from '../daily-report/daily-report.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { CampaignResolver } from '../campaign/campaign.resolver';
import { CommuneResolver } from '../commune/commune.resolver';
import { CriterionResolver } from '../criterion/criterion.resolver';
import { NotificationResolver } from '../notification/notification.resolver';
import { ReportRankingResolver } from '../obstacle/report-ranking.resolver';
import { ObstacleResolver, RecommendationResolver } from '../obstacle/unit-report.resolver';
import { ExportResolver } from '../export/export.resolver';
import { ProvinceResolver } from '../province/province.resolver';
import {
  ReportingRoundResolver,
  ReportScheduleResolver,
  ReportSubmissionResolver,
  ReportTemplateResolver,
} from '../report/report.resolver';
import {
  CriterionTableResolver,
  ProvinceRemediationResolver,
  UnitRemediationResolver,
} from '../remediation/remediation.resolver';
import { SolutionResolver } from '../solution/solution.resolver';
import { CoverageHeadlineResolver, ProvinceStatusResolver, StatusCountsResolver } from '../status/status.resolver';
import { ProvinceTaskStatsResolver, TaskStatsResolver, UnitTaskStatsResolver } from '../task/task-stats.resolver';
import { TaskProgressEntryResolver, TaskResolver } from '../task/task.resolver';
import { UnitResolver } from '../unit/unit.resolver';
import { AccountResolver, RoleGrantResolver, UserResolver } from '../user/user.resolver';

export const resolvers = [
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  AccountResolver,
  RoleGrantResolver,
  ProvinceResolver,
  CommuneResolver,
  UnitResolver,
  CampaignResolver,
  CriterionResolver,
  AssessmentResolver,
  AssessmentHistoryResolver,
  EvidenceResolver,
  SolutionResolver,
  TaskResolver,
  TaskProgressEntryResolver,
  TaskStatsResolver,
  UnitTaskStatsResolver,
  ProvinceTaskStatsResolver,
  ObstacleResolver,
  RecommendationResolver,
  ReportRankingResolver,
  UnitRemediationResolver,
  ProvinceRemediationResolver,
  CriterionTableResolver,
  ExportResolver,
  AuditResolver,
  ChangeFeedResolver,
  DailyReportResolver,
  StatusCountsResolver,
  CoverageHeadlineResolver,
  ProvinceStatusResolver,
  ViewerCapabilitiesResolver,
  UnitCapabilitiesResolver,
  ProvinceCapabilitiesResolver,
  CommuneCapabilitiesResolver,
  CampaignCapabilitiesResolver,
  ReportTemplateResolver,
  ReportScheduleResolver,
  ReportingRoundResolver,
  ReportSubmissionResolver,
  NotificationResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** TypeGraphQL has no option for the root types' descriptions; tool authors read them first. */
function describeRoots(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query) {
    query.description =
      'Reads (truy vấn). Every field needs a bearer token (header "Authorization: Bearer <token>"); answers hold only what the token may read: objects outside it answer NOT_FOUND, lists and counts leave them out.';
  }
  if (mutation) {
    mutation.description =
      'Changes (thao tác ghi), each in one transaction: a refused one answers an error code (FORBIDDEN, BAD_USER_INPUT, VERSION_CONFLICT, … see docs/api.md) and changes nothing. API tokens are read-only and may call none.';
  }
  return built;
}

/** The schema is the same for every server in the process; build it once. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  // No middleware or auth checker wraps plain fields (access is decided in services and loaders),
  // so they read the property directly, as graphql-js does, instead of through a per-field
  // wrapper: tables of thousands of rows resolve tens of thousands of such fields.
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  schema ??= buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  }).then(describeRoots);
  return schema;
}
