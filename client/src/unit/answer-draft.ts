import type {
  AnswerCriterionInput,
  AssessmentFieldsFragment,
  CriterionFieldsFragment,
  EvidenceInput,
} from '../gql/graphql';
import { formatNumber } from '../ui/format';

/** What the form holds while a person types: strings and choices, checked only on saving. */
export interface AnswerDraft {
  boolean: boolean | null;
  optionKeys: string[];
  number: string;
  evidence: EvidenceDraft;
}

export interface EvidenceDraft {
  documentNumber: string;
  documentDate: string;
  link: string;
  note: string;
}

export function draftOf(assessment: AssessmentFieldsFragment | undefined): AnswerDraft {
  const answer = assessment?.answer;
  const evidence = assessment?.evidence;
  return {
    boolean: answer?.boolean ?? null,
    optionKeys: answer?.optionKeys ?? [],
    number: answer?.number?.toString() ?? '',
    evidence: {
      documentNumber: evidence?.documentNumber ?? '',
      documentDate: evidence?.documentDate ?? '',
      link: evidence?.link ?? '',
      note: evidence?.note ?? '',
    },
  };
}

type AnswerPart = Pick<AnswerCriterionInput, 'boolean' | 'number' | 'optionKeys'>;

function numberAnswer(criterion: CriterionFieldsFragment, text: string): { answer: AnswerPart } | { problem: string } {
  const value = Number(text);
  if (!text.trim() || !Number.isFinite(value)) return { problem: 'Hãy nhập một số.' };
  const { minValue, maxValue } = criterion;
  if (minValue !== null && minValue !== undefined && value < minValue) {
    return { problem: `Giá trị không được nhỏ hơn ${formatNumber(minValue)}.` };
  }
  if (maxValue !== null && maxValue !== undefined && value > maxValue) {
    return { problem: `Giá trị không được lớn hơn ${formatNumber(maxValue)}.` };
  }
  return { answer: { number: value } };
}

/** The answer part of the mutation input, or what is still missing, in words. */
export function answerOf(
  criterion: CriterionFieldsFragment,
  draft: AnswerDraft,
): { answer: AnswerPart } | { problem: string } {
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return draft.boolean === null
        ? { problem: 'Hãy chọn «Có» hoặc «Chưa».' }
        : { answer: { boolean: draft.boolean } };
    case 'SINGLE_CHOICE':
      return draft.optionKeys.length === 1
        ? { answer: { optionKeys: draft.optionKeys } }
        : { problem: 'Hãy chọn một phương án.' };
    case 'MULTI_CHOICE':
      return { answer: { optionKeys: draft.optionKeys } };
    case 'NUMBER':
      return numberAnswer(criterion, draft.number);
  }
}

/** Empty evidence fields are sent as absent: the server keeps no blank strings or dates. */
export function evidenceOf(draft: EvidenceDraft): EvidenceInput {
  const clean = (value: string) => value.trim() || null;
  return {
    documentNumber: clean(draft.documentNumber),
    documentDate: clean(draft.documentDate),
    link: clean(draft.link),
    note: clean(draft.note),
  };
}
