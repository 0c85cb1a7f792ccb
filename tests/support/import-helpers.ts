import ExcelJS from 'exceljs';
import type { TestServer } from './test-server';

export type Cell = ExcelJS.CellValue;

/** A workbook of the given sheets, each a header row and data rows, as a client would upload it. */
export async function workbookOf(sheets: { name: string; rows: Cell[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ImportResponse {
  status: number;
  body: any;
  /** The phases the server streamed before its answer. */
  progress: { phase: string; done?: number; total?: number }[];
}

const importUrl = (server: TestServer, path: string) => server.url.replace(/\/graphql$/, `/import/${path}`);

/**
 * POSTs a file to an import endpoint as the client does, asking for the streamed answer (a
 * long import sends its phases as it goes, so no client waits minutes for a first byte).
 */
export async function upload(
  server: TestServer,
  kind: string,
  mode: 'dryRun' | 'apply',
  file: Buffer | string,
  token: string,
  params: Record<string, string> = {},
): Promise<ImportResponse> {
  const search = new URLSearchParams({ mode, ...params });
  const response = await fetch(`${importUrl(server, kind)}?${search}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/x-ndjson',
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
  if (!response.headers.get('content-type')?.startsWith('application/x-ndjson'))
    return { status: response.status, body: await response.json(), progress: [] };
  const lines = (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const last = lines[lines.length - 1];
  const progress = lines.slice(0, -1).map((line) => line.progress);
  return last.report
    ? { status: 200, body: last.report, progress }
    : { status: last.status, body: { errors: last.errors }, progress };
}

/** Downloads an import template and reads it back as a workbook. */
export async function template(
  server: TestServer,
  kind: string,
  token: string,
  params: Record<string, string> = {},
): Promise<{ status: number; workbook?: ExcelJS.Workbook; body?: any }> {
  const response = await fetch(`${importUrl(server, `${kind}/template`)}?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) return { status: response.status, body: await response.json() };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as never);
  return { status: 200, workbook };
}

/** The rows of a sheet as arrays of values (header first), as a user would copy them. */
export function rowsOf(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow((row) => rows.push((row.values as Cell[]).slice(1)));
  return rows;
}
