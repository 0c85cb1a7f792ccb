import type { AnswerValue } from '../assessment/answer-value';
import { invalidAnswer } from '../graphql/errors';
import { AnswerType, Comparator } from '../domain/enums';
import type { CriterionOption } from './criterion.entity';

/** What a client sends; only the part matching the criterion's answer type may be set. */
export interface AnswerParts {
  boolean?: boolean | null;
  optionKeys?: string[] | null;
  number?: number | null;
  text?: string | null;
  notApplicable?: boolean | null;
}

/** The part of a criterion (or of one of its versions) that says how it is answered and when it is met. */
export interface CriterionRule {
  code?: string;
  answerType: AnswerType;
  options: CriterionOption[];
  passingOptionKeys: string[];
  requiredOptionKeys: string[];
  comparator?: Comparator | null;
  target?: number | null;
  targetMax?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  allowsNotApplicable: boolean;
}

const PART_OF_TYPE: Record<AnswerType, keyof AnswerParts> = {
  [AnswerType.BOOLEAN]: 'boolean',
  [AnswerType.SINGLE_CHOICE]: 'optionKeys',
  [AnswerType.MULTI_CHOICE]: 'optionKeys',
  [AnswerType.NUMBER]: 'number',
  [AnswerType.PERCENT]: 'number',
  [AnswerType.TEXT]: 'text',
};

const PART_LABEL: Record<keyof AnswerParts, string> = {
  boolean: 'có/không (boolean)',
  optionKeys: 'phương án (optionKeys)',
  number: 'số (number)',
  text: 'văn bản (text)',
  notApplicable: 'không phát sinh (notApplicable)',
};

export const TEXT_LIMIT = 4000;

/** Checks an answer against the criterion's type, options and range; returns the value to store. */
export function validateAnswer(criterion: CriterionRule & { code: string }, parts: AnswerParts): AnswerValue {
  const given = (Object.keys(PART_LABEL) as (keyof AnswerParts)[]).filter(
    (k) => parts[k] !== undefined && parts[k] !== null && !(k === 'notApplicable' && parts[k] === false),
  );
  if (given.length === 1 && given[0] === 'notApplicable') {
    if (!criterion.allowsNotApplicable) {
      throw invalidAnswer(`Tiêu chí ${criterion.code} không cho phép trả lời "không phát sinh".`);
    }
    return { notApplicable: true };
  }
  const expected = PART_OF_TYPE[criterion.answerType];
  if (given.length !== 1 || given[0] !== expected) {
    throw invalidAnswer(`Tiêu chí ${criterion.code} cần câu trả lời dạng ${PART_LABEL[expected]}, và chỉ dạng đó.`);
  }
  switch (criterion.answerType) {
    case AnswerType.BOOLEAN:
      return { boolean: parts.boolean! };
    case AnswerType.SINGLE_CHOICE:
    case AnswerType.MULTI_CHOICE:
      return { optionKeys: validateOptions(criterion, parts.optionKeys!) };
    case AnswerType.NUMBER:
    case AnswerType.PERCENT:
      return { number: validateNumber(criterion, parts.number!) };
    case AnswerType.TEXT: {
      const text = parts.text!.trim();
      if (!text || text.length > TEXT_LIMIT) {
        throw invalidAnswer(`Câu trả lời cho tiêu chí ${criterion.code} cần từ 1 đến ${TEXT_LIMIT} ký tự.`);
      }
      return { text };
    }
  }
}

function validateOptions(criterion: CriterionRule & { code: string }, keys: string[]): string[] {
  const known = new Set(criterion.options.map((o) => o.key));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length) {
    throw invalidAnswer(
      `Phương án ${unknown.map((k) => `"${k}"`).join(', ')} không có trong danh sách của tiêu chí ${criterion.code}.`,
    );
  }
  if (new Set(keys).size !== keys.length) throw invalidAnswer('Mỗi phương án chỉ được chọn một lần.');
  if (criterion.answerType === AnswerType.SINGLE_CHOICE && keys.length !== 1) {
    throw invalidAnswer(`Tiêu chí ${criterion.code} cần chọn đúng một phương án.`);
  }
  return [...keys].sort();
}

/** The accepted range of a number: a percentage is 0–100 unless the criterion says otherwise. */
export function numberRange(rule: CriterionRule): { min?: number; max?: number } {
  const percent = rule.answerType === AnswerType.PERCENT;
  return { min: rule.minValue ?? (percent ? 0 : undefined), max: rule.maxValue ?? (percent ? 100 : undefined) };
}

function validateNumber(criterion: CriterionRule & { code: string }, value: number): number {
  if (!Number.isFinite(value)) throw invalidAnswer('Giá trị số không hợp lệ.');
  const { min, max } = numberRange(criterion);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw invalidAnswer(
      `Giá trị ${value} nằm ngoài khoảng cho phép (${min ?? '−∞'} – ${max ?? '+∞'}) của tiêu chí ${criterion.code}.`,
    );
  }
  return value;
}

const COMPARE: Record<Comparator, (value: number, target: number, targetMax: number) => boolean> = {
  [Comparator.GTE]: (v, t) => v >= t,
  [Comparator.GT]: (v, t) => v > t,
  [Comparator.LTE]: (v, t) => v <= t,
  [Comparator.LT]: (v, t) => v < t,
  [Comparator.EQ]: (v, t) => v === t,
  [Comparator.BETWEEN]: (v, t, max) => v >= t && v <= max,
};

/** Whether an answer fits the rule at all: an answer of another type (the type changed in a new version) never meets it. */
function fits(rule: CriterionRule, answer: AnswerValue): boolean {
  const part = PART_OF_TYPE[rule.answerType];
  return answer[part as keyof AnswerValue] !== undefined && answer[part as keyof AnswerValue] !== null;
}

/** Whether a valid answer meets the criterion's pass rule; "không phát sinh" and TEXT never do. */
export function meets(rule: CriterionRule, answer: AnswerValue): boolean {
  if (answer.notApplicable || !fits(rule, answer)) return false;
  switch (rule.answerType) {
    case AnswerType.BOOLEAN:
      return answer.boolean === true;
    case AnswerType.SINGLE_CHOICE:
      return rule.passingOptionKeys.includes(answer.optionKeys![0]);
    case AnswerType.MULTI_CHOICE:
      return rule.requiredOptionKeys.every((k) => answer.optionKeys!.includes(k));
    case AnswerType.NUMBER:
    case AnswerType.PERCENT:
      return COMPARE[rule.comparator ?? Comparator.GTE](
        answer.number!,
        rule.target ?? 0,
        rule.targetMax ?? rule.target ?? 0,
      );
    case AnswerType.TEXT:
      return false;
  }
}
