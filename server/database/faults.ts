import { ConnectionException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../graphql/errors';

/** For start-up work that may run long (migrations, the demo load): no statement timeout in its transaction. */
export const liftStatementTimeout = (em: EntityManager) => em.execute('set local statement_timeout = 0');

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/**
 * Codes and messages of a database that is down, restarting or unreachable: the connection
 * classes (08…), the server shutting down or starting (57P01–57P03), refused or reset
 * sockets, and the pool giving up waiting for a connection.
 */
const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error|Timeout acquiring a connection|the database system is (starting up|shutting down)|terminating connection/i;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e = error;
    e && typeof e === 'object' && chain.length < 5;
    e = (e as { cause?: unknown; previous?: unknown }).previous ?? (e as { cause?: unknown }).cause
  ) {
    chain.push(e);
  }
  return chain;
}

/**
 * The stable error a database fault is answered with — QUERY_TIMEOUT when a statement ran
 * past the timeout, DATABASE_UNAVAILABLE (HTTP 503) when the database cannot be reached —
 * or undefined for anything else.
 */
export function databaseFault(error: unknown): AppError | undefined {
  const chain = causes(error);
  const code = (e: unknown) => String((e as { code?: unknown }).code ?? '');
  if (chain.some((e) => code(e) === QUERY_CANCELED)) {
    return new AppError(
      ErrorCode.QUERY_TIMEOUT,
      'Truy vấn chạy quá thời gian cho phép và đã bị dừng; không có thay đổi nào được ghi. Hãy thu hẹp phạm vi truy vấn.',
    );
  }
  const unavailable = chain.some(
    (e) =>
      e instanceof ConnectionException ||
      UNAVAILABLE_CODES.has(code(e)) ||
      code(e).startsWith('08') ||
      (e as Error).name === 'KnexTimeoutError' ||
      UNAVAILABLE_MESSAGE.test(String((e as Error).message)),
  );
  if (!unavailable) return undefined;
  return new AppError(
    ErrorCode.DATABASE_UNAVAILABLE,
    'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.',
    {
      http: { status: 503 },
    },
  );
}
