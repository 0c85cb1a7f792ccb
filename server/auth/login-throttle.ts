import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../graphql/errors';

/** Failed sign-ins an account may have before each further try waits. */
const FREE_FAILURES = 3;
/** Failed sign-ins after which the account is locked for LOCK_SECONDS. */
const LOCK_AFTER_FAILURES = 10;
const LOCK_SECONDS = 15 * 60;
/** Failures are forgotten an hour after the last one. */
const FAILURE_MEMORY_SECONDS = 60 * 60;
/** One address may fail this often an hour (many accounts tried from one place) before it is locked for the hour. */
const ADDRESS_FAILURES_PER_HOUR = 50;

const TABLE = 'login_throttle';

/**
 * Slows down password guessing, per account and per client address, with the counts in
 * PostgreSQL (rate-limiter-flexible) so every server process and machine shares them. After
 * a few failures each further try of the account waits twice as long as the one before
 * (1 s, 2 s, 4 s, …), ten failures lock it for 15 minutes, and the right password is refused
 * too while it waits: otherwise guessing would go on unhindered. A success clears the account.
 */
export class LoginThrottle {
  private readonly failuresByAccount: RateLimiterPostgres;
  private readonly waitByAccount: RateLimiterPostgres;
  private readonly failuresByAddress: RateLimiterPostgres;

  constructor(em: EntityManager) {
    const store = { storeClient: em.getKnex(), storeType: 'knex', tableName: TABLE, tableCreated: true };
    this.failuresByAccount = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'failures',
      points: LOCK_AFTER_FAILURES,
      duration: FAILURE_MEMORY_SECONDS,
    });
    this.waitByAccount = new RateLimiterPostgres({ ...store, keyPrefix: 'wait', points: 1, duration: LOCK_SECONDS });
    this.failuresByAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: ADDRESS_FAILURES_PER_HOUR,
      duration: 3600,
      blockDuration: 3600,
    });
  }

  /** Refuses the try with RATE_LIMITED while the account or the address must wait. */
  async assertMayTry(username: string, address: string): Promise<void> {
    const [wait, byAddress] = await Promise.all([
      this.waitByAccount.get(username),
      this.failuresByAddress.get(address),
    ]);
    const waits = [wait, byAddress].filter(
      (res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0 && res.msBeforeNext > 0,
    );
    if (waits.length) throw throttled(Math.max(...waits.map((res) => res.msBeforeNext)));
  }

  /** Counts a failure and starts the account's wait; returns how long it now waits (ms, 0 for none). */
  async failed(username: string, address: string): Promise<number> {
    const [failures] = await Promise.all([
      this.failuresByAccount.penalty(username, 1),
      this.failuresByAddress.penalty(address, 1).then((res) => {
        if (res.consumedPoints > ADDRESS_FAILURES_PER_HOUR) return this.failuresByAddress.block(address, 3600);
        return res;
      }),
    ]);
    const count = failures.consumedPoints;
    if (count < FREE_FAILURES) return 0;
    const seconds = count >= LOCK_AFTER_FAILURES ? LOCK_SECONDS : 2 ** (count - FREE_FAILURES);
    await this.waitByAccount.block(username, seconds);
    return seconds * 1000;
  }

  async succeeded(username: string): Promise<void> {
    await Promise.all([this.failuresByAccount.delete(username), this.waitByAccount.delete(username)]);
  }
}

export function throttled(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)} phút` : `${retryAfterSeconds} giây`;
  return new AppError(ErrorCode.RATE_LIMITED, `Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${wait}.`, {
    retryAfterSeconds,
  });
}
