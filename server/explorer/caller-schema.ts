import { GraphQLObjectType, GraphQLSchema, isObjectType, type GraphQLFieldConfigMap } from 'graphql';
import type { Action, SubjectName } from '../auth/ability';
import type { Access } from '../auth/access';

/**
 * What a root field needs of the caller before it can ever serve it: a CASL action on a subject
 * (asked of `ability.ts` without an object, so "anywhere in the caller's reach"), no token at
 * all (signing in), or a signed-in person rather than a read-only API token.
 */
export type Requirement = { action: Action; subject: SubjectName } | 'signed-out' | 'person';

const can = (action: Action, subject: SubjectName): Requirement => ({ action, subject });

/**
 * The check each mutation's service makes first, by mutation name. A mutation missing here is
 * offered to nobody in the explorer, and `tests/unit/caller-schema.test.ts` names it.
 */
export const MUTATION_REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  login: 'signed-out',
  logout: 'person',
  changePassword: 'person',
  answerCriterion: can('answer', 'Unit'),
  verifyAssessment: can('verify', 'Assessment'),
  verifyAssessments: can('verify', 'Assessment'),
  createApiToken: can('create', 'ApiToken'),
  revokeApiToken: can('revoke', 'ApiToken'),
  updateCampaign: can('manage', 'Campaign'),
  createCampaign: can('manage', 'Campaign'),
  publishCampaign: can('manage', 'Campaign'),
  copyCampaign: can('manage', 'Campaign'),
  addCriterion: can('manage', 'Criterion'),
  updateCriterion: can('manage', 'Criterion'),
  removeCriterion: can('manage', 'Criterion'),
  reorderCriteria: can('manage', 'Criterion'),
  setCriterionDueDate: can('manage', 'Criterion'),
  setSolution: can('manage', 'Solution'),
  deleteSolution: can('manage', 'Solution'),
  createTask: can('create', 'Task'),
  updateTask: can('manage', 'Task'),
  reportTaskProgress: can('report', 'Task'),
  createUser: can('manage', 'User'),
  setAccountDisabled: can('manage', 'User'),
  resetPassword: can('manage', 'User'),
  grantRole: can('manage', 'RoleGrant'),
  revokeRole: can('manage', 'RoleGrant'),
  createReportTemplate: can('manage', 'ReportTemplate'),
  updateReportTemplate: can('manage', 'ReportTemplate'),
  createReportSchedule: can('manage', 'ReportSchedule'),
  saveReportDraft: can('write', 'ReportSubmission'),
  submitReport: can('submit', 'ReportSubmission'),
  reviewReport: can('review', 'ReportSubmission'),
  reopenReport: can('review', 'ReportSubmission'),
  updateRecommendationFollowUp: can('follow', 'Recommendation'),
  updateObstacleFollowUp: can('follow', 'Obstacle'),
  markNotificationsRead: can('write', 'Notification'),
  setNotificationPreferences: 'person',
};

/**
 * Queries that serve only some roles (to the others they answer an empty list); every other
 * query serves any signed-in caller, its answers filtered by the same rules.
 */
export const QUERY_REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  apiTokens: can('read', 'ApiToken'),
  auditEntries: can('read', 'AuditEntry'),
  verificationQueue: can('verify', 'Assessment'),
  verificationQueueCounts: can('verify', 'Assessment'),
  verificationSample: can('verify', 'Assessment'),
  editableCampaigns: can('manage', 'Campaign'),
};

function meets(requirement: Requirement, access: Access): boolean {
  if (requirement === 'signed-out') return !access.viewer;
  if (requirement === 'person') return !!access.viewer && !access.viewer.readOnly;
  return access.can(requirement.action, requirement.subject);
}

/** The root type with only the fields the caller is offered; undefined when none is left. */
function rootFor(type: GraphQLObjectType, offered: (field: string) => boolean): GraphQLObjectType | undefined {
  const config = type.toConfig();
  const allowed: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    if (offered(name)) allowed[name] = field;
  }
  return Object.keys(allowed).length ? new GraphQLObjectType({ ...config, fields: allowed }) : undefined;
}

/**
 * The schema as one caller may use it: the queries that can serve it (their answers are
 * filtered by the same rules), and only the mutations its abilities could ever allow; types
 * that only hidden fields use disappear with them.
 */
export function schemaForCaller(schema: GraphQLSchema, access: Access): GraphQLSchema {
  const config = schema.toConfig();
  const mutationType = schema.getMutationType();
  const mutation =
    mutationType &&
    rootFor(mutationType, (name) => name in MUTATION_REQUIREMENTS && meets(MUTATION_REQUIREMENTS[name], access));
  const queryType = schema.getQueryType()!;
  const query =
    rootFor(queryType, (name) => !(name in QUERY_REQUIREMENTS) || meets(QUERY_REQUIREMENTS[name], access)) ?? queryType;
  // Types are gathered from the roots again, so only what the remaining fields reach is kept;
  // implementations of interfaces are not reached through fields, so they are listed.
  const implementations = config.types.filter((type) => isObjectType(type) && type.getInterfaces().length > 0);
  return new GraphQLSchema({ ...config, query, mutation, types: implementations });
}
