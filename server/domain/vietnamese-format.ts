import { todayInVietnam } from './dates';

/** "2.821", "84,94", "0,556": thousands grouped with a dot, a decimal comma, as official documents print numbers. */
export function numberText(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "84,94 %". */
export const percentWithSign = (value: number) => `${numberText(value)} %`;

/** "ngày 20 tháng 4 năm 2026", as a document's place-and-date line gives it. */
export function longDateText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `ngày ${date} tháng ${month} năm ${year}`;
}

/** The day (YYYY-MM-DD) a moment falls on in Vietnam. */
export const vietnamDay = (moment: Date | undefined | null) => todayInVietnam(moment ?? new Date());
