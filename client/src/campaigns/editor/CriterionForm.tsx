import { useId, useState } from 'react';
import type { CombinedError } from 'urql';
import type { AnswerType, Bloc, Comparator, CriterionInput } from '../../gql/graphql';
import { describeError } from '../../ui/errors';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { Form } from '../../ui/Form';
import { formatNumber, todayInVietnam } from '../../ui/format';
import { ANSWER_TYPE_LABEL, BLOC_LABEL, COMPARATOR_SIGN, parseVietnameseNumber } from '../../ui/labels';
import { draftKey, useStoredDraft } from '../../ui/stored-draft';
import { useViewer } from '../../viewer/ViewerProvider';

/** A criterion as the editor holds it while the author types: strings, checked on saving. */
export interface CriterionDraft {
  code: string;
  bloc: Bloc;
  text: string;
  answerType: AnswerType;
  /** One option per line; the keys A, B, C… follow the lines. */
  options: string;
  /** Keys of the options that pass (single choice) or must be ticked (multiple choice). */
  passing: string[];
  comparator: Comparator;
  target: string;
  targetMax: string;
  measureUnit: string;
  allowsNotApplicable: boolean;
  /** ISO dates, "" when not given. */
  dueDate: string;
  effectiveFrom: string;
}

export interface CriterionShape {
  code: string;
  bloc: Bloc;
  text: string;
  answerType: AnswerType;
  options: { key: string; label: string }[];
  passingOptionKeys: string[];
  requiredOptionKeys: string[];
  comparator?: Comparator | null;
  target?: number | null;
  targetMax?: number | null;
  measureUnit?: string | null;
  allowsNotApplicable: boolean;
  ownDueDate?: string | null;
}

const optionKey = (index: number) => String.fromCharCode(65 + index);
const CHOICE: AnswerType[] = ['SINGLE_CHOICE', 'MULTI_CHOICE'];
const NUMERIC: AnswerType[] = ['NUMBER', 'PERCENT'];
const number = (value?: number | null) => (value === null || value === undefined ? '' : formatNumber(value));

export function draftOfCriterion(criterion: CriterionShape | undefined, bloc: Bloc): CriterionDraft {
  return {
    code: criterion?.code ?? '',
    bloc: criterion?.bloc ?? bloc,
    text: criterion?.text ?? '',
    answerType: criterion?.answerType ?? 'BOOLEAN',
    options: criterion?.options.map((o) => o.label).join('\n') ?? '',
    passing:
      criterion?.answerType === 'MULTI_CHOICE' ? criterion.requiredOptionKeys : (criterion?.passingOptionKeys ?? []),
    comparator: criterion?.comparator ?? 'GTE',
    target: number(criterion?.target),
    targetMax: number(criterion?.targetMax),
    measureUnit: criterion?.measureUnit ?? '',
    allowsNotApplicable: criterion?.allowsNotApplicable ?? false,
    dueDate: criterion?.ownDueDate ?? '',
    effectiveFrom: todayInVietnam(),
  };
}

/** The mutation input, or what must be fixed first, in words. */
function inputOf(draft: CriterionDraft): { input: CriterionInput } | { problem: string } {
  const labels = draft.options
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const options = labels.map((label, i) => ({ key: optionKey(i), label }));
  const numeric = NUMERIC.includes(draft.answerType);
  const target = parseVietnameseNumber(draft.target);
  const targetMax = parseVietnameseNumber(draft.targetMax);
  if (numeric && target === null) return { problem: 'Mục tiêu cần là một số (phần thập phân sau dấu phẩy).' };
  if (numeric && draft.comparator === 'BETWEEN' && targetMax === null)
    return { problem: 'Hãy nhập giá trị trên của khoảng.' };
  const choice = CHOICE.includes(draft.answerType);
  const keys = new Set(options.map((o) => o.key));
  const passing = draft.passing.filter((k) => keys.has(k));
  return {
    input: {
      code: draft.code.trim() || undefined,
      bloc: draft.bloc,
      text: draft.text,
      answerType: draft.answerType,
      options: choice ? options : undefined,
      passingOptionKeys: draft.answerType === 'SINGLE_CHOICE' ? passing : undefined,
      requiredOptionKeys: draft.answerType === 'MULTI_CHOICE' ? passing : undefined,
      comparator: numeric ? draft.comparator : undefined,
      target: numeric ? target : undefined,
      targetMax: numeric && draft.comparator === 'BETWEEN' ? targetMax : undefined,
      measureUnit: numeric ? draft.measureUnit.trim() || undefined : undefined,
      allowsNotApplicable: draft.allowsNotApplicable,
      dueDate: draft.dueDate || undefined,
    },
  };
}

/** Every problem the server found, field by field (extensions.fieldErrors), or its one message. */
function problemsOf(error: CombinedError): string[] {
  const fieldErrors = error.graphQLErrors[0]?.extensions?.fieldErrors as { message: string }[] | undefined;
  return fieldErrors?.length ? fieldErrors.map((e) => e.message) : [describeError(error)];
}

/**
 * Adds or changes a criterion. In a published campaign a change is saved as a new version in
 * force from a chosen day (today by default, never later).
 */
