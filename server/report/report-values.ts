import { AnswerType } from '../domain/enums';
import type { Criterion } from '../criterion/criterion.entity';
import { TEXT_LIMIT } from '../criterion/pass-rule';
import { AppError, ErrorCode } from '../graphql/errors';
import type { ReportTemplate, TemplateField } from './report-template.entity';
import { ReportFieldKind, Verdict } from './report.enums';

export const DEFAULT_NARRATIVE_LENGTH = 20_000;
const SHORT_TEXT = 2_000;
const MAX_LIST = 100;

export type ValueProblem =
  'UNKNOWN_FIELD' | 'NOT_A_VERDICT' | 'UNKNOWN_SUBJECT' | 'WRONG_TYPE' | 'TOO_LONG' | 'UNKNOWN_ITEM';

export function invalidValue(field: string, reason: ValueProblem, message: string): AppError {
  return new AppError(ErrorCode.INVALID_REPORT_VALUE, message, { field, reason });
}

/** What validating some fields needs beyond the template: the indicator criteria and the unit's tasks. */
export interface ValueContext {
  criteriaByField: ReadonlyMap<string, ReadonlyMap<string, Criterion>>;
  taskIds: ReadonlySet<string>;
}

export function templateFields(template: ReportTemplate): TemplateField[] {
  return template.sections.flatMap((s) => s.fields);
}

