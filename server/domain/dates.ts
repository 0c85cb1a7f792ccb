import { badInput } from '../graphql/errors';

/** Built once: constructing a DateTimeFormat costs far more than formatting with it, and requests ask for today often. */
const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * Vietnam's day changes on a whole minute (UTC+7, no daylight saving), so a day formatted once
 * serves the rest of its minute: a page of communes asks for today hundreds of times.
 */
let lastFormatted = { minute: NaN, day: '' };

/** Today's date (YYYY-MM-DD) in Vietnam, where deadlines fall, whatever the server's time zone. */
export function todayInVietnam(now = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastFormatted.minute) lastFormatted = { minute, day: vietnamDate.format(now) };
  return lastFormatted.day;
}

/** Accepts a YYYY-MM-DD date that exists on the calendar; defaults to today in Vietnam. */
export function dateOrToday(date: string | null | undefined, field = 'asOf'): string {
  if (date === undefined || date === null) return todayInVietnam();
  const parsed = new Date(`${date}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== date
  ) {
    throw badInput(`Ngày "${date}" không hợp lệ (định dạng YYYY-MM-DD).`, field);
  }
  return date;
}

/** The day before a YYYY-MM-DD date. */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** "2026-01-10" → "10/01/2026", as official documents write dates. */
export function formatDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
