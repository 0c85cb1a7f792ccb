import { useSyncExternalStore } from 'react';

/** What survives a page reload: the bearer token and when it lapses. */
export interface Session {
  token: string;
  expiresAt: string;
  /** An administrator reset the password: the session may only change it (the server refuses all else). */
  mustChangePassword?: boolean;
}

interface SessionState {
  session: Session | null;
  /** Why the last session ended, when it was not the person's own choice. */
  notice: string | null;
}

const STORAGE_KEY = 'phuxanh.session';
const listeners = new Set<() => void>();

function readStored(): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return stored && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

let state: SessionState = { session: readStored(), notice: null };

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function startSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  publish({ session, notice: null });
}

export function endSession(notice: string | null = null): void {
  localStorage.removeItem(STORAGE_KEY);
  publish({ session: null, notice });
}

// Signing in or out in another tab applies here too, so no tab keeps acting as a stale account.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) publish({ session: readStored(), notice: null });
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
