const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const formatNumber = (value: number) => number.format(value);

export const formatPercent = (value: number) => `${number.format(value)} %`;

/** "2026-01-10" → "10/01/2026", the way official documents write dates. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** "10/01/2026" (or "10/1/2026", "10.01.2026", "10-01-2026") → "2026-01-10"; null when it is not a calendar date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Today's date in Vietnam, which is what due dates and the server's statuses refer to. */
export function todayInVietnam(): string {
  return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function daysUntil(isoDate: string, today = todayInVietnam()): number {
  return Math.round((Date.parse(isoDate.slice(0, 10)) - Date.parse(today)) / DAY_MS);
}

export function describeDaysLeft(days: number): string {
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return 'hạn cuối là hôm nay';
  return `quá hạn ${-days} ngày`;
}

export const percentOf = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);
