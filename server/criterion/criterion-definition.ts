import { dateOrToday } from '../domain/dates';
import { AnswerType, Bloc, Comparator, Level } from '../domain/enums';
import type { CriterionOption } from './criterion.entity';
import type { CriterionRule } from './pass-rule';

/**
 * A criterion as its author writes it — in the editor, through the API or on a row of an Excel
 * catalog — before it is checked. Enum fields may arrive as any string (a spreadsheet cell),
 * numbers as numbers; omitted optional parts are empty.
 */
export interface CriterionDefinitionInput {
  code?: string | null;
  bloc: Bloc | string;
  level?: Level | string | null;
  text: string;
  answerType: AnswerType | string;
  options?: CriterionOption[] | null;
  passingOptionKeys?: string[] | null;
  requiredOptionKeys?: string[] | null;
  comparator?: Comparator | string | null;
  target?: number | null;
  targetMax?: number | null;
  measureUnit?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  allowsNotApplicable?: boolean | null;
  dueDate?: string | null;
}

/** A checked definition: every field as it is stored on the criterion and its versions. */
export interface CriterionDefinition extends CriterionRule {
  code?: string;
  bloc: Bloc;
  level: Level;
  text: string;
  measureUnit?: string;
  dueDate?: string;
}

/** One thing wrong with a definition: the input field (as named in CriterionDefinitionInput) and why, in Vietnamese. */
export interface FieldError {
  field: keyof CriterionDefinitionInput | `options.${number}`;
  message: string;
}

/** What the definition must fit: its campaign's level and blocs. */
export interface DefinitionContext {
  level: Level;
  blocs: readonly Bloc[];
}

const TYPE_LABEL: Record<AnswerType, string> = {
  [AnswerType.BOOLEAN]: 'có/không',
  [AnswerType.SINGLE_CHOICE]: 'chọn một',
  [AnswerType.MULTI_CHOICE]: 'chọn nhiều',
  [AnswerType.NUMBER]: 'số',
  [AnswerType.PERCENT]: 'tỷ lệ %',
  [AnswerType.TEXT]: 'văn bản',
};

const LIMITS = { code: 50, text: 2000, measureUnit: 50, optionLabel: 500, options: 50 };

const isOneOf = <E extends Record<string, string>>(values: E, value: unknown): value is E[keyof E] =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const present = (value: unknown) => value !== undefined && value !== null && value !== '';

function checkNumbers(
  input: CriterionDefinitionInput,
  answerType: AnswerType,
  errors: FieldError[],
): Pick<CriterionDefinition, 'comparator' | 'target' | 'targetMax' | 'minValue' | 'maxValue' | 'measureUnit'> {
  const numeric = answerType === AnswerType.NUMBER || answerType === AnswerType.PERCENT;
  if (!numeric) {
    for (const field of ['comparator', 'target', 'targetMax', 'minValue', 'maxValue'] as const) {
      if (present(input[field]))
        errors.push({ field, message: `Tiêu chí dạng ${TYPE_LABEL[answerType]} không có mục tiêu hay ngưỡng số.` });
    }
    return {};
  }
  const comparator = input.comparator ?? Comparator.GTE;
  if (!isOneOf(Comparator, comparator)) {
    errors.push({ field: 'comparator', message: `Phép so sánh "${comparator}" không hợp lệ (≥, >, ≤, <, =, khoảng).` });
  }
  if (!isNumber(input.target)) errors.push({ field: 'target', message: 'Chỉ tiêu dạng số cần có mục tiêu là một số.' });
  const between = comparator === Comparator.BETWEEN;
  if (between && !isNumber(input.targetMax)) {
    errors.push({ field: 'targetMax', message: 'Phép so sánh "trong khoảng" cần giá trị trên của khoảng.' });
  } else if (between && isNumber(input.target) && input.targetMax! < input.target) {
    errors.push({ field: 'targetMax', message: 'Giá trị trên của khoảng phải lớn hơn hoặc bằng mục tiêu.' });
  } else if (!between && present(input.targetMax)) {
    errors.push({ field: 'targetMax', message: 'Chỉ phép so sánh "trong khoảng" mới có giá trị trên.' });
  }
  for (const field of ['minValue', 'maxValue'] as const) {
    if (present(input[field]) && !isNumber(input[field])) errors.push({ field, message: 'Cần là một số.' });
  }
  if (isNumber(input.minValue) && isNumber(input.maxValue) && input.minValue > input.maxValue) {
    errors.push({ field: 'maxValue', message: 'Giá trị lớn nhất phải lớn hơn hoặc bằng giá trị nhỏ nhất.' });
  }
  if (answerType === AnswerType.PERCENT) {
    for (const field of ['target', 'targetMax'] as const) {
      const value = input[field];
      if (isNumber(value) && (value < 0 || value > 100))
        errors.push({ field, message: 'Tỷ lệ phần trăm phải từ 0 đến 100.' });
    }
  }
  const measureUnit = input.measureUnit?.trim() || (answerType === AnswerType.PERCENT ? '%' : undefined);
  if ((measureUnit?.length ?? 0) > LIMITS.measureUnit) {
    errors.push({ field: 'measureUnit', message: `Đơn vị tính dài quá ${LIMITS.measureUnit} ký tự.` });
  }
  return {
    comparator: comparator as Comparator,
    target: input.target ?? undefined,
    targetMax: between ? (input.targetMax ?? undefined) : undefined,
    minValue: input.minValue ?? undefined,
    maxValue: input.maxValue ?? undefined,
    measureUnit,
  };
}

