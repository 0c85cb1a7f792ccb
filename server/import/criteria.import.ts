import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import { forbidden, type Access } from '../auth/access';
import type { Campaign } from '../campaign/campaign.entity';
import { findCampaign } from '../campaign/campaign.service';
import { Criterion, type CriterionOption } from '../criterion/criterion.entity';
import { AnswerType, Bloc, Comparator, Level } from '../domain/enums';
import { BLOC_LABEL } from '../domain/labels';
import { AppError, badInput, ErrorCode } from '../graphql/errors';
import { rebuildProgress } from '../status/status.service';
import { blocNamed } from './accounts.import';
import { ImportErrorCode, type RowError } from './import.types';
import { cellError, chooser, hasRequired, rowError, type Importer } from './run-import';
import { templateWorkbook, textOf, type CellValue, type SheetSpec } from './workbook';

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
  | 'minValue'
  | 'maxValue';

const spec: SheetSpec<Column> = {
  sheet: 'Tiêu chí',
  columns: [
    { key: 'code', header: 'Mã tiêu chí', required: true, hint: 'Duy nhất trong đợt, ví dụ "XA-DU-01".' },
    { key: 'bloc', header: 'Khối', required: true, hint: 'Đảng ủy, HĐND, UBND hoặc MTTQ.' },
    { key: 'level', header: 'Cấp', required: true, hint: '"Xã" hoặc "Tỉnh".' },
    { key: 'text', header: 'Nội dung', required: true, hint: 'Nội dung tiêu chí như văn bản chính thức.', width: 60 },
    { key: 'position', header: 'Thứ tự', required: true, hint: 'Số thứ tự trong khối: 1, 2, 3…' },
    { key: 'dueDate', header: 'Hạn', hint: 'dd/mm/yyyy; để trống: hạn của đợt.' },
    {
      key: 'answerType',
      header: 'Kiểu trả lời',
      required: true,
      hint: 'Có/Không; Một lựa chọn; Nhiều lựa chọn; Số.',
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
    { key: 'comparator', header: 'So sánh', hint: 'Kiểu số: ≥, >, ≤, < hoặc =.' },
    { key: 'target', header: 'Mục tiêu', hint: 'Kiểu số: giá trị mục tiêu, ví dụ 90.' },
    { key: 'minValue', header: 'Nhỏ nhất', hint: 'Kiểu số: giá trị nhỏ nhất được nhập (không bắt buộc).' },
    { key: 'maxValue', header: 'Lớn nhất', hint: 'Kiểu số: giá trị lớn nhất được nhập (không bắt buộc).' },
  ],
};

const answerTypeNamed = chooser<AnswerType>({
  BOOLEAN: ['Có/Không', 'Có - Không', 'Có không'],
  SINGLE_CHOICE: ['Một lựa chọn', 'Chọn một'],
  MULTI_CHOICE: ['Nhiều lựa chọn', 'Chọn nhiều'],
  NUMBER: ['Số', 'Chỉ tiêu số'],
});
const levelNamed = chooser<Level>({ COMMUNE: ['Xã', 'Cấp xã'], PROVINCE: ['Tỉnh', 'Cấp tỉnh'] });
const comparatorNamed = chooser<Comparator>({ GTE: ['≥', '>='], GT: ['>'], LTE: ['≤', '<='], LT: ['<'], EQ: ['='] });

/** One criterion of the catalog as a row gives it. */
export interface CatalogCriterionInput {
  code: string;
  bloc: Bloc;
  level: Level;
  text: string;
  position: number;
  dueDate?: string;
  answerType: AnswerType;
  options: CriterionOption[];
  passingOptionKeys: string[];
  comparator?: Comparator;
  target?: number;
  minValue?: number;
  maxValue?: number;
}

const keysOf = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);

/**
 * Adds one criterion to a campaign's catalog with the rules of a criterion made by hand: the
 * caller manages the campaign's criteria, the code is new in the campaign, the pass rule fits
 * the answer type. This is the one call per row the authoring service replaces.
 */