export function fieldOf(template: ReportTemplate, key: string): TemplateField {
  const field = templateFields(template).find((f) => f.key === key);
  if (!field) throw invalidValue(key, 'UNKNOWN_FIELD', `Mẫu báo cáo "${template.name}" không có mục "${key}".`);
  return field;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(field: string, value: unknown, max: number, what: string): string {
  if (typeof value !== 'string') throw invalidValue(field, 'WRONG_TYPE', `${what} phải là văn bản.`);
  const trimmed = value.normalize('NFC');
  if (trimmed.length > max)
    throw invalidValue(field, 'TOO_LONG', `${what} dài ${trimmed.length} ký tự, vượt quá ${max} ký tự cho phép.`);
  return trimmed;
}

function optionalText(field: string, value: unknown, what: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : text(field, value, SHORT_TEXT, what);
}

function list(field: string, value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw invalidValue(field, 'WRONG_TYPE', `${what} phải là một danh sách.`);
  if (value.length > MAX_LIST) throw invalidValue(field, 'TOO_LONG', `${what} có quá ${MAX_LIST} mục.`);
  return value;
}

function indicatorValue(field: string, criterion: Criterion, value: unknown): unknown {
  const code = criterion.code;
  switch (criterion.answerType) {
    case AnswerType.NUMBER:
    case AnswerType.PERCENT: {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw invalidValue(field, 'WRONG_TYPE', `Chỉ tiêu ${code} cần một số.`);
      const percent = criterion.answerType === AnswerType.PERCENT;
      const min = percent ? 0 : criterion.minValue;
      const max = percent ? 100 : criterion.maxValue;
      if ((min !== undefined && min !== null && value < min) || (max !== undefined && max !== null && value > max))
        throw invalidValue(field, 'WRONG_TYPE', `Chỉ tiêu ${code}: giá trị ${value} nằm ngoài khoảng cho phép.`);
      return value;
    }
    case AnswerType.BOOLEAN:
      if (typeof value !== 'boolean') throw invalidValue(field, 'WRONG_TYPE', `Chỉ tiêu ${code} cần có hoặc không.`);
      return value;
    case AnswerType.TEXT:
      if (typeof value !== 'string' || value.length > TEXT_LIMIT)
        throw invalidValue(field, 'WRONG_TYPE', `Chỉ tiêu ${code} cần một đoạn văn bản đến ${TEXT_LIMIT} ký tự.`);
      return value;
    default: {
      const keys = criterion.options.map((o) => o.key);
      if (!Array.isArray(value) || value.some((k) => typeof k !== 'string' || !keys.includes(k)))
        throw invalidValue(
          field,
          'WRONG_TYPE',
          `Chỉ tiêu ${code} cần các lựa chọn trong danh sách (${keys.join(', ')}).`,
        );
      if (criterion.answerType === AnswerType.SINGLE_CHOICE && value.length !== 1)
        throw invalidValue(field, 'WRONG_TYPE', `Chỉ tiêu ${code} cần đúng một lựa chọn.`);
      return value;
    }
  }
}

/**
 * Checks one field's value against the template and returns it normalised; anything that does
 * not fit is refused with INVALID_REPORT_VALUE naming the field and the reason. null clears it.
 */
export function checkValue(
  template: ReportTemplate,
  field: TemplateField,
  value: unknown,
  context: ValueContext,
): unknown {
  if (value === null || value === undefined) return null;
  const key = field.key;
  switch (field.kind) {
    case ReportFieldKind.NARRATIVE:
      return text(key, value, field.maxLength ?? DEFAULT_NARRATIVE_LENGTH, `"${field.label}"`);
    case ReportFieldKind.FIGURE:
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw invalidValue(key, 'WRONG_TYPE', `"${field.label}" cần một số.`);
      return value;
    case ReportFieldKind.VERDICT: {
      if (!isRecord(value))
        throw invalidValue(key, 'WRONG_TYPE', `"${field.label}" cần một kết luận cho từng khối/lĩnh vực.`);
      const subjects = new Set((field.subjects ?? []).map((s) => s.key));
      const verdicts = Object.values(Verdict) as string[];
      for (const [subject, verdict] of Object.entries(value)) {
        if (!subjects.has(subject))
          throw invalidValue(key, 'UNKNOWN_SUBJECT', `"${field.label}" không có khối/lĩnh vực "${subject}".`);
        if (typeof verdict !== 'string' || !verdicts.includes(verdict))
          throw invalidValue(
            key,
            'NOT_A_VERDICT',
            `Kết luận "${String(verdict)}" không thuộc danh sách: Đảm bảo / Chưa đảm bảo hoàn toàn / Chưa đảm bảo.`,
          );
      }
      return value;
    }
    case ReportFieldKind.INDICATORS: {
      if (!isRecord(value)) throw invalidValue(key, 'WRONG_TYPE', `"${field.label}" cần kết quả theo mã chỉ tiêu.`);
      const criteria = context.criteriaByField.get(key) ?? new Map<string, Criterion>();
      const checked: Record<string, unknown> = {};
      for (const [code, entry] of Object.entries(value)) {
        const criterion = criteria.get(code);
        if (!criterion) throw invalidValue(key, 'UNKNOWN_ITEM', `Bảng chỉ tiêu không có chỉ tiêu "${code}".`);
        if (!isRecord(entry))
          throw invalidValue(key, 'WRONG_TYPE', `Chỉ tiêu ${code} cần {value, notApplicable, note}.`);
        const notApplicable = entry.notApplicable === true;
        checked[code] = {
          value:
            notApplicable || entry.value === null || entry.value === undefined
              ? null
              : indicatorValue(key, criterion, entry.value),
          notApplicable,
          note: optionalText(key, entry.note, `Ghi chú chỉ tiêu ${code}`) ?? null,
        };
      }
      return checked;
    }
    case ReportFieldKind.TASKS: {
      if (!isRecord(value)) throw invalidValue(key, 'WRONG_TYPE', `"${field.label}" cần kết quả theo mã nhiệm vụ.`);
      const checked: Record<string, unknown> = {};
      for (const [taskId, entry] of Object.entries(value)) {
        if (!context.taskIds.has(taskId))
          throw invalidValue(key, 'UNKNOWN_ITEM', `Nhiệm vụ "${taskId}" không phải của đơn vị.`);
        if (!isRecord(entry)) throw invalidValue(key, 'WRONG_TYPE', `Nhiệm vụ ${taskId} cần {result, note}.`);
        checked[taskId] = {
          result: optionalText(key, entry.result, `Kết quả nhiệm vụ ${taskId}`) ?? null,
          note: optionalText(key, entry.note, `Ghi chú nhiệm vụ ${taskId}`) ?? null,
        };
      }
      return checked;
    }
    case ReportFieldKind.DIFFICULTIES:
      return list(key, value, `"${field.label}"`).map((item) => {
        if (!isRecord(item)) throw invalidValue(key, 'WRONG_TYPE', 'Mỗi khó khăn cần {text, category}.');
        return {
          text: text(key, item.text, SHORT_TEXT, 'Nội dung khó khăn'),
          category: optionalText(key, item.category, 'Nhóm khó khăn') ?? 'Khác',
        };
      });
    case ReportFieldKind.RECOMMENDATIONS:
      return list(key, value, `"${field.label}"`).map((item) => {
        if (!isRecord(item)) throw invalidValue(key, 'WRONG_TYPE', 'Mỗi kiến nghị cần {addressee, text}.');
        if (typeof item.addressee !== 'string' || !template.addressees.includes(item.addressee))
          throw invalidValue(
            key,
            'UNKNOWN_ITEM',
            `Nơi nhận kiến nghị "${String(item.addressee)}" không thuộc danh sách của mẫu: ${template.addressees.join('; ')}.`,
          );
        return {
          addressee: item.addressee,
          text: text(key, item.text, SHORT_TEXT, 'Nội dung kiến nghị'),
          category: optionalText(key, item.category, 'Nhóm kiến nghị') ?? 'Khác',
        };
      });
  }
}
