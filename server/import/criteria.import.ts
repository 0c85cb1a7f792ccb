import { forbidden } from '../auth/access';
import { draftCampaign, putDraftCriterion } from '../criterion/criterion-authoring.service';
import type { CriterionDefinitionInput, FieldError } from '../criterion/criterion-definition';
import { Criterion, type CriterionOption } from '../criterion/criterion.entity';
import { AnswerType, Comparator, Level } from '../domain/enums';
import { BLOC_LABEL } from '../domain/labels';
import { AppError, badInput, ErrorCode } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { blocNamed } from './accounts.import';
import { ImportErrorCode, type RowError } from './import.types';
import { cellError, chooser, hasRequired, rowError, type Importer } from './run-import';
import { templateWorkbook, textOf, type CellValue, type SheetRow, type SheetSpec } from './workbook';

type Column =
  | 'code'
  | 'bloc'
  | 'level'
  | 'text'
  | 'position'
  | 'dueDate'
  | 'answerType'
  | 'options'
  | 'passingKeys'
  | 'comparator'
  | 'target'
  | 'targetMax'
  | 'measureUnit'
  | 'minValue'
  | 'maxValue'
  | 'allowsNotApplicable';

const spec: SheetSpec<Column> = {
  sheet: 'Tiêu chí',
  columns: [
    { key: 'code', header: 'Mã tiêu chí', required: true, hint: 'Duy nhất trong đợt, ví dụ "XA-DU-01".' },
    { key: 'bloc', header: 'Khối', required: true, hint: 'Đảng ủy, HĐND, UBND hoặc MTTQ.' },
    { key: 'level', header: 'Cấp', hint: '"Xã" hoặc "Tỉnh"; để trống: cấp của đợt.' },
    { key: 'text', header: 'Nội dung', required: true, hint: 'Nội dung tiêu chí như văn bản chính thức.', width: 60 },
    { key: 'position', header: 'Thứ tự', hint: 'Số thứ tự trong khối: 1, 2, 3…; để trống: theo thứ tự các dòng.' },
    { key: 'dueDate', header: 'Hạn', hint: 'dd/mm/yyyy; để trống: hạn của đợt.' },
    {
      key: 'answerType',
      header: 'Kiểu trả lời',
      required: true,
      hint: 'Có/Không; Một lựa chọn; Nhiều lựa chọn; Số; Tỷ lệ %; Văn bản.',
    },
    {
      key: 'options',
      header: 'Các lựa chọn',
      hint: 'Kiểu một/nhiều lựa chọn: mỗi lựa chọn "mã: nội dung", cách nhau bởi dấu chấm phẩy, ví dụ "A: Đã ban hành; B: Chưa".',
      width: 40,
    },
    {
      key: 'passingKeys',
      header: 'Lựa chọn đạt',
      hint: 'Một lựa chọn: các mã được tính là đạt. Nhiều lựa chọn: các mã phải đánh dấu đủ. Cách nhau bởi dấu phẩy.',
    },
    { key: 'comparator', header: 'So sánh', hint: 'Kiểu số hoặc tỷ lệ %: ≥, >, ≤, <, = hoặc "trong khoảng".' },
    { key: 'target', header: 'Mục tiêu', hint: 'Kiểu số hoặc tỷ lệ %: giá trị mục tiêu, ví dụ 90.' },
    { key: 'targetMax', header: 'Mục tiêu tối đa', hint: 'Chỉ khi so sánh "trong khoảng": giá trị trên của khoảng.' },
    { key: 'measureUnit', header: 'Đơn vị tính', hint: 'Kiểu số: ví dụ "hồ sơ", "lượt"; tỷ lệ % để trống.' },
    { key: 'minValue', header: 'Nhỏ nhất', hint: 'Kiểu số: giá trị nhỏ nhất được nhập (không bắt buộc).' },
    { key: 'maxValue', header: 'Lớn nhất', hint: 'Kiểu số: giá trị lớn nhất được nhập (không bắt buộc).' },
    {
      key: 'allowsNotApplicable',
      header: 'Cho phép không phát sinh',
      hint: '"Có" nếu đơn vị được trả lời "không phát sinh" trong kỳ; để trống: không.',
    },
  ],
};

const answerTypeNamed = chooser<AnswerType>({
  BOOLEAN: ['Có/Không', 'Có - Không', 'Có không'],
  SINGLE_CHOICE: ['Một lựa chọn', 'Chọn một'],
  MULTI_CHOICE: ['Nhiều lựa chọn', 'Chọn nhiều'],
  NUMBER: ['Số', 'Chỉ tiêu số'],
  PERCENT: ['Tỷ lệ %', 'Tỷ lệ', 'Phần trăm', '%'],
  TEXT: ['Văn bản', 'Chữ', 'Nhận xét'],
});
const levelNamed = chooser<Level>({ COMMUNE: ['Xã', 'Cấp xã'], PROVINCE: ['Tỉnh', 'Cấp tỉnh'] });
const comparatorNamed = chooser<Comparator>({
  GTE: ['≥', '>='],
  GT: ['>'],
  LTE: ['≤', '<='],
  LT: ['<'],
  EQ: ['='],
  BETWEEN: ['Trong khoảng', 'Khoảng', 'Từ đến'],
});
const yesNoNamed = chooser<'YES' | 'NO'>({ YES: ['Có', 'x', 'Đúng'], NO: ['Không', 'Sai'] });

