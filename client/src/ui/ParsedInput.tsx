import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';

export type ParsedInputProps<T> = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: T;
  onChange: (value: T) => void;
};

/**
 * A text box for a value written the Vietnamese way whatever the browser's language (native
 * date and number inputs follow the browser). The form gets the parsed value, or `empty` while
 * the text is blank or not yet valid; a text that does not parse makes the field invalid with
 * `wrong`, which the shared Form names on submit and which is shown under the field once it is
 * left (forms that save as one types never submit). Leaving the field writes the value back in
 * its official form.
 */
export function ParsedInput<T>({
  value,
  onChange,
  parse,
  format,
  empty,
  wrong,
  ...attributes
}: ParsedInputProps<T> & {
  parse: (text: string) => T | null;
  format: (value: T) => string;
  empty: T;
  wrong: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const [left, setLeft] = useState(false);
  const show = (shown: T) => (shown === empty ? '' : format(shown));
  const [text, setText] = useState(() => show(value));
  const [valueShown, setValueShown] = useState(value);
  const typed = parse(text) ?? empty;
  // A value set from outside (a restored or discarded draft) replaces what is shown; one that
  // only echoes the typing does not, so a half-typed value is left alone.
  if (value !== valueShown) {
    setValueShown(value);
    if (value !== typed) setText(show(value));
  }

  const invalid = text.trim() !== '' && parse(text) === null;
  useEffect(() => {
    input.current?.setCustomValidity(invalid ? wrong : '');
  }, [invalid, wrong]);
  const shown = invalid && left;

  return (
    <>
      <input
        {...attributes}
        ref={input}
        aria-invalid={shown || undefined}
        aria-describedby={[attributes['aria-describedby'], shown && problemId].filter(Boolean).join(' ') || undefined}
        type="text"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parse(event.target.value) ?? empty);
        }}
        onBlur={(event) => {
          setLeft(true);
          if (typed !== empty) setText(format(typed));
          attributes.onBlur?.(event);
        }}
      />
      {shown && (
        <small id={problemId} className="field__problem">
          {wrong}
        </small>
      )}
    </>
  );
}
