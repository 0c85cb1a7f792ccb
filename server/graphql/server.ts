import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Access } from '../auth/access';
import { SessionCache } from '../auth/session-cache';
import { LoginThrottle } from '../auth/login-throttle';
import { asViewer, authenticate } from '../auth/session.service';
import type { Viewer } from '../auth/viewer';
import {
  maxRowsPerRequest,
  paths,
  rateLimitPerMinute,
  requestDeadlineMs,
  responseCacheOn,
  trustedDocumentsOnlyMode,
  trustProxy,
} from '../config';
import { primaryOrmOf } from '../database/database';
import { databaseFault } from '../database/faults';
import { BUDGET_KEY, budgetOf, cancelTagged, RequestBudget, type CancelStatements } from '../database/request-budget';
import { explorerRoutes } from '../explorer/explorer.routes';
import { healthRoutes } from '../observability/health';
import { logger } from '../observability/logger';
import { metricsRoute } from '../observability/metrics';
import { requestLog, requestOutcome } from '../observability/request-log';
import { importRoutes } from '../import/import.routes';
import { DataVersions } from '../response-cache/data-versions';
import { responseCache } from '../response-cache/response-cache';
import { bearerToken } from './bearer';
import { callerOf, identifyCaller } from './caller';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { createLoaders } from './loaders';
import { mayWrite } from './operation-kind';
import { rateLimiter } from './rate-limit';
import { documentSizeLimit, LIMIT_MESSAGES, LIMITS, requestChecks, type Limit } from './request-checks';
import { requireViewer } from './require-viewer';
import { trustedDocumentsOnly, trustedFingerprints } from './trusted-documents';
import { graphqlSchema } from './schema';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors the code raised on purpose keep their code and message; a database down or a
 * statement timed out get their own codes; anything else (a bug) is logged and answered with
 * a plain INTERNAL_SERVER_ERROR — never a stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refusal = documentLimitRefusal(formatted);
  if (refusal) return refusal;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const fault = databaseFault(original);
  if (fault)
    return {
      message: fault.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: fault.extensions.code },
    };
  const code = formatted.extensions?.code;
  // Apollo files any unexpected error under INTERNAL_SERVER_ERROR with its own message: not one to pass on.
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutSuggestion(formatted.message), extensions };
  }
  // Apollo's own refusals of a malformed request (e.g. a persisted-query hash that does not match the query) carry only a 4xx status.
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  if (status && status >= 400 && status < 500)
    return { message: `Yêu cầu không hợp lệ (${formatted.message}).`, extensions: { code: 'BAD_REQUEST' } };
  logger.error({ err: original }, 'Unexpected error while serving GraphQL');
  return {
    message: 'Lỗi hệ thống; vui lòng thử lại sau.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Has a validation rule report the refusal with the limit it broke, for formatError to answer. */
function refuse(limit: Limit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(new GraphQLError(LIMIT_MESSAGES[limit as keyof typeof LIMITS], { extensions: { limit } })),
    ],
  };
}

/**
 * Depth, aliases and directives are properties of the document alone; cost depends on the
 * variables too and is checked once they are known (request-checks.ts). Suggestions are
 * stripped in formatError instead of armor's "[Suggestion hidden]", whose presence alone told
 * a prober that a close field name exists.
 */
const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.depth, flattenFragments: true, ...refuse('depth') },
  maxAliases: { n: LIMITS.aliases, ...refuse('aliases') },
  maxDirectives: { n: LIMITS.directives, ...refuse('directives') },
  costLimit: { enabled: false },
  // Armor's token count throws from a plugin hook, which Apollo answers with status 500;
  // graphql-js's own limit (parseOptions below) refuses the same document as a parse error.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect();

/**
 * A refused operation, answered like the page-size cap: BAD_USER_INPUT, and which limit in
 * `extensions.limit`. Apollo files the armor rules' refusals under GRAPHQL_VALIDATION_FAILED
 * and graphql-js's token limit under GRAPHQL_PARSE_FAILED, with an English message.
 */
function documentLimitRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const { code, limit } = formatted.extensions ?? {};
  const tooManyTokens =
    code === 'GRAPHQL_PARSE_FAILED' && /Document contains more that \d+ tokens/.test(formatted.message);
  const ruleLimit =
    code === 'GRAPHQL_VALIDATION_FAILED' && typeof limit === 'string' && limit in LIMITS
      ? (limit as keyof typeof LIMITS)
      : undefined;
  const refused = tooManyTokens ? 'tokens' : ruleLimit;
  if (!refused) return undefined;
  return { message: LIMIT_MESSAGES[refused], extensions: { code: ErrorCode.BAD_USER_INPUT, limit: refused } };
}

/** graphql-js names the field a misspelt one resembles ("Did you mean …?"): that would map the schema for a prober. */
const withoutSuggestion = (message: string) => message.replace(/\s*Did you mean [^?]*\?\s*$/, '');

async function viewerOf(
  em: EntityManager,
  req: express.Request,
  sessions: SessionCache,
): Promise<{ token?: string; viewer?: Viewer }> {
  const token = bearerToken(req.headers.authorization);
  try {
    return { token, viewer: token ? await authenticate(em, token, sessions) : undefined };
  } catch (error) {
    throw databaseFault(error) ?? error;
  }
}

/** A body that is not JSON, or too large, gets a GraphQL-shaped error instead of express's HTML page. */
const requestErrorHandler: express.ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    status === 413
      ? 'Yêu cầu quá lớn.'
      : status < 500
        ? 'Yêu cầu không hợp lệ (không đọc được nội dung JSON).'
        : 'Lỗi hệ thống; vui lòng thử lại sau.';
  if (status >= 500) logger.error({ err: error }, 'Unexpected error while reading a request');
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR } }],
  });
};

/** Closes what createApp opened: the caches' listeners and the primary-only ORM beside one with replicas. */
function closesWithServer(
  orm: MikroORM,
  primary: MikroORM,
  sessions: SessionCache,
  versions: DataVersions | undefined,
): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await sessions.close();
          await versions?.close();
          if (primary !== orm) await primary.close();
        },
      };
    },
  };
}

/**
 * HTTP statuses by the GraphQL-over-HTTP spec: refusals before execution carry their own
 * (400 limits and bad input, 401 no valid token); during execution the answer stays 200 with
 * the errors beside the data, except that a missing or bad sign-in is 401 with
 * `WWW-Authenticate: Bearer`, a disabled account or a session that must first change its
 * password 403, a throttled sign-in 429 with Retry-After, and a database that
 * cannot be reached 503 — so that tools retry only what may succeed later.
 */
const httpStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const codes = new Set(errors?.map((e) => e.extensions?.code));
        if (codes.has(ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
        else if (codes.has(ErrorCode.UNAUTHENTICATED)) {
          response.http.status = 401;
          response.http.headers.set('www-authenticate', 'Bearer realm="phuxanh"');
        } else if (codes.has(ErrorCode.ACCOUNT_DISABLED) || codes.has(ErrorCode.PASSWORD_CHANGE_REQUIRED)) {
          response.http.status = 403;
        } else if (codes.has(ErrorCode.RATE_LIMITED)) {
          response.http.status = 429;
          const wait = errors?.find((e) => e.extensions?.code === ErrorCode.RATE_LIMITED)?.extensions
            ?.retryAfterSeconds;
          if (typeof wait === 'number') response.http.headers.set('retry-after', String(wait));
        }
      },
    };
  },
};

/** An answered request has nothing left to cancel at its deadline. */
const finishesBudget: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        budgetOf(contextValue.em?.getLoggerContext())?.finish();
      },
    };
  },
};