function checkOptions(
  input: CriterionDefinitionInput,
  answerType: AnswerType,
  errors: FieldError[],
): Pick<CriterionDefinition, 'options' | 'passingOptionKeys' | 'requiredOptionKeys'> {
  const choice = answerType === AnswerType.SINGLE_CHOICE || answerType === AnswerType.MULTI_CHOICE;
  const options = (input.options ?? []).map((o) => ({
    key: String(o.key ?? '').trim(),
    label: String(o.label ?? '').trim(),
  }));
  if (!choice) {
    if (options.length) errors.push({ field: 'options', message: 'Chỉ tiêu chí dạng chọn mới có phương án.' });
    if (input.passingOptionKeys?.length || input.requiredOptionKeys?.length)
      errors.push({ field: 'passingOptionKeys', message: 'Chỉ tiêu chí dạng chọn mới có phương án đạt.' });
    return { options: [], passingOptionKeys: [], requiredOptionKeys: [] };
  }
  if (options.length < 2 || options.length > LIMITS.options) {
    errors.push({ field: 'options', message: `Tiêu chí dạng chọn cần từ 2 đến ${LIMITS.options} phương án.` });
  }
  const keys = new Set<string>();
  options.forEach((option, index) => {
    if (!option.key || !/^[A-Za-z0-9_-]{1,20}$/.test(option.key)) {
      errors.push({ field: `options.${index}`, message: `Phương án ${index + 1}: mã cần 1–20 chữ, số, "-" hoặc "_".` });
    } else if (keys.has(option.key)) {
      errors.push({ field: `options.${index}`, message: `Phương án ${index + 1}: mã "${option.key}" bị trùng.` });
    }
    keys.add(option.key);
    if (!option.label || option.label.length > LIMITS.optionLabel) {
      errors.push({ field: `options.${index}`, message: `Phương án ${index + 1}: nội dung cần từ 1 đến 500 ký tự.` });
    }
  });
  const single = answerType === AnswerType.SINGLE_CHOICE;
  const field = single ? 'passingOptionKeys' : 'requiredOptionKeys';
  const chosen = [...new Set((single ? input.passingOptionKeys : input.requiredOptionKeys) ?? [])];
  if (!chosen.length) {
    errors.push({
      field,
      message: single ? 'Cần ít nhất một phương án được tính là đạt.' : 'Cần ít nhất một phương án bắt buộc phải chọn.',
    });
  }
  const unknown = chosen.filter((k) => !keys.has(k));
  if (unknown.length) {
    errors.push({ field, message: `Phương án ${unknown.map((k) => `"${k}"`).join(', ')} không có trong danh sách.` });
  }
  return {
    options,
    passingOptionKeys: single ? chosen : [],
    requiredOptionKeys: single ? [] : chosen,
  };
}

/**
 * Checks one criterion definition, with no database: every problem is reported (not only the
 * first), each with its field and a Vietnamese reason, so an editor can mark its fields and a
 * bulk import can list every bad cell of a row. `definition` is set only when there is none.
 */
export function checkCriterionDefinition(
  input: CriterionDefinitionInput,
  context: DefinitionContext,
): { definition?: CriterionDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const code = input.code?.trim() || undefined;
  if (code !== undefined && !/^[\p{L}\p{N}._-]{1,50}$/u.test(code)) {
    errors.push({
      field: 'code',
      message: `Mã tiêu chí cần 1–${LIMITS.code} chữ, số, ".", "-" hoặc "_", không dấu cách.`,
    });
  }
  if (!isOneOf(Bloc, input.bloc)) {
    errors.push({ field: 'bloc', message: `Khối "${input.bloc ?? ''}" không hợp lệ.` });
  } else if (!context.blocs.includes(input.bloc)) {
    errors.push({ field: 'bloc', message: 'Khối này không tham gia đợt đánh giá.' });
  }
  const level = input.level ?? context.level;
  if (level !== context.level) {
    errors.push({ field: 'level', message: 'Cấp của tiêu chí phải trùng cấp của đợt đánh giá.' });
  }
  const text = (input.text ?? '').trim();
  if (!text || text.length > LIMITS.text) {
    errors.push({ field: 'text', message: `Nội dung tiêu chí cần từ 1 đến ${LIMITS.text} ký tự.` });
  }
  let dueDate: string | undefined;
  if (present(input.dueDate)) {
    try {
      dueDate = dateOrToday(input.dueDate, 'dueDate');
    } catch (error) {
      errors.push({ field: 'dueDate', message: (error as Error).message });
    }
  }
  if (!isOneOf(AnswerType, input.answerType)) {
    errors.push({
      field: 'answerType',
      message: `Dạng trả lời "${input.answerType ?? ''}" không hợp lệ (BOOLEAN, SINGLE_CHOICE, MULTI_CHOICE, NUMBER, PERCENT, TEXT).`,
    });
    return { errors };
  }
  const answerType = input.answerType;
  const choices = checkOptions(input, answerType, errors);
  const numbers = checkNumbers(input, answerType, errors);
  if (errors.length) return { errors };
  return {
    errors,
    definition: {
      code,
      bloc: input.bloc as Bloc,
      level: context.level,
      text,
      answerType,
      ...choices,
      ...numbers,
      allowsNotApplicable: !!input.allowsNotApplicable,
      dueDate,
    },
  };
}
