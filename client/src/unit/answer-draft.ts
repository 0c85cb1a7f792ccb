import type {
  AnswerCriterionInput,
  AssessmentFieldsFragment,
  AssessmentInsideFieldsFragment,
  CriterionFieldsFragment,
  EvidenceInput,
} from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { parseVietnameseNumber } from '../ui/labels';
import { draftKey } from '../ui/stored-draft';

/** What the form holds while a person types: strings and choices, checked only on saving. */
export interface AnswerDraft {
  boolean: boolean | null;
  optionKeys: string[];
  number: string;
  text: string;
  notApplicable: boolean;
  evidence: EvidenceDraft;
}

export interface EvidenceDraft {
  documentNumber: string;
  /** ISO date, "" when not given. */
  documentDate: string;
  link: string;
  note: string;
}

/** Where a viewer's unsaved answer to one criterion of one unit is kept. */
export const answerDraftKey = (viewerId: string, unitId: string, criterionId: string) =>
  draftKey(viewerId, 'answer', `${unitId}:${criterionId}`);

/**
 * The form starts from the current answer. Its note is the words of whoever answered: it is
 * shown with the current answer, but the form starts it empty unless the viewer wrote it, so no
 * one saves (and signs) a colleague's note as their own.
 */
export function draftOf(
  assessment: AssessmentFieldsFragment | undefined,
  inside: AssessmentInsideFieldsFragment | undefined,
  viewerId: string,
): AnswerDraft {
  const answer = assessment?.answer;
  const evidence = assessment?.evidence;
  return {
    boolean: answer?.boolean ?? null,
    optionKeys: answer?.optionKeys ?? [],
    number: answer?.number === null || answer?.number === undefined ? '' : formatNumber(answer.number),
    text: answer?.text ?? '',
    notApplicable: answer?.notApplicable ?? false,
    evidence: {
      documentNumber: evidence?.documentNumber ?? '',
      documentDate: evidence?.documentDate ?? '',
      link: evidence?.link ?? '',
      note: inside?.answeredBy?.id === viewerId ? (inside.evidence.note ?? '') : '',
    },
  };
}

type AnswerPart = Pick<AnswerCriterionInput, 'boolean' | 'number' | 'optionKeys' | 'text' | 'notApplicable'>;

function numberAnswer(criterion: CriterionFieldsFragment, text: string): { answer: AnswerPart } | { problem: string } {
  const value = parseVietnameseNumber(text);
  if (value === null) return { problem: 'Hãy nhập một số, phần thập phân viết sau dấu phẩy (ví dụ 72,5).' };
  const percent = criterion.answerType === 'PERCENT';
  const minValue = criterion.minValue ?? (percent ? 0 : null);
  const maxValue = criterion.maxValue ?? (percent ? 100 : null);
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
  if (draft.notApplicable && criterion.allowsNotApplicable) return { answer: { notApplicable: true } };
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
    case 'PERCENT':
      return numberAnswer(criterion, draft.number);
    case 'TEXT':
      return draft.text.trim() ? { answer: { text: draft.text.trim() } } : { problem: 'Hãy nhập nội dung trả lời.' };
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
