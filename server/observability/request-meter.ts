import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';

/**
 * One HTTP request as the server saw it: wall time from arrival to response, and the SQL
 * statements sent while it was in flight — exactly its own when requests do not overlap.
 */
export interface RequestSample {
  statements: number;
  serverMs: number;
}

/** What the meter recorded since it was last read. */
export interface MeterReading {
  samples: RequestSample[];
  /** Every statement sent, BEGIN and COMMIT included: each is a round trip. */
  statements: number;
  /** CPU time the server process used (user and system): unlike latency, not inflated by other work on the machine. */
  cpuMs: number;
}

/**
 * Counts SQL statements through the query builder's events and times requests. A plain
 * counter rather than per-request async context: AsyncLocalStorage on Node 20 hooks every
 * promise, which slowed promise-heavy GraphQL responses by a fifth and would skew what it
 * measures. Opt-in: nothing is counted unless a meter is created and its handler mounted.
 */
export class RequestMeter {
  private statements = 0;
  private samples: RequestSample[] = [];
  private openRequests = 0;
  private openStatements = 0;
  private lastActivity = performance.now();
  private cpuSince = process.cpuUsage();

  constructor(orm: MikroORM) {
    const knex = orm.em.getKnex();
    // Statements built by the query builder carry a `method` and end with query-response or
    // query-error; BEGIN and COMMIT come without one and report no response, so they are
    // counted but not waited for.
    knex.on('query', (query: { method?: string }) => {
      this.statements++;
      if (query.method) this.openStatements++;
      this.lastActivity = performance.now();
    });
    const done = () => {
      this.openStatements--;
      this.lastActivity = performance.now();
    };
    knex.on('query-response', done);
    knex.on('query-error', done);
  }

  /** Express middleware to mount before the application. */
  handler(): RequestHandler {
    return (_req, res, next) => {
      const started = performance.now();
      const before = this.statements;
      this.openRequests++;
      // 'close' also comes for a request the client gave up on; its resolvers may still run, which quietFor() allows for.
      res.once('close', () => {
        this.openRequests--;
        this.samples.push({ statements: this.statements - before, serverMs: performance.now() - started });
      });
      next();
    };
  }

  /** Whether no request is open, no statement is running and nothing happened for `ms`. */
  quietFor(ms: number): boolean {
    return this.openRequests === 0 && this.openStatements === 0 && performance.now() - this.lastActivity >= ms;
  }

  /** Hands over what was recorded since the previous call, and starts afresh. */
  read(): MeterReading {
    const cpu = process.cpuUsage(this.cpuSince);
    const reading = { samples: this.samples, statements: this.statements, cpuMs: (cpu.user + cpu.system) / 1000 };
    this.samples = [];
    this.statements = 0;
    this.cpuSince = process.cpuUsage();
    return reading;
  }
}