export async function addCatalogCriterion(
  em: EntityManager,
  access: Access,
  campaign: Campaign,
  input: CatalogCriterionInput,
): Promise<Criterion> {
  access.assert('manage', 'Criterion', { campaign });
  if (await em.count(Criterion, { campaign: campaign.id, code: input.code }))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Đợt đã có tiêu chí mã "${input.code}".`, { field: 'code' });
  const choice = input.answerType === AnswerType.SINGLE_CHOICE || input.answerType === AnswerType.MULTI_CHOICE;
  if (choice && input.options.length < 2) throw badInput('Kiểu lựa chọn cần ít nhất hai lựa chọn.', 'options');
  if (!choice && input.options.length) throw badInput('Chỉ kiểu lựa chọn mới có các lựa chọn.', 'options');
  const keys = new Set(input.options.map((o) => o.key));
  if (keys.size !== input.options.length) throw badInput('Mã lựa chọn bị trùng.', 'options');
  const unknown = input.passingOptionKeys.filter((k) => !keys.has(k));
  if (unknown.length) throw badInput(`Lựa chọn đạt ${unknown.join(', ')} không có trong các lựa chọn.`, 'passingKeys');
  if (choice && !input.passingOptionKeys.length) throw badInput('Cần ghi lựa chọn đạt.', 'passingKeys');
  const number = input.answerType === AnswerType.NUMBER;
  if (number && (input.comparator === undefined || input.target === undefined))
    throw badInput('Kiểu số cần phép so sánh và mục tiêu.', input.comparator === undefined ? 'comparator' : 'target');
  if (!number && (input.comparator !== undefined || input.target !== undefined))
    throw badInput('Chỉ kiểu số mới có so sánh và mục tiêu.', 'comparator');
  const criterion = em.create(Criterion, {
    campaign,
    code: input.code,
    bloc: input.bloc,
    level: input.level,
    text: input.text,
    position: input.position,
    dueDate: input.dueDate,
    answerType: input.answerType,
    options: input.options,
    passingOptionKeys: input.answerType === AnswerType.SINGLE_CHOICE ? input.passingOptionKeys : [],
    requiredOptionKeys: input.answerType === AnswerType.MULTI_CHOICE ? input.passingOptionKeys : [],
    comparator: input.comparator,
    target: input.target,
    minValue: input.minValue,
    maxValue: input.maxValue,
  });
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'Criterion',
    object: criterion,
    province: campaign.province,
    changes: { ...input, campaignId: campaign.id },
  });
  return criterion;
}

const COLUMN_OF_FIELD: Partial<Record<string, Column>> = {
  code: 'code',
  options: 'options',
  passingKeys: 'passingKeys',
  comparator: 'comparator',
  target: 'target',
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

/** The row as a criterion, or null with its errors reported. */
function inputOf(row: { row: number; values: Partial<Record<Column, CellValue>> }, errors: RowError[]) {
  const value = (key: Column) => textOf(row.values[key]);
  const wrong = (key: Column, code: string, message: string) => {
    errors.push(cellError(spec, row.row, key, code, message));
    return null;
  };
  const answerType = answerTypeNamed(value('answerType')!);
  if (!answerType)
    return wrong(
      'answerType',
      ImportErrorCode.UNKNOWN_ANSWER_TYPE,
      `Kiểu trả lời "${value('answerType')}" không có; dùng Có/Không, Một lựa chọn, Nhiều lựa chọn hoặc Số.`,
    );
  const bloc = blocNamed(value('bloc')!);
  if (!bloc) return wrong('bloc', ErrorCode.BAD_USER_INPUT, `Khối "${value('bloc')}" không có.`);
  const level = levelNamed(value('level')!);
  if (!level)
    return wrong('level', ErrorCode.BAD_USER_INPUT, `Cấp "${value('level')}" không có; ghi "Xã" hoặc "Tỉnh".`);
  const position = numberCell(row.values.position);
  if (!Number.isInteger(position) || position! < 1)
    return wrong('position', ErrorCode.BAD_USER_INPUT, 'Thứ tự phải là số nguyên dương.');
  const dueDate = dateCell(row.values.dueDate);
  if (dueDate === null) return wrong('dueDate', ErrorCode.BAD_USER_INPUT, 'Hạn ghi theo dạng dd/mm/yyyy.');
  const comparatorText = value('comparator');
  const comparator = comparatorText ? comparatorNamed(comparatorText) : undefined;
  if (comparatorText && !comparator)
    return wrong('comparator', ErrorCode.BAD_USER_INPUT, 'So sánh là ≥, >, ≤, < hoặc =.');
  const numbers = {
    target: numberCell(row.values.target),
    minValue: numberCell(row.values.minValue),
    maxValue: numberCell(row.values.maxValue),
  };
  for (const [key, number] of Object.entries(numbers))
    if (number === null) return wrong(key as Column, ErrorCode.BAD_USER_INPUT, 'Ô này cần một số.');
  const options: CriterionOption[] = [];
  for (const part of (value('options') ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([^:]+):(.+)$/.exec(part);
    if (!match) return wrong('options', ErrorCode.BAD_USER_INPUT, `Lựa chọn "${part}" cần dạng "mã: nội dung".`);
    options.push({ key: match[1].trim(), label: match[2].trim() });
  }
  const input: CatalogCriterionInput = {
    code: value('code')!,
    bloc,
    level,
    text: value('text')!,
    position: position!,
    dueDate,
    answerType,
    options,
    passingOptionKeys: keysOf(value('passingKeys')),
    comparator,
    target: numbers.target ?? undefined,
    minValue: numbers.minValue ?? undefined,
    maxValue: numbers.maxValue ?? undefined,
  };
  return input;
}

/**
 * A campaign's criteria catalog: each row is added by addCatalogCriterion, then the
 * campaign's counters are rebuilt in the same transaction (new criteria change every unit's
 * count of due criteria).
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
          text: 'Tỷ lệ hồ sơ trực tuyến (%)',
          position: 1,
          answerType: 'Số',
          comparator: '≥',
          target: 90,
          minValue: 0,
          maxValue: 100,
        },
      ],
      ['Mỗi dòng là một tiêu chí mới của đợt đã chọn; mã tiêu chí không được trùng với tiêu chí đã có.'],
    ),
  async run({ em, access, rows, params, progress }) {
    if (!params.campaignId) throw badInput('Cần chọn đợt đánh giá (tham số campaignId).', 'campaignId');
    const campaign = await findCampaign(em, access, { id: params.campaignId });
    access.assert('manage', 'Criterion', { campaign });
    const errors: RowError[] = [];
    const firstRowOf = new Map<string, number>();
    let created = 0;
    for (const [index, row] of rows.entries()) {
      if (index % 50 === 0) progress({ phase: 'checking', done: index, total: rows.length });
      if (!hasRequired(spec, row, errors)) continue;
      const input = inputOf(row, errors);
      if (!input) continue;
      const earlier = firstRowOf.get(input.code);
      if (earlier !== undefined) {
        errors.push(
          cellError(
            spec,
            row.row,
            'code',
            ImportErrorCode.DUPLICATE,
            `Mã tiêu chí "${input.code}" trùng với dòng ${earlier}.`,
          ),
        );
        continue;
      }
      firstRowOf.set(input.code, row.row);
      try {
        await em.transactional((tx) => addCatalogCriterion(tx, access, campaign, input));
        created++;
      } catch (error) {
        const duplicate = error instanceof AppError && error.extensions.field === 'code';
        const reported = rowError(spec, row.row, error, COLUMN_OF_FIELD, 'code');
        errors.push(duplicate ? { ...reported, code: ImportErrorCode.DUPLICATE } : reported);
      }
    }
    progress({ phase: 'writing' });
    if (created && !errors.length) await rebuildProgress(em, campaign.id);
    return { errors, summary: { created } };
  },
};
