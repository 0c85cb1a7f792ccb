import type { AnswerValue } from '../assessment/answer-value';
import { invalidAnswer } from '../graphql/errors';
import { AnswerType, Comparator } from '../domain/enums';
import type { Criterion } from './criterion.entity';

/** What a client sends; only the part matching the criterion's answer type may be set. */
export interface AnswerParts {
  boolean?: boolean | null;
  optionKeys?: string[] | null;
  number?: number | null;
}

const PART_OF_TYPE: Record<AnswerType, keyof AnswerParts> = {
  [AnswerType.BOOLEAN]: 'boolean',
  [AnswerType.SINGLE_CHOICE]: 'optionKeys',
  [AnswerType.MULTI_CHOICE]: 'optionKeys',
  [AnswerType.NUMBER]: 'number',
};

const PART_LABEL: Record<keyof AnswerParts, string> = {
  boolean: 'có/không (boolean)',
  optionKeys: 'phương án (optionKeys)',
  number: 'số (number)',
};

/** Checks an answer against the criterion's type, options and range; returns the value to store. */
export function validateAnswer(criterion: Criterion, parts: AnswerParts): AnswerValue {
  const expected = PART_OF_TYPE[criterion.answerType];
  const given = (Object.keys(PART_LABEL) as (keyof AnswerParts)[]).filter(
    (k) => parts[k] !== undefined && parts[k] !== null,
  );
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
      return { number: validateNumber(criterion, parts.number!) };
  }
}

function validateOptions(criterion: Criterion, keys: string[]): string[] {
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

function validateNumber(criterion: Criterion, value: number): number {
  if (!Number.isFinite(value)) throw invalidAnswer('Giá trị số không hợp lệ.');
  const { minValue, maxValue } = criterion;
  if (
    (minValue !== undefined && minValue !== null && value < minValue) ||
    (maxValue !== undefined && maxValue !== null && value > maxValue)
  ) {
    throw invalidAnswer(
      `Giá trị ${value} nằm ngoài khoảng cho phép (${minValue ?? '−∞'} – ${maxValue ?? '+∞'}) của tiêu chí ${criterion.code}.`,
    );
  }
  return value;
}

const COMPARE: Record<Comparator, (value: number, target: number) => boolean> = {
  [Comparator.GTE]: (v, t) => v >= t,
  [Comparator.GT]: (v, t) => v > t,
  [Comparator.LTE]: (v, t) => v <= t,
  [Comparator.LT]: (v, t) => v < t,
  [Comparator.EQ]: (v, t) => v === t,
};

/** Whether a valid answer meets the criterion's pass rule. */
export function meets(criterion: Criterion, answer: AnswerValue): boolean {
  switch (criterion.answerType) {
    case AnswerType.BOOLEAN:
      return answer.boolean === true;
    case AnswerType.SINGLE_CHOICE:
      return criterion.passingOptionKeys.includes(answer.optionKeys![0]);
    case AnswerType.MULTI_CHOICE:
      return criterion.requiredOptionKeys.every((k) => answer.optionKeys!.includes(k));
    case AnswerType.NUMBER:
      return COMPARE[criterion.comparator ?? Comparator.GTE](answer.number!, criterion.target ?? 0);
  }
}
