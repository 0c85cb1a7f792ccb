import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { BoundedMap } from '../auth/bounded-map';
import { todayInVietnam } from '../domain/dates';
import type { Context } from '../graphql/context';
import { rootFields } from '../graphql/require-viewer';
import { responseCacheLookups } from '../observability/metrics';
import type { DataVersions } from './data-versions';

/** The heavy views: the heat map, the criterion tables, the province dashboard, the daily report. */
const HEAVY_ROOT_FIELDS = new Set([
  'provinces',
  'province',
  'criteria',
  'criterionTable',
  'dailyReport',
  'coverageHeadline',
]);

/**
 * The types whose every field is read from the tables that bump the data versions (see
 * migration 20261203110000) or from the caller's rules: a query reaching any other type
 * (e.g. UserSummary, the names of who answered) is never kept, since a change to it would go
 * unheard.
 */
const COVERED_TYPES = new Set([
  'Query',
  'CoverageHeadline',
  'Province',
  'Commune',
  'CommuneConnection',
  'CommuneEdge',
  'PageInfo',
  'Unit',
  'UnitStatus',
  'PendingWork',
  'PendingItem',
  'Assessment',
  'AssessmentConnection',
  'AssessmentEdge',
  'AssessmentHistory',
  'AssessmentHistoryConnection',
  'AssessmentHistoryEdge',
  'Evidence',
  'AnswerValue',
  'StatusCounts',
  'StatusChange',
  'BlocCompletion',
  'ProvinceRemediation',
  'BlocRemediation',
  'UnmetCriterion',
  'CommunesByUnmetCount',
  'Campaign',
  'Criterion',
  'CriterionVersion',
  'CriterionOption',
  'CriterionProvinceResult',
  'CriterionTableRow',
  'Solution',
  'TaskStats',
  'RankedReport',
  'ExportFile',
]);

/** Kept answers are bounded by count and by their size as JSON (characters). */
const MAX_ENTRIES = 5_000;
const MAX_CHARACTERS = 64 * 1024 * 1024;
/** Documents already classified; clients send a handful of distinct operations. */
const MAX_DOCUMENTS = 1_000;

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** A query asking only for heavy views, through only covered types. */
function isHeavyView(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const roots = rootFields(operation.selectionSet, fragmentsOf(document)).filter((name) => name !== '__typename');
  if (!roots.length || roots.some((name) => !HEAVY_ROOT_FIELDS.has(name))) return false;
  // The whole document is walked, other operations and unused fragments included: the stricter side.
  const typeInfo = new TypeInfo(schema);
  let covered = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        const named = type ? getNamedType(type) : undefined;
        if (!named || (isCompositeType(named) && !COVERED_TYPES.has(named.name))) covered = false;
      },
    }),
  );
  return covered;
}

/**
 * Keeps the answers of the heavy views, for every caller of the same scope. The key is the
 * operation (document hash and name), its variables, today's date in Vietnam (figures and
 * defaults follow it), the caller's scope (its rules, not its token: every national overseer
 * shares one entry) and the data versions of the provinces that scope reads. A write bumps
 * those versions, so the entries computed before it are never found again and the LRU
 * drops them. Only answers without errors are kept; mutations are never looked up.
 */
export function responseCache(schema: GraphQLSchema, versions: DataVersions | undefined): ApolloServerPlugin<Context> {
  const entries = new LRUCache<string, FormattedExecutionResult>({
    max: MAX_ENTRIES,
    maxSize: MAX_CHARACTERS,
    sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length),
  });
  const heavy = new BoundedMap<string, boolean>(MAX_DOCUMENTS);
  return {
    async requestDidStart() {
      let missed: string | undefined;
      return {
        async responseForOperation({ operation, document, queryHash, request, contextValue }) {
          if (!versions || !contextValue.viewer) return null;
          const documentKey = `${queryHash}\n${request.operationName ?? ''}`;
          let isHeavy = heavy.get(documentKey);
          if (isHeavy === undefined) heavy.set(documentKey, (isHeavy = isHeavyView(schema, document, operation)));
          if (!isHeavy) return null;
          const { access } = contextValue;
          const stamp = versions.stamp(access.readableProvinces());
          if (stamp === undefined) return null;
          const key = [
            access.scope(),
            documentKey,
            todayInVietnam(),
            stamp,
            JSON.stringify(request.variables ?? {}),
          ].join('\n');
          const kept = entries.get(key);
          responseCacheLookups.inc({ result: kept ? 'hit' : 'miss' });
          if (!kept) {
            missed = key;
            return null;
          }
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: kept },
          };
        },
        async willSendResponse({ response }) {
          if (missed === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length && result.data) entries.set(missed, result);
        },
      };
    },
  };
}
