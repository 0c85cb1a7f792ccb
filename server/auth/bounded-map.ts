/**
 * A Map that forgets its oldest entries past a size, so a cache keyed by what callers send
 * (tokens, grant sets) cannot grow without bound. Reading does not refresh an entry: the
 * caches using it are cheap to refill, and insertion order is enough to bound them.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxSize: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxSize) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
