import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { AppError } from '../graphql/errors';
import { searchKey } from '../domain/text';
import {
  ImportErrorCode,
  ImportRefusal,
  type ImportKind,
  type ImportMode,
  type ImportReport,
  type ProgressSink,
  type RowError,
} from './import.types';
import { readWorkbook, sheetRows, type SheetRow, type SheetSpec } from './workbook';

/** What an importer's rows did: errors of rows it refused, counts of what it did (or would do). */
export interface RowsOutcome {
  errors: RowError[];
  summary: Record<string, number>;
  generatedPasswords?: ImportReport['generatedPasswords'];
}

export interface ImportRun<K extends string> {
  em: EntityManager;
  access: Access;
  rows: SheetRow<K>[];
  mode: ImportMode;
  /** The request's query parameters (e.g. campaignId). */
  params: Record<string, string | undefined>;
  progress: ProgressSink;
}

/**
 * One kind of import. `run` checks every row and makes its changes in the transaction of `em`
 * through the same service rules as a change made one at a time; the pipeline commits them
 * only for an apply without errors and rolls everything else back.
 */
export interface Importer<K extends string> {
  kind: ImportKind;
  spec: SheetSpec<K>;
  /** Refuses, before the file is read, a caller who could not make one such change at a time. */
  authorize(access: Access): void;
  template(em: EntityManager, access: Access, params: Record<string, string | undefined>): Promise<Buffer>;
  run(input: ImportRun<K>): Promise<RowsOutcome>;
}

/** The error of one row from a refused service call: its code, its Vietnamese message, the column of its field. */
export function rowError<K extends string>(
  spec: SheetSpec<K>,
  row: number,
  error: unknown,
  columnOfField: Partial<Record<string, K>> = {},
  fallbackColumn?: K,
): RowError {
  if (!(error instanceof AppError)) throw error;
  const field = error.extensions.field as string | undefined;
  const key = (field && columnOfField[field]) || fallbackColumn;
  return {
    sheet: spec.sheet,
    row,
    column: spec.columns.find((c) => c.key === key)?.header ?? '',
    code: String(error.extensions.code),
    message: error.message,
  };
}

export function cellError<K extends string>(
  spec: SheetSpec<K>,
  row: number,
  key: K,
  code: string,
  message: string,
): RowError {
  return { sheet: spec.sheet, row, column: spec.columns.find((c) => c.key === key)!.header, code, message };
}

/** Reports the empty required cells of a row; true when there are none. */
export function hasRequired<K extends string>(spec: SheetSpec<K>, row: SheetRow<K>, errors: RowError[]): boolean {
  const empty = spec.columns.filter((c) => c.required && row.values[c.key] === undefined);
  for (const column of empty)
    errors.push(cellError(spec, row.row, column.key, ImportErrorCode.REQUIRED, `Cột "${column.header}" để trống.`));
  return empty.length === 0;
}

/**
 * A value typed in a cell matched against a closed list, accepting its code or any of its
 * Vietnamese names, with or without diacritics ("UBND", "Uy ban nhan dan", "PEOPLES_COMMITTEE").
 */
export function chooser<V extends string>(names: Partial<Record<V, string[]>>): (typed: string) => V | undefined {
  const known = new Map<string, V>();
  for (const [value, aliases] of Object.entries(names) as [V, string[]][])
    for (const name of [value, ...aliases]) known.set(searchKey(name), value);
  return (typed) => known.get(searchKey(typed));
}

/**
 * Reads the file, runs the importer's rows in one transaction, and keeps the changes only for
 * an apply whose every row passed; an apply with errors is refused with the report, and a dry
 * run rolls back what it did, so both see exactly the same rule failures and neither writes.
 */
export async function runImport<K extends string>(
  importer: Importer<K>,
  em: EntityManager,
  access: Access,
  file: Buffer,
  mode: ImportMode,
  params: Record<string, string | undefined>,
  progress: ProgressSink,
): Promise<ImportReport> {
  progress({ phase: 'reading' });
  const workbook = await readWorkbook(file);
  const { rows, errors: cellErrors } = sheetRows(workbook, importer.spec);
  const faulty = new Set(cellErrors.map((e) => e.row));
  await em.begin();
  let outcome: RowsOutcome;
  try {
    outcome = await importer.run({
      em,
      access,
      rows: rows.filter((r) => !faulty.has(r.row)),
      mode,
      params,
      progress,
    });
  } catch (error) {
    await em.rollback();
    throw error;
  }
  const errors = [...cellErrors, ...outcome.errors].sort((a, b) => a.row - b.row);
  const applied = mode === 'apply' && errors.length === 0;
  if (applied) await em.commit();
  else await em.rollback();
  const report: ImportReport = {
    kind: importer.kind,
    mode,
    sheet: importer.spec.sheet,
    rows: rows.length,
    errors,
    applied,
    summary: outcome.summary,
    ...(applied && outcome.generatedPasswords ? { generatedPasswords: outcome.generatedPasswords } : {}),
  };
  if (mode === 'apply' && !applied) {
    const badRows = new Set(errors.map((e) => e.row)).size;
    throw new ImportRefusal(
      ImportErrorCode.IMPORT_ROWS_INVALID,
      `Tệp có ${badRows} dòng lỗi; chưa ghi dòng nào. Hãy sửa các dòng trong báo cáo rồi nhập lại.`,
      { report },
    );
  }
  return report;
}
