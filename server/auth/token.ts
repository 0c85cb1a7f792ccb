import { createHash, randomBytes } from 'node:crypto';

/** A new secret with a prefix telling what it is (pxs_ session, pxa_ API), and the hash that is stored. */
export function newToken(prefix: 'pxs_' | 'pxa_'): { token: string; tokenHash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, tokenHash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