const keysOf = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);

/** Where a definition's field is written on the sheet, to point its problem at the cell. */
const COLUMN_OF_FIELD: Partial<Record<string, Column>> = {
  code: 'code',
  bloc: 'bloc',
  level: 'level',
  text: 'text',
  dueDate: 'dueDate',
  answerType: 'answerType',
  options: 'options',
  passingOptionKeys: 'passingKeys',
  requiredOptionKeys: 'passingKeys',
  comparator: 'comparator',
  target: 'target',
  targetMax: 'targetMax',
  measureUnit: 'measureUnit',
  minValue: 'minValue',
  maxValue: 'maxValue',
  allowsNotApplicable: 'allowsNotApplicable',
};

function numberCell(value: CellValue): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const number = Number(String(value).replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

function dateCell(value: CellValue): string | undefined | null {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(textOf(value)!);
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : null;
}

/** A row read as a criterion definition, its place in the bloc, and the problems of its cells. */
interface CatalogRow {
  row: number;
  position?: number;
  input?: CriterionDefinitionInput;
}

/**
 * Reads the cells a definition cannot check itself (names of blocs, levels, types and
 * comparators, numbers, dates, options); the definition's own rules are the authoring service's.
 */
function catalogRow(row: SheetRow<Column>, errors: RowError[]): CatalogRow {
  const value = (key: Column) => textOf(row.values[key]);
  const before = errors.length;
  const wrong = (key: Column, code: string, message: string) =>
    errors.push(cellError(spec, row.row, key, code, message));
  const answerType = answerTypeNamed(value('answerType')!);
  if (!answerType)
    wrong(
      'answerType',
      ImportErrorCode.UNKNOWN_ANSWER_TYPE,
      `Kiểu trả lời "${value('answerType')}" không có; dùng Có/Không, Một lựa chọn, Nhiều lựa chọn, Số, Tỷ lệ % hoặc Văn bản.`,
    );
  const bloc = blocNamed(value('bloc')!);
  if (!bloc) wrong('bloc', ErrorCode.BAD_USER_INPUT, `Khối "${value('bloc')}" không có.`);
  const levelText = value('level');
  const level = levelText ? levelNamed(levelText) : undefined;
  if (levelText && !level)
    wrong('level', ErrorCode.BAD_USER_INPUT, `Cấp "${levelText}" không có; ghi "Xã" hoặc "Tỉnh".`);
  const position = numberCell(row.values.position);
  if (position !== undefined && (!Number.isInteger(position) || position! < 1))
    wrong('position', ErrorCode.BAD_USER_INPUT, 'Thứ tự phải là số nguyên dương.');
  const dueDate = dateCell(row.values.dueDate);
  if (dueDate === null) wrong('dueDate', ErrorCode.BAD_USER_INPUT, 'Hạn ghi theo dạng dd/mm/yyyy.');
  const comparatorText = value('comparator');
  const comparator = comparatorText ? comparatorNamed(comparatorText) : undefined;
  if (comparatorText && !comparator)
    wrong('comparator', ErrorCode.BAD_USER_INPUT, 'So sánh là ≥, >, ≤, <, = hoặc "trong khoảng".');
  const numbers = {
    target: numberCell(row.values.target),
    targetMax: numberCell(row.values.targetMax),
    minValue: numberCell(row.values.minValue),
    maxValue: numberCell(row.values.maxValue),
  };
  for (const [key, number] of Object.entries(numbers))
    if (number === null) wrong(key as Column, ErrorCode.BAD_USER_INPUT, 'Ô này cần một số.');
  const notApplicableText = value('allowsNotApplicable');
  const notApplicable = notApplicableText ? yesNoNamed(notApplicableText) : 'NO';
  if (!notApplicable) wrong('allowsNotApplicable', ErrorCode.BAD_USER_INPUT, 'Ghi "Có" hoặc "Không".');
  const options: CriterionOption[] = [];
  for (const part of (value('options') ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([^:]+):(.+)$/.exec(part);
    if (match) options.push({ key: match[1].trim(), label: match[2].trim() });
    else wrong('options', ErrorCode.BAD_USER_INPUT, `Lựa chọn "${part}" cần dạng "mã: nội dung".`);
  }
  if (errors.length > before) return { row: row.row };
  const chosen = keysOf(value('passingKeys'));
  const multi = answerType === AnswerType.MULTI_CHOICE;
  return {
    row: row.row,
    position: position ?? undefined,
    input: {
      code: value('code'),
      bloc: bloc!,
      level,
      text: value('text')!,
      dueDate: dueDate ?? undefined,
      answerType: answerType!,
      options,
      passingOptionKeys: multi ? [] : chosen,
      requiredOptionKeys: multi ? chosen : [],
      comparator,
      target: numbers.target,
      targetMax: numbers.targetMax,
      measureUnit: value('measureUnit'),
      minValue: numbers.minValue,
      maxValue: numbers.maxValue,
      allowsNotApplicable: notApplicable === 'YES',
    },
  };
}

/** Every problem the authoring service found in a row's definition, each at its cell. */
function definitionErrors(row: number, error: unknown): RowError[] {
  const fieldErrors =
    error instanceof AppError ? (error.extensions.fieldErrors as FieldError[] | undefined) : undefined;
  if (!fieldErrors) return [rowError(spec, row, error, COLUMN_OF_FIELD, 'code')];
  return fieldErrors.map((e) => {
    const column = COLUMN_OF_FIELD[e.field.split('.')[0]] ?? 'code';
    return cellError(spec, row, column, ErrorCode.BAD_USER_INPUT, e.message);
  });
}

/**
 * A draft campaign's criteria catalog: every row goes through putDraftCriterion, the rule of
 * the campaign editor, so a sheet can add nothing the editor would refuse; the counters are
 * built when the campaign is published.
 */
export const criteriaImporter: Importer<Column> = {
  kind: 'criteria',
  spec,
  authorize(access) {
    if (access.filter('manage', 'Criterion') === null) throw forbidden();
  },
  template: () =>
    templateWorkbook(
      spec,
      [
        {
          code: 'XA-DU-01',
          bloc: BLOC_LABEL.PARTY,
          level: 'Xã',
          text: 'Ban hành quy chế làm việc …',
          position: 1,
          answerType: 'Có/Không',
        },
        {
          code: 'XA-DU-02',
          bloc: BLOC_LABEL.PARTY,
          level: 'Xã',
          text: 'Mức độ triển khai …',
          position: 2,
          answerType: 'Một lựa chọn',
          options: 'A: Đã triển khai; B: Đang triển khai; C: Chưa',
          passingKeys: 'A',
        },
        {
          code: 'XA-UB-01',
          bloc: BLOC_LABEL.PEOPLES_COMMITTEE,
          level: 'Xã',
          text: 'Tỷ lệ hồ sơ trực tuyến',
          position: 1,
          answerType: 'Tỷ lệ %',
          comparator: '≥',
          target: 90,
          allowsNotApplicable: 'Không',
        },
      ],
      [
        'Mỗi dòng là một tiêu chí mới của đợt dự thảo đã chọn; mã tiêu chí không được trùng với tiêu chí đã có.',
        'Đợt đã ban hành không nhận thêm tiêu chí: hãy sao chép đợt thành bản dự thảo mới.',
      ],
    ),
  async run({ em, access, rows, params, progress }) {
    if (!params.campaignId) throw badInput('Cần chọn đợt đánh giá (tham số campaignId).', 'campaignId');
    const campaign = await draftCampaign(em, access, parseId(params.campaignId, 'campaignId'));
    const taken = new Set((await em.find(Criterion, { campaign }, { fields: ['code'] })).map((c) => c.code));
    const errors: RowError[] = [];
    const firstRowOf = new Map<string, number>();
    const read: (CatalogRow & { input: CriterionDefinitionInput })[] = [];
    for (const [index, row] of rows.entries()) {
      if (index % 50 === 0) progress({ phase: 'checking', done: index, total: rows.length });
      if (!hasRequired(spec, row, errors)) continue;
      const catalog = catalogRow(row, errors);
      if (!catalog.input) continue;
      const code = catalog.input.code!;
      const earlier = firstRowOf.get(code);
      if (taken.has(code) || earlier !== undefined) {
        const message = taken.has(code)
          ? `Đợt đã có tiêu chí mã "${code}".`
          : `Mã tiêu chí "${code}" trùng với dòng ${earlier}.`;
        errors.push(cellError(spec, row.row, 'code', ImportErrorCode.DUPLICATE, message));
        continue;
      }
      firstRowOf.set(code, row.row);
      read.push({ ...catalog, input: catalog.input });
    }
    // The service appends each criterion to its bloc: rows go in by their "Thứ tự", then as written.
    const last = Number.MAX_SAFE_INTEGER;
    read.sort((a, b) => (a.position ?? last) - (b.position ?? last) || a.row - b.row);
    let created = 0;
    for (const [index, { row, input }] of read.entries()) {
      if (index % 50 === 0) progress({ phase: 'writing', done: index, total: read.length });
      try {
        await em.transactional((tx) => putDraftCriterion(tx, access, campaign.id, input));
        created++;
      } catch (error) {
        errors.push(...definitionErrors(row, error));
      }
    }
    errors.sort((a, b) => a.row - b.row);
    return { errors, summary: { created } };
  },
};
