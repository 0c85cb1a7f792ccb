import { DefaultLogger, type Connection, type LogContext } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { AppError, ErrorCode } from '../graphql/errors';

/** Transaction control is never refused: a COMMIT is logged after it happened, a ROLLBACK undoes the request's writes. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/** Stops the statements carrying a request's tag that are running now (the figures' hand-written SQL). */
export type CancelStatements = (tag: string) => Promise<void>;

/**
 * What one request may still spend on the database: a wall-clock deadline and a number of
 * rows read. It rides on the request's EntityManager (its logger context), so every statement
 * of the request — ORM finds, loaders and hand-written SQL — is charged, and the first one
 * past either limit fails the request. At the deadline the request's hand-written statements
 * still running are cancelled (they carry the budget's tag in a leading comment); an ORM
 * statement is bounded by the statement timeout; none starts after the deadline, and writes
 * roll back with the request.
 */
export class RequestBudget {
  /** Marks the request's hand-written statements in pg_stat_activity. */
  readonly tag = randomBytes(8).toString('hex');
  private rows = 0;
  private readonly deadline: number;
  private readonly timer?: NodeJS.Timeout;

  constructor(
    deadlineMs: number,
    private readonly maxRows: number,
    cancel?: CancelStatements,
  ) {
    this.deadline = deadlineMs > 0 ? Date.now() + deadlineMs : Infinity;
    if (deadlineMs > 0 && cancel) {
      this.timer = setTimeout(() => void cancel(this.tag).catch(() => undefined), deadlineMs);
      this.timer.unref();
    }
  }

  get expired(): boolean {
    return Date.now() > this.deadline;
  }

  /** The request is answered: nothing of it is left to cancel. */
  finish(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** Before a hand-written statement: none starts once the deadline has passed. */
  assertTimeLeft(): void {
    if (this.expired) throw deadlinePassed();
  }

  charge(rows: number): void {
    this.assertTimeLeft();
    this.rows += rows;
    if (this.maxRows > 0 && this.rows > this.maxRows) throw tooManyRows(this.maxRows);
  }
}

const deadlinePassed = () =>
  new AppError(
    ErrorCode.QUERY_TIMEOUT,
    'Yêu cầu chạy quá thời gian cho phép và đã bị dừng; không có thay đổi nào được ghi. Hãy thu hẹp phạm vi truy vấn.',
    { limit: 'deadline' },
  );

const tooManyRows = (max: number) =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    `Yêu cầu đọc quá nhiều dữ liệu (tối đa ${max.toLocaleString('vi-VN')} dòng); hãy giảm cỡ trang hoặc số trường lồng nhau.`,
    { limit: 'rows' },
  );

/** The logger context key the budget travels under (MikroORM merges plain objects, keeps instances). */
export const BUDGET_KEY = 'requestBudget';

/**
 * MikroORM calls the logger after every statement with the rows it returned and the
 * EntityManager's logger context; charging there reaches every path to the database.
 */
export class BudgetLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const budget = context[BUDGET_KEY];
    if (budget instanceof RequestBudget && !TRANSACTION_CONTROL.test(context.query)) {
      // A statement that failed past the deadline was cancelled for it: say so, not "statement timeout".
      if (context.level === 'error') budget.assertTimeLeft();
      else budget.charge(context.results ?? 0);
    }
    super.logQuery(context);
  }
}

export function budgetOf(context: Record<string, unknown> | undefined): RequestBudget | undefined {
  const budget = context?.[BUDGET_KEY];
  return budget instanceof RequestBudget ? budget : undefined;
}

/** A statement's leading comment naming its request, for cancelling it at the deadline. */
export const tagged = (sql: string, budget: RequestBudget | undefined) =>
  budget ? `/* r-${budget.tag} */ ${sql}` : sql;

/** Cancels the running statements of one request on one database server (they start with its tag). */
export async function cancelTagged(connection: Connection, tag: string): Promise<void> {
  await connection.execute(
    `select pg_cancel_backend(pid) from pg_stat_activity
     where datname = current_database() and state = 'active' and pid <> pg_backend_pid() and query like ?`,
    [`/* r-${tag} */%`],
  );
}
