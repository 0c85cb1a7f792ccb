import ExcelJS from 'exceljs';
import { ImportErrorCode, ImportRefusal, IMPORT_LIMITS, type RowError } from './import.types';

/**
 * A zip whose entries claim to unpack to more than this is refused before anything is unpacked:
 * 50,000 rows of a dozen columns unpack to well under 100 MB.
 */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const notAWorkbook = () =>
  new ImportRefusal(
    ImportErrorCode.IMPORT_NOT_A_WORKBOOK,
    'Tệp không phải sổ tính Excel (.xlsx). Hãy tải mẫu, điền và lưu dưới dạng Excel Workbook (.xlsx).',
  );

/**
 * Reads the sizes an xlsx (a zip) declares in its central directory, so that a zip bomb is
 * refused from a few hundred bytes instead of being unpacked into memory. Zip64 archives are
 * refused too: no workbook within the upload limit needs them.
 */
function assertUnpackedSize(file: Buffer): void {
  if (file.length < 22 || file.readUInt32LE(0) !== 0x04034b50) throw notAWorkbook();
  const searchFrom = Math.max(0, file.length - 22 - 0xffff);
  let end = -1;
  for (let at = file.length - 22; at >= searchFrom; at--) {
    if (file.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAWorkbook();
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) throw notAWorkbook();
    const size = file.readUInt32LE(at + 24);
    if (size === 0xffffffff) unpacked = Infinity;
    else unpacked += size;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportRefusal(
      ImportErrorCode.IMPORT_FILE_TOO_LARGE,
      'Tệp giải nén ra quá lớn (trên 200 MB); không đọc. Hãy chia thành nhiều tệp nhỏ hơn.',
    );
  }
}

export async function readWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  assertUnpackedSize(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as never);
  } catch {
    throw notAWorkbook();
  }
  return workbook;
}

/** One column of an import sheet: its Vietnamese header and whether a row must fill it. */
export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  required?: boolean;
  /** Shown under the header in the template and on the instructions sheet. */
  hint: string;
  width?: number;
}

export interface SheetSpec<K extends string> {
  sheet: string;
  columns: readonly ColumnSpec<K>[];
}

export type CellValue = string | number | boolean | Date | undefined;

export interface SheetRow<K extends string> {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  values: Partial<Record<K, CellValue>>;
}

const normalized = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

function cellValue(cell: ExcelJS.Cell): CellValue | { formula: true } {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true };
    if ('error' in value) return String(value.error);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : String(value.hyperlink);
    return cell.text;
  }
  if (typeof value === 'string') return value.normalize('NFC').trim() || undefined;
  return value;
}

/**
 * The data rows of the sheet the spec names, keyed by column; blank rows are skipped. A
 * missing sheet, a header row that lacks a required column or holds an unknown one, and more
 * rows than the limit refuse the whole file; a formula cell is a row error (its value is a
 * computation the import would have to trust).
 */
export function sheetRows<K extends string>(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec<K>,
): { rows: SheetRow<K>[]; errors: RowError[] } {
  const worksheet = workbook.worksheets.find((w) => normalized(w.name) === normalized(spec.sheet));
  if (!worksheet) {
    throw new ImportRefusal(
      ImportErrorCode.IMPORT_WRONG_SHEET,
      `Không thấy trang tính "${spec.sheet}" (tệp có: ${workbook.worksheets.map((w) => `"${w.name}"`).join(', ') || 'không trang nào'}). Hãy dùng tệp mẫu.`,
      { sheet: spec.sheet },
    );
  }
  if (worksheet.rowCount - 1 > IMPORT_LIMITS.rows) {
    throw new ImportRefusal(
      ImportErrorCode.IMPORT_TOO_MANY_ROWS,
      `Trang "${spec.sheet}" có ${worksheet.rowCount - 1} dòng; mỗi lần nhập tối đa ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng.`,
      { limit: IMPORT_LIMITS.rows },
    );
  }
  const byHeader = new Map(spec.columns.map((c) => [normalized(c.header), c]));
  const positions = new Map<number, ColumnSpec<K>>();
  const unknown: string[] = [];
  worksheet.getRow(1).eachCell((cell, position) => {
    const header = cell.text ? normalized(cell.text) : '';
    if (!header) return;
    const column = byHeader.get(header);
    if (column) positions.set(position, column);
    else unknown.push(cell.text.trim());
  });
  const present = new Set([...positions.values()].map((c) => c.key));
  const missing = spec.columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length || unknown.length) {
    throw new ImportRefusal(
      ImportErrorCode.IMPORT_WRONG_COLUMNS,
      [
        missing.length ? `Trang "${spec.sheet}" thiếu cột ${missing.map((h) => `"${h}"`).join(', ')}.` : '',
        unknown.length ? `Cột không dùng được: ${unknown.map((h) => `"${h}"`).join(', ')}.` : '',
        'Dòng 1 phải là tiêu đề cột như tệp mẫu.',
      ]
        .filter(Boolean)
        .join(' '),
      { missingColumns: missing, unknownColumns: unknown },
    );
  }
  const rows: SheetRow<K>[] = [];
  const errors: RowError[] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: Partial<Record<K, CellValue>> = {};
    let filled = false;
    for (const [position, column] of positions) {
      const value = cellValue(row.getCell(position));
      if (value !== undefined) filled = true;
      if (value && typeof value === 'object' && 'formula' in value) {
        errors.push({
          sheet: spec.sheet,
          row: number,
          column: column.header,
          code: ImportErrorCode.FORMULA_CELL,
          message: 'Ô chứa công thức; hãy dán giá trị (Paste Values) thay cho công thức.',
        });
        continue;
      }
      values[column.key] = value as CellValue;
    }
    if (filled) rows.push({ row: number, values });
  });
  return { rows, errors };
}

/** The downloadable template: the sheet with its headers and hints, an example row, and an instructions sheet. */
export async function templateWorkbook<K extends string>(
  spec: SheetSpec<K>,
  examples: Partial<Record<K, string | number>>[],
  instructions: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phủ Xanh';
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 20 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((column, index) => {
    header.getCell(index + 1).note = `${column.required ? 'Bắt buộc. ' : ''}${column.hint}`;
  });
  for (const example of examples) sheet.addRow(example);
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Cột', key: 'header', width: 24 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách điền', key: 'hint', width: 100 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of spec.columns)
    guide.addRow({ header: column.header, required: column.required ? 'Có' : '', hint: column.hint });
  guide.addRow({});
  for (const line of instructions) guide.addRow({ header: '', hint: line });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The text of a cell as typed: numbers as Excel shows them, dates as YYYY-MM-DD. */
export function textOf(value: CellValue): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim() || undefined;
}
