import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { callerOf } from './caller';
import { ErrorCode } from './errors';

const WINDOW_MS = 60_000;

/**
 * Counts requests per verified token — per address for requests without a valid one (signing
 * in, or a made-up header, which must not buy a fresh count) — over a minute, and refuses the excess with RATE_LIMITED (HTTP 429) before anything is parsed or
 * run. Counts are kept in this process: behind a load balancer each server counts its share.
 */
export function rateLimiter(perMinute: number): RequestHandler | undefined {
  if (perMinute <= 0) return undefined;
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const session = callerOf(res).session;
      return session ? `token:${session.accessTokenId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (req, res) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now() + WINDOW_MS) - Date.now()) / 1000),
      );
      res
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .json({
          errors: [
            {
              message: `Quá nhiều yêu cầu (tối đa ${perMinute} yêu cầu mỗi phút); vui lòng thử lại sau ${retryAfterSeconds} giây.`,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
            },
          ],
        });
    },
  });
}
