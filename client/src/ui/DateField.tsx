import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatDate, parseVietnameseDate } from './format';

const WRONG_DATE = 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2026.';

/**
 * A date written and shown dd/mm/yyyy whatever the browser's language (a native date input
 * follows the browser: mm/dd/yyyy in an English one). The form gets the ISO date ("2026-01-05"),
 * or "" while the field is empty or not yet a calendar date; a text that is not one makes the
 * field invalid with a Vietnamese message, which the shared Form names on submit.
 */
export function DateField({
  value,
  onChange,
  ...attributes
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (isoDate: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => (value ? formatDate(value) : ''));
  const [valueShown, setValueShown] = useState(value);
  const typed = parseVietnameseDate(text) ?? '';
  // A value set from outside (a restored or discarded draft) replaces what is shown; one that
  // only echoes the typing does not, so a half-typed date is left alone.
  if (value !== valueShown) {
    setValueShown(value);
    if (value !== typed) setText(value ? formatDate(value) : '');
  }

  useEffect(() => {
    input.current?.setCustomValidity(text.trim() && !typed ? WRONG_DATE : '');
  }, [text, typed]);

  return (
    <input
      placeholder="dd/mm/yyyy"
      {...attributes}
      ref={input}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseVietnameseDate(event.target.value) ?? '');
      }}
      // "5/1/2026" or "05.01.2026" is shown back the way official documents write it.
      onBlur={(event) => {
        if (typed) setText(formatDate(typed));
        attributes.onBlur?.(event);
      }}
    />
  );
}
