/** Returns the items one after another, starting over at the end: a deterministic round robin. */
export function cycle<T>(items: readonly T[]): () => T {
  if (!items.length) throw new Error('Nothing to cycle through.');
  let position = 0;
  return () => {
    const item = items[position];
    position = (position + 1) % items.length;
    return item;
  };
}