/** The express application: GraphQL at /graphql and, when built, the client at /. */
export async function createApp(orm: MikroORM): Promise<{ app: express.Express; apollo: ApolloServer<Context> }> {
  const primary = await primaryOrmOf(orm);
  const sessions = new SessionCache(primary.config.get('clientUrl')!);
  await sessions.start();
  // Reads from a replica may lag behind the versions heard from the primary: an answer computed there could be
  // kept under versions it does not yet reflect, so with replicas the heavy views are not kept.
  const versions =
    primary === orm && responseCacheOn() ? new DataVersions(primary, primary.config.get('clientUrl')!) : undefined;
  await versions?.start();
  for (const changer of new Set([orm, primary])) {
    changer.em.getEventManager().registerSubscriber(sessions.flushSubscriber());
    if (versions) changer.em.getEventManager().registerSubscriber(versions.commitSubscriber());
  }
  const schema = await graphqlSchema();
  const loginThrottle = new LoginThrottle(primary.em.fork());
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo indents JSON by default: for the national tables that was an eighth of the server's time.
    stringifyResult: (value) => JSON.stringify(value),
    // main.ts stops the server, the ORM and the embedded database in order on SIGINT/SIGTERM;
    // Apollo's own handler would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    // Cache-control hints are unused (responses are per viewer) and its per-field hook would
    // wrap every resolver of every response.
    plugins: [
      ...armor.plugins,
      requireViewer,
      requestChecks(schema),
      ...(trustedDocumentsOnlyMode() ? [trustedDocumentsOnly(trustedFingerprints(paths.clientDocuments))] : []),
      httpStatus,
      finishesBudget,
      requestOutcome,
      responseCache(schema, versions),
      ApolloServerPluginCacheControlDisabled(),
      closesWithServer(orm, primary, sessions, versions),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.tokens },
    // One operation per request: a batch would multiply every limit above by its length.
    allowBatchedHttpRequests: false,
    introspection: true,
  });
  await apollo.start();

  const [deadlineMs, maxRows] = [requestDeadlineMs(), maxRowsPerRequest()];
  // Reads may run on a replica, writes on the primary: a request's statements are cancelled on both.
  const cancelStatements: CancelStatements = async (tag) => {
    const connections = new Set([primary.em.getConnection('write'), orm.em.getConnection('read')]);
    await Promise.all([...connections].map((connection) => cancelTagged(connection, tag)));
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy());
  // Answers are POSTed and never revalidated; hashing each (hundreds of KB for national tables) is waste.
  app.set('etag', false);
  app.use(healthRoutes(orm), metricsRoute(orm));
  app.use(
    '/graphql',
    requestLog(),
    identifyCaller(primary, sessions),
    ...[rateLimiter(rateLimitPerMinute())].filter((limiter) => limiter !== undefined),
    express.json({ limit: '1mb' }),
    documentSizeLimit,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const budget = new RequestBudget(deadlineMs, maxRows, cancelStatements);
        const em = (primary !== orm && mayWrite(req, LIMITS.tokens) ? primary : orm).em.fork({
          loggerContext: { [BUDGET_KEY]: budget },
        });
        const session = callerOf(res).session;
        const viewer = session && asViewer(em, session);
        const access = new Access(viewer);
        return { em, viewer, access, loaders: createLoaders(em, access), clientAddress: req.ip ?? '', loginThrottle };
      },
    }),
  );
  app.use('/graphql', requestErrorHandler);
  app.use(
    '/import',
    ...[rateLimiter(rateLimitPerMinute())].filter((limiter) => limiter !== undefined),
    importRoutes(primary, (req) => viewerOf(primary.em.fork(), req, sessions)),
  );
  app.use(explorerRoutes(schema, (req) => viewerOf(orm.em.fork(), req, sessions)));
  if (existsSync(join(paths.client, 'index.html'))) {
    app.use(express.static(paths.client, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/(graphql|import)).*/, (_req, res) => res.sendFile(join(paths.client, 'index.html')));
  }
  return { app, apollo };
}
