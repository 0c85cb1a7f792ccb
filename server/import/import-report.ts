/**
 * What the import endpoints answer, as plain types with no imports: the client reads the same
 * definitions (type-only) as the server writes.
 */
/** One thing wrong in one row, as the dry run lists it. */
export interface RowError {
  sheet: string;
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** Header of the column at fault; empty when the row as a whole is refused. */
  column: string;
  code: string;
  message: string;
}

export type ImportKind = 'accounts' | 'answers' | 'criteria';
export type ImportMode = 'dryRun' | 'apply';

export interface ImportReport {
  kind: ImportKind;
  mode: ImportMode;
  sheet: string;
  /** Data rows read (blank rows are skipped). */
  rows: number;
  /** Every bad row's errors, in row order. */
  errors: RowError[];
  /** True when the rows were written (apply with no errors); a dry run never writes. */
  applied: boolean;
  /** What the import does (dry run) or did (apply): counts by effect, e.g. created / updated. */
  summary: Record<string, number>;
  /** Accounts import, apply: the initial passwords generated for rows that gave none, shown only in this response. */
  generatedPasswords?: { row: number; username: string; password: string }[];
}

/** Where a long import stands; streamed to clients that ask for application/x-ndjson. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'hashing' | 'writing';
  done?: number;
  total?: number;
}
