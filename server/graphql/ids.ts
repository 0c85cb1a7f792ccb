import { badInput } from './errors';

/** GraphQL IDs arrive as strings; a malformed one is refused rather than reaching the database. */
export function parseId(id: string | number, field = 'id'): number {
  const value = typeof id === 'number' ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) throw badInput(`Mã "${id}" không hợp lệ.`, field);
  return value;
}
