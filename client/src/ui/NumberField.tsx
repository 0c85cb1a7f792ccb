import { parseVietnameseNumber } from './labels';
import { ParsedInput, type ParsedInputProps } from './ParsedInput';

// No thousands dots: "1.234" would read back as one point two three four.
const plain = new Intl.NumberFormat('vi-VN', { useGrouping: false, maximumFractionDigits: 10 });

/**
 * A number written with a decimal comma ("72,5") whatever the browser's language (a native
 * number input in an English browser refuses the comma). The form gets the number, or null.
 */
export function NumberField(props: ParsedInputProps<number | null>) {
  return (
    <ParsedInput
      inputMode="decimal"
      {...props}
      parse={parseVietnameseNumber}
      format={(value) => plain.format(value!)}
      empty={null}
      wrong="Hãy nhập một số, phần thập phân viết sau dấu phẩy (ví dụ 72,5)."
    />
  );
}
