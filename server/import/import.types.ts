import { AppError, ErrorCode } from '../graphql/errors';
import type { ImportProgress } from './import-report';

export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 50_000 } as const;

/**
 * Codes of a refused import (`extensions.code` of the error body) and of row errors in a
 * report. Row errors raised by the services reuse the API's own codes (INVALID_ANSWER,
 * FORBIDDEN, NOT_FOUND, …).
 */
export enum ImportErrorCode {
  /** HTTP 413: the upload is over 20 MB (judged from Content-Length before reading), or unpacks to over 200 MB. */
  IMPORT_FILE_TOO_LARGE = 'IMPORT_FILE_TOO_LARGE',
  /** HTTP 415: not an .xlsx workbook (a CSV, random bytes, an .xls, a damaged zip). */
  IMPORT_NOT_A_WORKBOOK = 'IMPORT_NOT_A_WORKBOOK',
  /** HTTP 422: the workbook has no sheet of the expected name. */
  IMPORT_WRONG_SHEET = 'IMPORT_WRONG_SHEET',
  /** HTTP 422: the header row lacks a required column or holds one the import does not know. */
  IMPORT_WRONG_COLUMNS = 'IMPORT_WRONG_COLUMNS',
  /** HTTP 422: more than 50,000 data rows. */
  IMPORT_TOO_MANY_ROWS = 'IMPORT_TOO_MANY_ROWS',
  /** HTTP 422: an apply refused because rows are wrong; `extensions.report` lists them. Nothing was written. */
  IMPORT_ROWS_INVALID = 'IMPORT_ROWS_INVALID',
  /** Row error: a cell holds a formula instead of a value. */
  FORMULA_CELL = 'FORMULA_CELL',
  /** Row error: a required cell is empty. */
  REQUIRED = 'REQUIRED',
  /** Row error: the same code (username, criterion code, unit and criterion) appears twice, or already exists. */
  DUPLICATE = 'DUPLICATE',
  /** Row error: the answer type is none of the six (Có/Không, Một lựa chọn, Nhiều lựa chọn, Số, Tỷ lệ %, Văn bản). */
  UNKNOWN_ANSWER_TYPE = 'UNKNOWN_ANSWER_TYPE',
}

const STATUS: Partial<Record<string, number>> = {
  [ImportErrorCode.IMPORT_FILE_TOO_LARGE]: 413,
  [ImportErrorCode.IMPORT_NOT_A_WORKBOOK]: 415,
  [ImportErrorCode.IMPORT_WRONG_SHEET]: 422,
  [ImportErrorCode.IMPORT_WRONG_COLUMNS]: 422,
  [ImportErrorCode.IMPORT_TOO_MANY_ROWS]: 422,
  [ImportErrorCode.IMPORT_ROWS_INVALID]: 422,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 503,
};

/** The HTTP status an error code is answered with on the import endpoints. */
export const statusOf = (code: string): number => STATUS[code] ?? 500;

/** A whole file refused: nothing of it is read further or written. */
export class ImportRefusal extends AppError {
  constructor(code: ImportErrorCode, message: string, details?: Record<string, unknown>) {
    super(code as unknown as ErrorCode, message, details);
  }
}

export type { ImportKind, ImportMode, ImportProgress, ImportReport, RowError } from './import-report';

export type ProgressSink = (progress: ImportProgress) => void;
