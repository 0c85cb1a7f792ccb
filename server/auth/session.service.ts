import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../graphql/errors';
import { User } from '../user/user.entity';
import { AccessToken } from './access-token.entity';
import { hashPassword, verifyPassword } from './password';
import type { Viewer } from './viewer';

const SESSION_HOURS = 12;
const TOKEN_PREFIX = 'pxs_';

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
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
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  em.create(AccessToken, { user, tokenHash: tokenHash(token), expiresAt });
  await em.flush();
  return { token, expiresAt, user };
}

export async function logout(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(AccessToken, { tokenHash: tokenHash(token), revokedAt: null }, { revokedAt: new Date() });
}

/** The viewer a bearer token stands for, or undefined when it is unknown, expired or revoked. */
export async function authenticate(em: EntityManager, token: string): Promise<Viewer | undefined> {
  const access = await em.findOne(
    AccessToken,
    { tokenHash: tokenHash(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user.grants'] },
  );
  if (!access) return undefined;
  await em.nativeUpdate(AccessToken, { id: access.id }, { lastUsedAt: new Date() });
  return { user: access.user, grants: access.user.grants.getItems() };
}
