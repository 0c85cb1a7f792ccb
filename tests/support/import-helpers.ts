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
}

const importUrl = (server: TestServer, path: string) => server.url.replace(/\/graphql$/, `/import/${path}`);

/** POSTs a file to an import endpoint, as the client does. */
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
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
  return { status: response.status, body: await response.json() };
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
