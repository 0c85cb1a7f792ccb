import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Form input kept in the browser (localStorage) until it is saved, so a reload or a closed tab
 * does not lose what someone typed. A draft belongs to one account, one form and one object:
 * a colleague signing in on the same computer never gets it.
 */
export const draftKey = (viewerId: string, form: string, object: string) =>
  `phuxanh:draft:${viewerId}:${form}:${object}`;

/** What is stored: the typed value and what the form started from when it was typed. */
interface Stored<T> {
  basis: string;
  value: T;
}

function read<T>(key: string): Stored<T> | null {
  try {
    const stored = window.localStorage.getItem(key);
    const parsed = stored ? (JSON.parse(stored) as Partial<Stored<T>>) : null;
    return parsed && typeof parsed.basis === 'string' && parsed.value !== undefined ? (parsed as Stored<T>) : null;
  } catch {
    return null;
  }
}

export function hasStoredDraft(key: string): boolean {
  return read(key) !== null;
}

/**
 * "restored": the form opened with a kept draft; "outdated": the object changed since the draft
 * was typed (`basis` differs, e.g. someone else saved a newer answer), so it needs a look first.
 */
export type DraftState = 'restored' | 'outdated' | null;

export interface StoredDraft<T> {
  draft: T;
  setDraft: Dispatch<SetStateAction<T>>;
  state: DraftState;
  /** Forgets the draft and goes back to the initial value: after a save, or to discard it. */
  clear: () => void;
}

export function useStoredDraft<T>(key: string, initial: T, basis = ''): StoredDraft<T> {
  const initialJson = JSON.stringify(initial);
  const [start] = useState(() => {
    const stored = read<T>(key);
    if (!stored || JSON.stringify(stored.value) === initialJson) return { draft: initial, state: null };
    const state: DraftState = stored.basis === basis ? 'restored' : 'outdated';
    return { draft: { ...initial, ...stored.value }, state };
  });
  const [draft, setDraft] = useState<T>(start.draft);
  const [state, setState] = useState<DraftState>(start.state);

  useEffect(() => {
    try {
      // Only what differs from the form's start is a draft; an untouched form leaves nothing behind.
      if (JSON.stringify(draft) === initialJson) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify({ basis, value: draft } satisfies Stored<T>));
    } catch {
      // A full or disabled storage only loses the reload safety net, never the form itself.
    }
  }, [key, draft, initialJson, basis]);

  const clear = () => {
    window.localStorage.removeItem(key);
    setDraft(JSON.parse(initialJson) as T);
    setState(null);
  };
  return { draft, setDraft, state, clear };
}
