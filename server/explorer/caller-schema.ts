import { GraphQLObjectType, GraphQLSchema, isObjectType, type GraphQLFieldConfigMap } from 'graphql';
import type { Action, SubjectName } from '../auth/ability';
import type { Access } from '../auth/access';

/**
 * What a mutation needs of the caller before it can ever succeed: a CASL action on a subject
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
  answerCriterion: can('answer', 'Unit'),
  verifyAssessment: can('verify', 'Assessment'),
  createApiToken: can('create', 'ApiToken'),
  revokeApiToken: can('revoke', 'ApiToken'),
  updateCampaign: can('manage', 'Campaign'),
  setCriterionDueDate: can('manage', 'Criterion'),
  setSolution: can('manage', 'Solution'),
  deleteSolution: can('manage', 'Solution'),
  createTask: can('manage', 'Task'),
  updateTask: can('manage', 'Task'),
  createUser: can('manage', 'User'),
  grantRole: can('manage', 'RoleGrant'),
  revokeRole: can('manage', 'RoleGrant'),
};

function meets(requirement: Requirement | undefined, access: Access): boolean {
  if (requirement === undefined) return false;
  if (requirement === 'signed-out') return !access.viewer;
  if (requirement === 'person') return !!access.viewer && !access.viewer.readOnly;
  return access.can(requirement.action, requirement.subject);
}

/**
 * The schema as one caller may use it: every query (their answers are filtered by the same
 * rules), and only the mutations the caller's abilities could ever allow; input and payload
 * types that only hidden mutations use disappear with them.
 */
export function schemaForCaller(schema: GraphQLSchema, access: Access): GraphQLSchema {
  const config = schema.toConfig();
  const mutationType = schema.getMutationType();
  const allowed: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const [name, field] of Object.entries(mutationType?.toConfig().fields ?? {})) {
    if (meets(MUTATION_REQUIREMENTS[name], access)) allowed[name] = field;
  }
  const mutation = mutationType && Object.keys(allowed).length ? new GraphQLObjectType({ ...mutationType.toConfig(), fields: allowed }) : undefined;
  // Types are gathered from the roots again, so only what the remaining fields reach is kept;
  // implementations of interfaces are not reached through fields, so they are listed.
  const implementations = config.types.filter((type) => isObjectType(type) && type.getInterfaces().length > 0);
  return new GraphQLSchema({ ...config, mutation, types: implementations });
}
