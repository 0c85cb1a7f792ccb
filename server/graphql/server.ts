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
import { authenticate } from '../auth/session.service';
import type { Viewer } from '../auth/viewer';
import { paths, rateLimitPerMinute } from '../config';
import { primaryOrmOf } from '../database/database';
import { databaseFault } from '../database/faults';
import { explorerRoutes } from '../explorer/explorer.routes';
import { importRoutes } from '../import/import.routes';
import { bearerToken } from './bearer';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { createLoaders } from './loaders';
import { mayWrite } from './operation-kind';
import { rateLimiter } from './rate-limit';
import { requireViewer } from './require-viewer';
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
  const refusal = limitRefusal(formatted);
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
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Apollo's own refusals of a malformed request (e.g. a persisted-query hash that does not match the query) carry only a 4xx status.
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  if (status && status >= 400 && status < 500)
    return { message: `Yêu cầu không hợp lệ (${formatted.message}).`, extensions: { code: 'BAD_REQUEST' } };
  console.error('Unexpected error while serving GraphQL:', original);
  return {
    message: 'Lỗi hệ thống; vui lòng thử lại sau.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * What one operation may ask (README, "Limits"). Measured on every query of the client,
 * the tests and the benchmark: at most 9 levels deep, 3 aliases, 154 tokens, and a cost of
 * about 824,000 (200 communes' units, each with a page of 20 assessments), so these leave
 * room for them while refusing queries built to exhaust the server: a page of 500 inside a
 * page of 500 costs over 17 million.
 */
export const LIMITS = { depth: 10, aliases: 10, directives: 50, tokens: 1000, cost: 1_000_000 } as const;

type Limit = keyof typeof LIMITS;

const LIMIT_MESSAGES: Record<Limit, string> = {
  depth: `Truy vấn lồng quá sâu (tối đa ${LIMITS.depth} cấp).`,
  aliases: `Truy vấn dùng quá nhiều bí danh (tối đa ${LIMITS.aliases}).`,
  directives: `Truy vấn dùng quá nhiều chỉ thị (tối đa ${LIMITS.directives}).`,
  tokens: `Truy vấn quá dài (tối đa ${LIMITS.tokens} ký hiệu).`,
  cost: 'Truy vấn đòi hỏi quá nhiều dữ liệu; hãy giảm cỡ trang hoặc số trường lồng nhau.',
};

/** Has a validation rule report the refusal with the limit it broke, for formatError to answer. */
function refuse(limit: Limit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(new GraphQLError(LIMIT_MESSAGES[limit], { extensions: { limit } })),
    ],
  };
}

const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.depth, flattenFragments: true, ...refuse('depth') },
  maxAliases: { n: LIMITS.aliases, ...refuse('aliases') },
  maxDirectives: { n: LIMITS.directives, ...refuse('directives') },
  costLimit: { maxCost: LIMITS.cost, flattenFragments: true, ...refuse('cost') },
  // Armor's token count throws from a plugin hook, which Apollo answers with status 500;
  // graphql-js's own limit (parseOptions below) refuses the same document as a parse error.
  maxTokens: { enabled: false },
  // Suggestions ("Did you mean …") would let a client map the schema field by field.
  blockFieldSuggestion: { enabled: true },
}).protect();

/**
 * A refused operation, answered like the page-size cap: BAD_USER_INPUT, and which limit in
 * `extensions.limit`. Apollo files the armor rules' refusals under GRAPHQL_VALIDATION_FAILED
 * and graphql-js's token limit under GRAPHQL_PARSE_FAILED, with an English message.
 */
function limitRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const { code, limit } = formatted.extensions ?? {};
  const tooManyTokens =
    code === 'GRAPHQL_PARSE_FAILED' && /Document contains more that \d+ tokens/.test(formatted.message);
  const ruleLimit =
    code === 'GRAPHQL_VALIDATION_FAILED' && typeof limit === 'string' && limit in LIMITS ? (limit as Limit) : undefined;
  const refused = tooManyTokens ? 'tokens' : ruleLimit;
  if (!refused) return undefined;
  return { message: LIMIT_MESSAGES[refused], extensions: { code: ErrorCode.BAD_USER_INPUT, limit: refused } };
}

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
  if (status >= 500) console.error('Unexpected error while reading a request:', error);
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR } }],
  });
};

/** Closes what createApp opened: the session cache's listener and the primary-only ORM beside one with replicas. */
function closesWithServer(orm: MikroORM, primary: MikroORM, sessions: SessionCache): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await sessions.close();
          if (primary !== orm) await primary.close();
        },
      };
    },
  };
}

/** A database that cannot be reached answers HTTP 503, so proxies and clients know to retry later. */
const unavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
      },
    };
  },
};

/** The express application: GraphQL at /graphql and, when built, the client at /. */
export async function createApp(orm: MikroORM): Promise<{ app: express.Express; apollo: ApolloServer<Context> }> {
  const primary = await primaryOrmOf(orm);
  const sessions = new SessionCache(primary.config.get('clientUrl')!);
  await sessions.start();
  for (const changer of new Set([orm, primary]))
    changer.em.getEventManager().registerSubscriber(sessions.flushSubscriber());
  const apollo = new ApolloServer<Context>({
    schema: await graphqlSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server, the ORM and the embedded database in order on SIGINT/SIGTERM;
    // Apollo's own handler would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    // Cache-control hints are unused (responses are per viewer) and its per-field hook would
    // wrap every resolver of every response.
    plugins: [
      ...armor.plugins,
      requireViewer,
      unavailableStatus,
      ApolloServerPluginCacheControlDisabled(),
      closesWithServer(orm, primary, sessions),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.tokens },
    // One operation per request: a batch would multiply every limit above by its length.
    allowBatchedHttpRequests: false,
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Answers are POSTed and never revalidated; hashing each (hundreds of KB for national tables) is waste.
  app.set('etag', false);
  app.use(
    '/graphql',
    ...[rateLimiter(rateLimitPerMinute())].filter((limiter) => limiter !== undefined),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = (primary !== orm && mayWrite(req, LIMITS.tokens) ? primary : orm).em.fork();
        const { viewer } = await viewerOf(em, req, sessions);
        const access = new Access(viewer);
        return { em, viewer, access, loaders: createLoaders(em, access) };
      },
    }),
  );
  app.use('/graphql', requestErrorHandler);
  app.use(
    '/import',
    ...[rateLimiter(rateLimitPerMinute())].filter((limiter) => limiter !== undefined),
    importRoutes(primary, (req) => viewerOf(primary.em.fork(), req, sessions)),
  );
  app.use(explorerRoutes(await graphqlSchema(), (req) => viewerOf(orm.em.fork(), req, sessions)));
  if (existsSync(join(paths.client, 'index.html'))) {
    app.use(express.static(paths.client, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/(graphql|import)).*/, (_req, res) => res.sendFile(join(paths.client, 'index.html')));
  }
  return { app, apollo };
}
