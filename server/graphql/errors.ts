import { GraphQLError } from 'graphql';

/**
 * The stable codes clients switch on (`extensions.code`); messages are Vietnamese because
 * they may be shown to officials as they are.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The right password of an account an administrator disabled. HTTP 403. */
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  /** An administrator reset the password: the session may only change it (changePassword), read `me` or sign out. HTTP 403. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INVALID_ANSWER = 'INVALID_ANSWER',
  CRITERION_NOT_APPLICABLE = 'CRITERION_NOT_APPLICABLE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** A claim of a bulk verification was decided already (extensions.assessmentId); nothing of the batch is written. */
  ALREADY_VERIFIED = 'ALREADY_VERIFIED',
  /** A report value does not fit its template: unknown field, verdict not in the list, wrong type, too long (extensions.field, extensions.reason). */
  INVALID_REPORT_VALUE = 'INVALID_REPORT_VALUE',
  /** The submission is submitted or accepted: nothing in it may change until it is returned or reopened. */
  SUBMISSION_LOCKED = 'SUBMISSION_LOCKED',
  /** The step does not follow from the submission's status (e.g. accepting a draft). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Too many requests from one token (or address) in the window; see extensions.retryAfterSeconds. HTTP 429. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A statement ran past PHUXANH_STATEMENT_TIMEOUT_MS; the transaction was rolled back. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** The database is down or restarting; retry later. HTTP 503. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** PHUXANH_TRUSTED_DOCUMENTS=only: the document is not one of the client's own. HTTP 400. */
  DOCUMENT_NOT_TRUSTED = 'DOCUMENT_NOT_TRUSTED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Bạn cần đăng nhập (thiếu hoặc sai mã truy cập).');

export const passwordChangeRequired = () =>
  new AppError(
    ErrorCode.PASSWORD_CHANGE_REQUIRED,
    'Quản trị viên đã đặt lại mật khẩu của bạn: hãy đổi mật khẩu trước khi tiếp tục.',
  );

export const notFound = (what: string, id: string | number) =>
  new AppError(ErrorCode.NOT_FOUND, `Không tìm thấy ${what} có mã "${id}".`, { id: String(id) });

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : undefined);

export const invalidAnswer = (message: string) => new AppError(ErrorCode.INVALID_ANSWER, message);
