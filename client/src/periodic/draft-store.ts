/**
 * Edits not yet confirmed by the server, kept in the browser so that a reload or a dropped
 * connection loses nothing: they are sent again when the form opens. They are kept under the
 * account's own key (`draftKey`), so another account signed in on the same computer never sends
 * them in its name.
 */
export interface PendingDraft {
  version: number;
  values: Record<string, unknown>;
}

export function readPending(key: string): PendingDraft | null {
  try {
    const stored = window.localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as PendingDraft) : null;
  } catch {
    return null;
  }
}

export function writePending(key: string, pending: PendingDraft | null): void {
  if (pending && Object.keys(pending.values).length) window.localStorage.setItem(key, JSON.stringify(pending));
  else window.localStorage.removeItem(key);
}
