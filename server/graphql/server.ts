import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Access } from '../auth/access';
import { authenticate } from '../auth/session.service';
import { paths } from '../config';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { createLoaders } from './loaders';
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
 * Errors the code raised on purpose keep their code and message; anything else (a bug, a
 * database fault) is logged and answered with a plain INTERNAL_SERVER_ERROR — never a stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  console.error('Unexpected error while serving GraphQL:', original);
  return {
    message: 'Lỗi hệ thống; vui lòng thử lại sau.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** A body that is not JSON, or too large, gets a GraphQL-shaped error instead of express's HTML page. */
const requestErrorHandler: express.ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    status === 413 ? 'Yêu cầu quá lớn.' : status < 500 ? 'Yêu cầu không hợp lệ (không đọc được nội dung JSON).' : 'Lỗi hệ thống; vui lòng thử lại sau.';
  if (status >= 500) console.error('Unexpected error while reading a request:', error);
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR } }] });
};

/** The express application: GraphQL at /graphql and, when built, the client at /. */
export async function createApp(orm: MikroORM): Promise<{ app: express.Express; apollo: ApolloServer<Context> }> {
  const apollo = new ApolloServer<Context>({
    schema: await graphqlSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server, the ORM and the embedded database in order on SIGINT/SIGTERM;
    // Apollo's own handler would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    plugins: [requireViewer],
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        const token = bearerToken(req.headers.authorization);
        const viewer = token ? await authenticate(em, token) : undefined;
        const access = new Access(viewer);
        return { em, viewer, token, access, loaders: createLoaders(em, access) };
      },
    }),
  );
  app.use('/graphql', requestErrorHandler);
  if (existsSync(join(paths.client, 'index.html'))) {
    app.use(express.static(paths.client, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql).*/, (_req, res) => res.sendFile(join(paths.client, 'index.html')));
  }
  return { app, apollo };
}
