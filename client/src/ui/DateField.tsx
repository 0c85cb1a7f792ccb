import { formatDate, parseVietnameseDate } from './format';
import { ParsedInput, type ParsedInputProps } from './ParsedInput';

/**
 * A date written and shown dd/mm/yyyy whatever the browser's language (a native date input
 * shows mm/dd/yyyy in an English one). The form gets the ISO date ("2026-01-05"), or "" while
 * the field is empty or not yet a calendar date.
 */
export function DateField(props: ParsedInputProps<string>) {
  return (
    <ParsedInput
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      {...props}
      parse={parseVietnameseDate}
      format={formatDate}
      empty=""
      wrong="Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2026."
    />
  );
}