export function CriterionForm({
  draftObject,
  draftBasis,
  initial,
  blocs,
  published,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  /** What the kept draft belongs to (the criterion, or the campaign a new one is added to). */
  draftObject: string;
  /** The criterion's version the draft starts from, so a draft typed on an older one is flagged. */
  draftBasis?: string;
  initial: CriterionDraft;
  blocs: Bloc[];
  published: boolean;
  submitLabel: string;
  onSubmit: (input: CriterionInput, effectiveFrom: string | undefined) => Promise<CombinedError | undefined>;
  onCancel?: () => void;
}) {
  const id = useId();
  const viewer = useViewer();
  const { draft, setDraft, state, clear } = useStoredDraft<CriterionDraft>(
    draftKey(viewer.id, 'criterion', draftObject),
    initial,
    draftBasis,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (part: Partial<CriterionDraft>) => setDraft({ ...draft, ...part });
  const choice = CHOICE.includes(draft.answerType);
  const numeric = NUMERIC.includes(draft.answerType);
  const options = draft.options
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  const submit = async () => {
    const checked = inputOf(draft);
    if ('problem' in checked) return setProblems([checked.problem]);
    setSaving(true);
    const error = await onSubmit(checked.input, published ? draft.effectiveFrom : undefined);
    setSaving(false);
    if (error) return setProblems(problemsOf(error));
    setProblems([]);
    clear();
  };

  return (
    <Form className="form-grid criterion-form" onSubmit={submit} aria-label={submitLabel}>
      <DraftNotice state={state} onDiscard={clear} />
      <div className="field">
        <label htmlFor={`${id}-code`}>Mã tiêu chí</label>
        <input
          id={`${id}-code`}
          value={draft.code}
          onChange={(e) => set({ code: e.target.value })}
          placeholder="Tự sinh nếu để trống"
          disabled={published}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bloc`}>Khối</label>
        <select
          id={`${id}-bloc`}
          value={draft.bloc}
          onChange={(e) => set({ bloc: e.target.value as Bloc })}
          disabled={published}
        >
          {blocs.map((b) => (
            <option key={b} value={b}>
              {BLOC_LABEL[b]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor={`${id}-text`}>Nội dung tiêu chí</label>
        <textarea id={`${id}-text`} rows={2} value={draft.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>Dạng trả lời</label>
        <select
          id={`${id}-type`}
          value={draft.answerType}
          onChange={(e) => set({ answerType: e.target.value as AnswerType })}
        >
          {(Object.keys(ANSWER_TYPE_LABEL) as AnswerType[]).map((t) => (
            <option key={t} value={t}>
              {ANSWER_TYPE_LABEL[t]}
            </option>
          ))}
        </select>
      </div>
      {choice && (
        <>
          <div className="field field--wide">
            <label htmlFor={`${id}-options`}>Các phương án (mỗi dòng một phương án)</label>
            <textarea
              id={`${id}-options`}
              rows={4}
              value={draft.options}
              onChange={(e) => set({ options: e.target.value })}
            />
          </div>
          <fieldset className="options">
            <legend>
              {draft.answerType === 'SINGLE_CHOICE' ? 'Phương án được tính là đạt' : 'Nội dung bắt buộc phải có để đạt'}
            </legend>
            {options.length === 0 && <p className="muted">Hãy nhập các phương án trước.</p>}
            {options.map((label, i) => (
              <label key={optionKey(i)} className="options__item">
                <input
                  type="checkbox"
                  checked={draft.passing.includes(optionKey(i))}
                  onChange={(e) =>
                    set({
                      passing: e.target.checked
                        ? [...draft.passing, optionKey(i)]
                        : draft.passing.filter((k) => k !== optionKey(i)),
                    })
                  }
                />
                <span>
                  {optionKey(i)}. {label}
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {numeric && (
        <>
          <div className="field">
            <label htmlFor={`${id}-comparator`}>So sánh với mục tiêu</label>
            <select
              id={`${id}-comparator`}
              value={draft.comparator}
              onChange={(e) => set({ comparator: e.target.value as Comparator })}
            >
              {(Object.keys(COMPARATOR_SIGN) as Comparator[]).map((c) => (
                <option key={c} value={c}>
                  {COMPARATOR_SIGN[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-target`}>{draft.comparator === 'BETWEEN' ? 'Từ' : 'Mục tiêu'}</label>
            <input
              id={`${id}-target`}
              value={draft.target}
              onChange={(e) => set({ target: e.target.value })}
              inputMode="decimal"
              placeholder="ví dụ 98 hoặc 72,5"
            />
          </div>
          {draft.comparator === 'BETWEEN' && (
            <div className="field">
              <label htmlFor={`${id}-max`}>Đến</label>
              <input
                id={`${id}-max`}
                value={draft.targetMax}
                onChange={(e) => set({ targetMax: e.target.value })}
                inputMode="decimal"
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-unit`}>Đơn vị tính</label>
            <input
              id={`${id}-unit`}
              value={draft.measureUnit}
              onChange={(e) => set({ measureUnit: e.target.value })}
              placeholder={draft.answerType === 'PERCENT' ? '%' : 'ví dụ: hồ sơ'}
            />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-due`}>Hạn riêng (ngày/tháng/năm)</label>
        <DateField
          id={`${id}-due`}
          value={draft.dueDate}
          onChange={(dueDate) => set({ dueDate })}
          placeholder="Theo hạn của đợt"
        />
      </div>
      <label className="options__item">
        <input
          type="checkbox"
          checked={draft.allowsNotApplicable}
          onChange={(e) => set({ allowsNotApplicable: e.target.checked })}
        />
        <span>Cho phép trả lời «không phát sinh»</span>
      </label>
      {published && (
        <div className="field">
          <label htmlFor={`${id}-from`}>Phiên bản mới áp dụng từ ngày</label>
          <DateField
            id={`${id}-from`}
            value={draft.effectiveFrom}
            onChange={(effectiveFrom) => set({ effectiveFrom })}
            required
          />
        </div>
      )}
      <div className="field form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Đang lưu…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Hủy
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </Form>
  );
}
