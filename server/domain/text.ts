/** Lower-case ASCII form of Vietnamese text, so "lam thao" finds "Lâm Thao". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching text that contains `key`, its wildcards taken literally. */
export function containsPattern(key: string): string {
  return `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The letters `searchKey` folds to one ASCII letter, as the two arguments of SQL's
 * translate(), so that the database folds names exactly as `searchKey` does. The combining
 * marks come last with nothing to stand for, so translate() drops them (text in NFD form).
 */
export function foldingTable(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const [start, end] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ]) {
    for (let code = start; code <= end; code++) {
      const letter = String.fromCodePoint(code);
      const folded = searchKey(letter);
      if (/^[a-z]$/.test(folded)) {
        from += letter;
        to += folded;
      }
    }
  }
  for (let code = 0x300; code <= 0x36f; code++) from += String.fromCodePoint(code);
  return { from, to };
}
