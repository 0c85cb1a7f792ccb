import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler, Response } from 'express';
import type { CachedSession, SessionCache } from '../auth/session-cache';
import { findSession } from '../auth/session.service';
import { databaseFault } from '../database/faults';
import { bearerToken } from './bearer';

/** What the bearer header of a request turned out to be: no token, or a token and its session when it is valid. */
export interface Caller {
  token?: string;
  session?: CachedSession;
}

export const callerOf = (res: Response): Caller => (res.locals.caller as Caller | undefined) ?? {};

/**
 * Verifies the bearer token once, before anything else runs, so the rate limit counts per
 * verified token and the GraphQL context builds its viewer from the same session.
 */
export function identifyCaller(orm: MikroORM, sessions: SessionCache): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    try {
      const caller: Caller = { token, session: token ? await findSession(orm.em.fork(), token, sessions) : undefined };
      res.locals.caller = caller;
      next();
    } catch (error) {
      const fault = databaseFault(error);
      if (!fault) return next(error);
      res.status(503).json({ errors: [{ message: fault.message, extensions: { code: fault.extensions.code } }] });
    }
  };
}
