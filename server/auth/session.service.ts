import { randomBytes } from 'node:crypto';
import { recordChange, recordEvent } from '../audit/audit.service';
import type { LoginThrottle } from './login-throttle';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../domain/enums';
import { AppError, ErrorCode } from '../graphql/errors';
import { User } from '../user/user.entity';
import { AccessToken, TokenKind } from './access-token.entity';
import { hashPassword, verifyPassword } from './password';
import { newToken, tokenHash } from './token';
import type { Viewer } from './viewer';
import type { CachedSession, SessionCache } from './session-cache';
import { Province } from '../province/province.entity';
import { Commune } from '../commune/commune.entity';

const SESSION_HOURS = 12;
/** A guessed username is stored as typed, up to this length. */
const MAX_AUDITED_USERNAME = 100;

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
  mustChangePassword: boolean;
}

/** Verifying against a fixed hash when the user is unknown keeps the answer time the same, so usernames cannot be probed. */
let decoyHash: Promise<string> | undefined;

export async function login(
  em: EntityManager,
  credentials: { username: string; password: string; address: string },
  throttle: LoginThrottle,
): Promise<Session> {
  const username = credentials.username.trim().toLowerCase();
  await throttle.assertMayTry(username, credentials.address);
  const user = await em.findOne(User, { username });
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), credentials.password);
  if (!user || !valid) {
    const waitMs = await throttle.failed(username, credentials.address);
    await recordEvent(em, {
      user: user ?? undefined,
      username: username.slice(0, MAX_AUDITED_USERNAME),
      action: 'LOGIN_FAILED',
      objectType: 'Session',
      objectId: String(user?.id ?? ''),
      changes: { address: credentials.address, ...(waitMs ? { waitSeconds: Math.ceil(waitMs / 1000) } : {}) },
    });
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  await throttle.succeeded(username);
  if (user.disabledAt)
    throw new AppError(ErrorCode.ACCOUNT_DISABLED, 'Tài khoản đã bị khóa. Hãy liên hệ quản trị viên để mở lại.');
  const { token, tokenHash } = newToken('pxs_');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const session = em.create(AccessToken, { user, tokenHash, expiresAt });
  await recordChange(
    em,
    { user, username: user.username, grants: [], readOnly: false },
    { action: 'LOGIN', objectType: 'Session', object: session, changes: { expiresAt } },
  );
  return { token, expiresAt, user, mustChangePassword: user.mustChangePassword };
}

/** Revokes the token the viewer signed in with. */
export async function logout(em: EntityManager, viewer: Viewer): Promise<void> {
  const session = await em.findOneOrFail(AccessToken, viewer.accessTokenId!);
  session.revokedAt ??= new Date();
  await recordChange(em, viewer, {
    action: 'LOGOUT',
    objectType: 'Session',
    object: session,
    changes: { revokedAt: session.revokedAt },
  });
}

/** "Last used" is shown to the minute; writing it on every request would make each read a write. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * Records a token's use at most once a minute. The known value skips the UPDATE for a token
 * just used; the condition in the UPDATE keeps concurrent requests from all writing it.
 */
async function touch(em: EntityManager, session: CachedSession): Promise<void> {
  const now = Date.now();
  const stale = new Date(now - LAST_USED_PRECISION_MS);
  if (session.lastUsedAt && session.lastUsedAt > stale.getTime()) return;
  await em.nativeUpdate(
    AccessToken,
    { id: session.accessTokenId, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: stale } }] },
    { lastUsedAt: new Date(now) },
  );
  session.lastUsedAt = now;
}

function snapshot(access: AccessToken): CachedSession {
  return {
    accessTokenId: access.id,
    userId: access.user.id,
    username: access.user.username,
    kind: access.kind,
    provinceId: access.province?.id,
    grants: access.user.grants
      .getItems()
      .map((g) => ({ id: g.id, role: g.role, provinceId: g.province?.id, communeId: g.commune?.id, bloc: g.bloc })),
    // Tools keep working through their API tokens while a person's password is reset.
    mustChangePassword: access.kind === TokenKind.SESSION && access.user.mustChangePassword,
    expiresAt: access.expiresAt.getTime(),
    lastUsedAt: access.lastUsedAt?.getTime(),
    cachedAt: Date.now(),
  };
}

/**
 * The viewer of a session, on the request's EntityManager. The account is a reference: what
 * requests need of it is its id; `me` loads the rest. An API token acts as an API client
 * limited to the token's province: read-only, whatever the roles of the account that created it.
 */
export function asViewer(em: EntityManager, session: CachedSession): Viewer {
  const user = em.getReference(User, session.userId);
  const province = (id: number | undefined) => (id === undefined ? undefined : em.getReference(Province, id));
  const base = {
    user,
    username: session.username,
    accessTokenId: session.accessTokenId,
    mustChangePassword: session.mustChangePassword,
  };
  if (session.kind === TokenKind.API) {
    return {
      ...base,
      readOnly: true,
      grants: [{ id: 0, user, role: Role.API_CLIENT, province: province(session.provinceId) }],
    };
  }
  const grants = session.grants.map((g) => ({
    id: g.id,
    user,
    role: g.role,
    province: province(g.provinceId),
    commune: g.communeId === undefined ? undefined : em.getReference(Commune, g.communeId),
    bloc: g.bloc,
  }));
  return { ...base, readOnly: false, grants };
}

/**
 * The session a bearer token stands for, or undefined when it is unknown, expired or revoked;
 * from `sessions` when the token was seen lately.
 */
export async function findSession(
  em: EntityManager,
  token: string,
  sessions: SessionCache,
): Promise<CachedSession | undefined> {
  const hash = tokenHash(token);
  let session = sessions.get(hash);
  if (!session) {
    const generation = sessions.currentGeneration();
    const access = await em.findOne(
      AccessToken,
      { tokenHash: hash, revokedAt: null, expiresAt: { $gt: new Date() }, user: { disabledAt: null } },
      // From the primary: a token signed in or revoked a moment ago may not have reached a replica.
      { populate: ['user.grants'], connectionType: 'write' },
    );
    if (!access) return undefined;
    session = snapshot(access);
    sessions.remember(hash, session, generation);
  }
  await touch(em, session);
  return session;
}

/** The viewer a bearer token stands for, on `em`; undefined when the token is no good. */
export async function authenticate(
  em: EntityManager,
  token: string,
  sessions: SessionCache,
): Promise<Viewer | undefined> {
  const session = await findSession(em, token, sessions);
  return session && asViewer(em, session);
}
