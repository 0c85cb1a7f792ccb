import { randomBytes } from 'node:crypto';
import { recordChange } from '../audit/audit.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../domain/enums';
import { AppError, ErrorCode } from '../graphql/errors';
import { User } from '../user/user.entity';
import { AccessToken, TokenKind } from './access-token.entity';
import { hashPassword, verifyPassword } from './password';
import { newToken, tokenHash } from './token';
import type { Grant, Viewer } from './viewer';

const SESSION_HOURS = 12;

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Verifying against a fixed hash when the user is unknown keeps the answer time the same, so usernames cannot be probed. */
let decoyHash: Promise<string> | undefined;

export async function login(em: EntityManager, username: string, password: string): Promise<Session> {
  const user = await em.findOne(User, { username: username.trim().toLowerCase() });
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  const { token, tokenHash } = newToken('pxs_');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const session = em.create(AccessToken, { user, tokenHash, expiresAt });
  await recordChange(em, { user, grants: [], readOnly: false }, { action: 'LOGIN', objectType: 'Session', object: session, changes: { expiresAt } });
  return { token, expiresAt, user };
}

/** Revokes the token the viewer signed in with. */
export async function logout(em: EntityManager, viewer: Viewer): Promise<void> {
  const session = await em.findOneOrFail(AccessToken, viewer.accessTokenId!);
  session.revokedAt ??= new Date();
  await recordChange(em, viewer, { action: 'LOGOUT', objectType: 'Session', object: session, changes: { revokedAt: session.revokedAt } });
}

/**
 * An API token acts as an API client limited to the token's province: read-only, whatever
 * the roles of the account that created it.
 */
function apiClientGrant(access: AccessToken): Grant {
  return { id: 0, user: access.user, role: Role.API_CLIENT, province: access.province };
}

/** "Last used" is shown to the minute; writing it on every request would make each read a write. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * Records a token's use at most once a minute. The loaded value skips the UPDATE for a token
 * just used; the condition in the UPDATE keeps concurrent requests from all writing it.
 */
async function touch(em: EntityManager, access: AccessToken): Promise<void> {
  const now = new Date();
  const stale = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (access.lastUsedAt && access.lastUsedAt > stale) return;
  await em.nativeUpdate(AccessToken, { id: access.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: stale } }] }, { lastUsedAt: now });
}

/** The viewer a bearer token stands for, or undefined when it is unknown, expired or revoked. */
export async function authenticate(em: EntityManager, token: string): Promise<Viewer | undefined> {
  const access = await em.findOne(
    AccessToken,
    { tokenHash: tokenHash(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    // From the primary: a token signed in or revoked a moment ago may not have reached a replica.
    { populate: ['user.grants'], connectionType: 'write' },
  );
  if (!access) return undefined;
  await touch(em, access);
  if (access.kind === TokenKind.API) return { user: access.user, grants: [apiClientGrant(access)], readOnly: true, accessTokenId: access.id };
  return { user: access.user, grants: access.user.grants.getItems(), readOnly: false, accessTokenId: access.id };
}
