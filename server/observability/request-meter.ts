import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';

/** What one HTTP request cost the server: SQL statements sent and wall time from arrival to response. */
export interface RequestSample {
  statements: number;
  serverMs: number;
}

/**
 * Counts the SQL statements each HTTP request sends, by tagging the request's asynchronous
 * context and listening to the query builder's `query` event (BEGIN and COMMIT included:
 * each is a round trip). Opt-in: nothing is counted unless its handlers are mounted.
 */
export class RequestMeter {
  private readonly scope = new AsyncLocalStorage<{ statements: number }>();
  private samples: RequestSample[] = [];

  constructor(orm: MikroORM) {
    orm.em.getKnex().on('query', () => {
      const request = this.scope.getStore();
      if (request) request.statements++;
    });
  }

  /**
   * Handlers to mount before the application. The body is parsed here, before the scope is
   * entered: body parsing finishes in the socket's callbacks, which would lose the scope.
   * The application's own parser then sees a finished body and passes straight on.
   */
  handlers(jsonLimit: string): RequestHandler[] {
    const startClock: RequestHandler = (_req, res, next) => {
      const started = performance.now();
      const request = { statements: 0 };
      res.locals.meteredRequest = request;
      res.once('finish', () => this.samples.push({ statements: request.statements, serverMs: performance.now() - started }));
      next();
    };
    const enterScope: RequestHandler = (_req, res, next) => this.scope.run(res.locals.meteredRequest, next);
    return [startClock, express.json({ limit: jsonLimit }), enterScope];
  }

  /** The samples recorded since the previous call. */
  take(): RequestSample[] {
    const taken = this.samples;
    this.samples = [];
    return taken;
  }
}
