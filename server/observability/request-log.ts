import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Context } from '../graphql/context';
import { logger } from './logger';
import { graphqlDuration, graphqlRequests, operationLabel } from './metrics';

const REQUEST_ID_HEADER = 'x-request-id';
/** Set here on every request (whatever a client sent under that name): the key between the two halves below. */
const OUTCOME_KEY_HEADER = 'x-phuxanh-outcome-key';

/** What the GraphQL layer learnt about a request, handed to the HTTP layer that logs it once answered. */
interface Outcome {
  operation?: string | null;
  codes: string[];
  userId?: number;
}

/** Keyed by the requests still open: an answer the client gave up on is not kept after its connection closed. */
const outcomes = new Map<string, Outcome | undefined>();

/** A caller's own request id is kept when it is a plain short token (it goes into logs), else one is made. */
function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}

/** The code a request refused before GraphQL ran (rate limit, unreadable body, no database to authenticate) is known by its status. */
function codeOfStatus(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'DATABASE_UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  if (status >= 400) return 'BAD_REQUEST';
  return 'OK';
}

/**
 * Express middleware for /graphql: gives each request an id (X-Request-Id, echoed), and once
 * it is answered logs one line and counts it — operation name, outcome code, duration, user
 * id. Never the query's variables, the token or the body: they hold passwords and evidence notes.
 */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    const key = randomUUID();
    req.headers[OUTCOME_KEY_HEADER] = key;
    outcomes.set(key, undefined);
    res.setHeader('X-Request-Id', requestId);
    res.once('close', () => {
      const outcome = outcomes.get(key);
      outcomes.delete(key);
      const seconds = (performance.now() - started) / 1000;
      const operation = operationLabel(
        outcome?.operation ?? (req.body as { operationName?: unknown } | undefined)?.operationName?.toString(),
      );
      const code = outcome ? (outcome.codes[0] ?? 'OK') : codeOfStatus(res.statusCode);
      graphqlRequests.inc({ operation, code });
      graphqlDuration.observe({ operation }, seconds);
      const line = {
        reqId: requestId,
        operation,
        code,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        userId: outcome?.userId,
        ...(outcome && outcome.codes.length > 1 ? { codes: outcome.codes } : {}),
      };
      if (code === 'INTERNAL_SERVER_ERROR') logger.error(line, 'graphql request failed');
      else logger.info(line, 'graphql request');
    });
    next();
  };
}

/** The Apollo side of requestLog: the resolved operation, the error codes answered and the caller. */
export const requestOutcome: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const key = request.http?.headers.get(OUTCOME_KEY_HEADER);
    return {
      async willSendResponse({ response, operationName, contextValue }) {
        if (!key || !outcomes.has(key)) return;
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const codes = [...new Set((errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
        outcomes.set(key, { operation: operationName, codes, userId: contextValue.viewer?.user.id });
      },
    };
  },
};
