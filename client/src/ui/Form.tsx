import { useId, useRef, useState, type FormEvent, type FormHTMLAttributes, type ReactNode } from 'react';
import { formatNumber } from './format';
import { ProblemNotice } from './states';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (element: Element): element is Control =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

const limit = (text: string) => (text === '' || Number.isNaN(Number(text)) ? text : formatNumber(Number(text)));

/** What is wrong with a control, in Vietnamese, from its constraint flags (never the browser's own words). */
export function validityMessage(control: Control): string {
  const { validity } = control;
  const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
  // Own messages (a DateField's) are already in Vietnamese.
  if (validity.customError) return control.validationMessage;
  if (validity.valueMissing) {
    if (type === 'checkbox') return 'Hãy đánh dấu ô này.';
    if (type === 'radio') return 'Hãy chọn một phương án.';
    if (type === 'select') return 'Hãy chọn một mục trong danh sách.';
    if (type === 'file') return 'Hãy chọn tệp.';
    return 'Hãy nhập thông tin này.';
  }
  if (validity.typeMismatch) {
    if (type === 'email') return 'Hãy nhập địa chỉ thư điện tử đầy đủ, ví dụ ten@coquan.gov.vn.';
    if (type === 'url') return 'Hãy nhập đường dẫn đầy đủ, bắt đầu bằng http:// hoặc https://.';
    return 'Giá trị chưa đúng dạng.';
  }
  if (validity.badInput) return type === 'number' ? 'Hãy nhập một số.' : 'Giá trị chưa đúng dạng.';
  const input = control as HTMLInputElement;
  if (validity.rangeUnderflow) return `Giá trị không được nhỏ hơn ${limit(input.min)}.`;
  if (validity.rangeOverflow) return `Giá trị không được lớn hơn ${limit(input.max)}.`;
  if (validity.stepMismatch)
    return input.step === '1' || input.step === ''
      ? 'Hãy nhập một số nguyên.'
      : `Hãy nhập bội số của ${limit(input.step)}.`;
  if (validity.tooShort) return `Cần ít nhất ${input.minLength} ký tự (hiện có ${input.value.length}).`;
  if (validity.tooLong) return `Không được quá ${input.maxLength} ký tự.`;
  if (validity.patternMismatch) return input.title || 'Giá trị chưa đúng dạng yêu cầu.';
  return 'Giá trị chưa hợp lệ.';
}

/** The words that name a control: its label, else its aria-label, else the legend of its group. */
function nameOf(control: Control): string {
  const label = control.labels?.[0]?.textContent ?? control.getAttribute('aria-label');
  const legend = control.closest('fieldset')?.querySelector('legend')?.textContent;
  return (label || legend || '').trim();
}

/**
 * A form whose constraint checks (required, type="url", min, maxLength…) speak Vietnamese
 * whatever the browser's language: the browser's own bubbles are switched off (noValidate) and
 * the first control at fault is named in the form's ProblemNotice and focused. `onSubmit` runs
 * only once every control is valid; `problem` is the form's own (a refusal by the server).
 */
export function Form({
  onSubmit,
  problem = null,
  children,
  ...attributes
}: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  onSubmit: () => unknown;
  problem?: string | null;
  children: ReactNode;
}) {
  const noticeId = useId();
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const atFault = useRef<Control | null>(null);
  const shown = checkProblem ?? problem;

  const forget = () => {
    atFault.current?.removeAttribute('aria-invalid');
    atFault.current = null;
    setCheckProblem(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    forget();
    const invalid = Array.from(event.currentTarget.elements)
      .filter(isControl)
      .find((control) => control.willValidate && !control.validity.valid);
    if (invalid) {
      const name = nameOf(invalid);
      const message = validityMessage(invalid);
      atFault.current = invalid;
      invalid.setAttribute('aria-invalid', 'true');
      invalid.focus();
      setCheckProblem(name ? `${name}: ${message}` : message);
      return;
    }
    void onSubmit();
  };

  return (
    <form
      {...attributes}
      noValidate
      onSubmit={submit}
      // Correcting the control at fault takes its message away.
      onChange={(event) => {
        const changed: EventTarget = event.target;
        if (changed === atFault.current) forget();
      }}
      aria-describedby={[attributes['aria-describedby'], shown && noticeId].filter(Boolean).join(' ') || undefined}
    >
      {children}
      <ProblemNotice id={noticeId} problem={shown} />
    </form>
  );
}
