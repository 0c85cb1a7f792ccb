import { useEffect, useState } from 'react';

/**
 * Form input kept in the browser (localStorage) until it is saved, so a reload or a closed tab
 * does not lose what an author typed; `clear` forgets it once the server has it.
 */
export function useStoredDraft<T>(key: string, empty: T): [T, (value: T) => void, () => void] {
  const storageKey = `phuxanh:draft:${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(storageKey);
      return stored ? { ...empty, ...(JSON.parse(stored) as T) } : empty;
    } catch {
      return empty;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // A full or disabled storage only loses the reload safety net, never the form itself.
    }
  }, [storageKey, value]);
  const clear = () => {
    window.localStorage.removeItem(storageKey);
    setValue(empty);
  };
  return [value, setValue, clear];
}
