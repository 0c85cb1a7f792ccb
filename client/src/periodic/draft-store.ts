/**
 * Edits not yet confirmed by the server, kept in the browser so that a reload or a dropped
 * connection loses nothing: they are sent again when the form opens.
 */
export interface PendingDraft {
  version: number;
  values: Record<string, unknown>;
}

const key = (submissionId: string) => `phuxanh.bao-cao.${submissionId}`;

export function readPending(submissionId: string): PendingDraft | null {
  try {
    const stored = window.localStorage.getItem(key(submissionId));
    return stored ? (JSON.parse(stored) as PendingDraft) : null;
  } catch {
    return null;
  }
}

export function writePending(submissionId: string, pending: PendingDraft | null): void {
  if (pending && Object.keys(pending.values).length)
    window.localStorage.setItem(key(submissionId), JSON.stringify(pending));
  else window.localStorage.removeItem(key(submissionId));
}
