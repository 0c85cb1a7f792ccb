import { useId } from 'react';

/** A search box with its label and hint; searches ignore diacritics, which the hint says. */
export function SearchField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field field--search">
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder="Ví dụ: lam thao"
        aria-describedby={`${id}-search-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <small id={`${id}-search-hint`}>{hint}</small>
    </div>
  );
}
