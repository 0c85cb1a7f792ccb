import { useId } from 'react';
import type { Comparator, CriterionFieldsFragment } from '../gql/graphql';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { formatNumber } from '../ui/format';
import { COMPARATOR_SIGN } from '../ui/labels';
import type { AnswerDraft, EvidenceDraft } from './answer-draft';

interface Option {
  key: string;
  label: string;
  /** Why this option matters for the pass rule, when it does. */
  tag?: string;
}

/** Radios or ticks in a fieldset: one component for yes/no, single choice and multiple choice. */
function OptionList({
  legend,
  options,
  selected,
  multiple,
  onChange,
}: {
  legend: string;
  options: Option[];
  selected: string[];
  multiple: boolean;
  onChange: (selected: string[]) => void;
}) {
  const name = useId();
  const toggle = (key: string, checked: boolean) =>
    onChange(multiple ? (checked ? [...selected, key] : selected.filter((k) => k !== key)) : [key]);
  return (
    <fieldset className="options">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.key} className="options__item">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.key}
            checked={selected.includes(option.key)}
            onChange={(event) => toggle(option.key, event.target.checked)}
          />
          <span>
            {option.label}
            {option.tag && <span className="options__tag">{option.tag}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const YES_NO: Option[] = [
  { key: 'yes', label: 'Có — đơn vị đã thực hiện' },
  { key: 'no', label: 'Chưa thực hiện' },
];

/** "≥ 98 %", "trong khoảng 10 – 20 hồ sơ": a target the way the reports print it. */
export function targetWords(criterion: {
  comparator?: Comparator | null;
  target?: number | null;
  targetMax?: number | null;
  measureUnit?: string | null;
}): string {
  if (criterion.target === null || criterion.target === undefined) return '';
  const unit = criterion.measureUnit ? ` ${criterion.measureUnit}` : '';
  if (criterion.comparator === 'BETWEEN')
    return `từ ${formatNumber(criterion.target)} đến ${formatNumber(criterion.targetMax ?? criterion.target)}${unit}`;
  return `${COMPARATOR_SIGN[criterion.comparator ?? 'GTE']} ${formatNumber(criterion.target)}${unit}`;
}

function targetHint(criterion: CriterionFieldsFragment): string | undefined {
  const parts = [
    criterion.comparator && criterion.target !== null && criterion.target !== undefined
      ? `Mục tiêu: ${targetWords(criterion)}`
      : undefined,
    criterion.minValue !== null && criterion.minValue !== undefined
      ? `nhỏ nhất ${formatNumber(criterion.minValue)}`
      : undefined,
    criterion.maxValue !== null && criterion.maxValue !== undefined
      ? `lớn nhất ${formatNumber(criterion.maxValue)}`
      : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

export function AnswerField({
  criterion,
  draft,
  change,
}: {
  criterion: CriterionFieldsFragment;
  draft: AnswerDraft;
  change: (part: Partial<AnswerDraft>) => void;
}) {
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return (
        <OptionList
          legend="Đơn vị đã đáp ứng tiêu chí này chưa?"
          options={YES_NO}
          selected={draft.boolean === null ? [] : [draft.boolean ? 'yes' : 'no']}
          multiple={false}
          onChange={([key]) => change({ boolean: key === 'yes' })}
        />
      );
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE': {
      const multiple = criterion.answerType === 'MULTI_CHOICE';
      const marked = new Set(multiple ? criterion.requiredOptionKeys : criterion.passingOptionKeys);
      return (
        <OptionList
          legend={multiple ? 'Đánh dấu các nội dung đơn vị đã thực hiện' : 'Chọn một phương án'}
          options={criterion.options.map((option) => ({
            ...option,
            tag: marked.has(option.key) ? (multiple ? 'bắt buộc để đạt' : 'đạt yêu cầu') : undefined,
          }))}
          selected={draft.optionKeys}
          multiple={multiple}
          onChange={(optionKeys) => change({ optionKeys })}
        />
      );
    }
    case 'NUMBER':
    case 'PERCENT':
      return (
        <Field
          label={`Kết quả đạt được${criterion.measureUnit ? ` (${criterion.measureUnit})` : ''}`}
          hint={targetHint(criterion)}
          className="field--narrow"
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              placeholder="ví dụ 72,5"
              value={draft.number}
              onChange={(event) => change({ number: event.target.value })}
            />
          )}
        </Field>
      );
    case 'TEXT':
      return (
        <Field label="Nội dung trả lời" hint="Không tính đạt hay chưa đạt.">
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={4000}
              value={draft.text}
              onChange={(event) => change({ text: event.target.value })}
            />
          )}
        </Field>
      );
  }
}

/** The whole answer: the field of the criterion's type, and "không phát sinh" where the criterion allows it. */
export function AnswerFields({
  criterion,
  draft,
  change,
}: {
  criterion: CriterionFieldsFragment;
  draft: AnswerDraft;
  change: (part: Partial<AnswerDraft>) => void;
}) {
  return (
    <>
      {!(criterion.allowsNotApplicable && draft.notApplicable) && (
        <AnswerField criterion={criterion} draft={draft} change={change} />
      )}
      {criterion.allowsNotApplicable && (
        <label className="options__item">
          <input
            type="checkbox"
            checked={draft.notApplicable}
            onChange={(event) => change({ notApplicable: event.target.checked })}
          />
          <span>Không phát sinh trong kỳ báo cáo (không tính đạt hay chưa đạt)</span>
        </label>
      )}
    </>
  );
}

export function EvidenceFields({
  evidence,
  change,
}: {
  evidence: EvidenceDraft;
  change: (part: Partial<EvidenceDraft>) => void;
}) {
  return (
    <fieldset className="evidence">
      <legend>Minh chứng</legend>
      <Field label="Số văn bản" hint="Ví dụ: 125/QĐ-UBND">
        {(props) => (
          <input
            {...props}
            maxLength={100}
            value={evidence.documentNumber}
            onChange={(event) => change({ documentNumber: event.target.value })}
          />
        )}
      </Field>
      <Field label="Ngày văn bản">
        {(props) => (
          <DateField {...props} value={evidence.documentDate} onChange={(documentDate) => change({ documentDate })} />
        )}
      </Field>
      <Field label="Đường dẫn tài liệu" hint="Bắt đầu bằng http:// hoặc https://" className="field--wide">
        {(props) => (
          <input
            {...props}
            type="url"
            inputMode="url"
            maxLength={2000}
            placeholder="https://"
            value={evidence.link}
            onChange={(event) => change({ link: event.target.value })}
          />
        )}
      </Field>
      <Field label="Ghi chú" className="field--wide">
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={4000}
            value={evidence.note}
            onChange={(event) => change({ note: event.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
