import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import { AccessToken, TokenKind } from '../auth/access-token.entity';
import { forbidden, type Access } from '../auth/access';
import { hashPassword, verifyPassword } from '../auth/password';
import type { Viewer } from '../auth/viewer';
import { Commune } from '../commune/commune.entity';
import { paginate } from '../database/paginate';
import { Role } from '../domain/enums';
import { containsPattern, searchKey } from '../domain/text';
import type { PageWindow } from '../graphql/connection';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { RoleGrant } from './role-grant.entity';
import type { CreateUserInput, GrantRoleInput } from './user.inputs';
import { User } from './user.entity';

/** The signed-in account, loaded: a request knows its viewer's account by id only. */
export function accountOf(em: EntityManager, viewer: Viewer): Promise<User> {
  return em.findOneOrFail(User, viewer.user.id);
}

export function grantsOf(em: EntityManager, userId: number): Promise<RoleGrant[]> {
  return em.find(RoleGrant, { user: userId }, { orderBy: { id: 'asc' } });
}

/** Accounts in id order; `search` finds a part of the username or full name, diacritics and spaces ignored. */
export function listUsers(em: EntityManager, access: Access, window: PageWindow, search?: string) {
  const key = search ? searchKey(search).replace(/ /g, '') : '';
  const where = (): FilterQuery<User> => (key ? { searchName: { $like: containsPattern(key) } } : {});
  return paginate(em, User, () => access.readable<User>('User', where()), window);
}

async function findAccount(em: EntityManager, userId: string): Promise<User> {
  const user = await em.findOne(User, parseId(userId, 'userId'));
  if (!user) throw notFound('tài khoản', userId);
  return user;
}

/** Ends the account's tokens of the given kinds, in the caller's transaction. */
function revokeTokensOf(em: EntityManager, user: User, kinds: TokenKind[]): Promise<number> {
  return em.nativeUpdate(AccessToken, { user, kind: { $in: kinds }, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * Disables an account (its sessions and API tokens end at once, it can no longer sign in) or
 * enables it again. Asking for the state it is already in changes nothing.
 */
export async function setAccountDisabled(
  em: EntityManager,
  access: Access,
  userId: string,
  disabled: boolean,
): Promise<User> {
  access.assert('manage', 'User');
  const user = await findAccount(em, userId);
  if (disabled && user.id === access.viewer!.user.id) throw forbidden('Không thể tự khóa tài khoản của chính mình.');
  if (!!user.disabledAt === disabled) return user;
  user.disabledAt = disabled ? new Date() : undefined;
  await em.transactional(async (tx) => {
    const revoked = disabled ? await revokeTokensOf(tx, user, [TokenKind.SESSION, TokenKind.API]) : 0;
    await recordChange(tx, access.viewer!, {
      action: disabled ? 'DISABLE' : 'ENABLE',
      objectType: 'User',
      object: user,
      changes: { disabledAt: user.disabledAt ?? null, ...(disabled ? { revokedTokens: revoked } : {}) },
    });
  });
  return user;
}

/**
 * Sets a temporary password an administrator hands over: the account's sessions end, and at
 * its next sign-in it may do nothing but choose a password of its own.
 */
export async function resetPassword(
  em: EntityManager,
  access: Access,
  userId: string,
  temporaryPassword: string,
): Promise<User> {
  access.assert('manage', 'User');
  checkPassword(temporaryPassword, 'temporaryPassword');
  const user = await findAccount(em, userId);
  user.passwordHash = await hashPassword(temporaryPassword);
  user.mustChangePassword = true;
  await em.transactional(async (tx) => {
    await revokeTokensOf(tx, user, [TokenKind.SESSION]);
    await recordChange(tx, access.viewer!, {
      action: 'RESET_PASSWORD',
      objectType: 'User',
      object: user,
      changes: { mustChangePassword: true },
    });
  });
  return user;
}

/** The signed-in account chooses a new password, proving it knows the current one. */
export async function changePassword(
  em: EntityManager,
  access: Access,
  currentPassword: string,
  newPassword: string,
): Promise<User> {
  const user = await accountOf(em, access.viewer!);
  access.assert('write', 'User', user, 'password');
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw badInput('Mật khẩu hiện tại không đúng.', 'currentPassword');
  checkPassword(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput('Mật khẩu mới cần khác mật khẩu hiện tại.', 'newPassword');
  user.passwordHash = await hashPassword(newPassword);
  user.mustChangePassword = false;
  await recordChange(em, access.viewer!, {
    action: 'CHANGE_PASSWORD',
    objectType: 'User',
    object: user,
    changes: {},
  });
  return user;
}

function checkPassword(password: string, field: string): void {
  if (password.length < 10) throw badInput('Mật khẩu cần ít nhất 10 ký tự.', field);
}

/** The fields of a new account, normalised, or BAD_USER_INPUT naming the field at fault. */
export function checkNewAccount(input: CreateUserInput): Required<Pick<CreateUserInput, 'username' | 'fullName'>> & {
  email?: string;
} {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9.-]{2,63}$/.test(username))
    throw badInput('Tên đăng nhập chỉ gồm chữ thường, số, dấu chấm, gạch ngang (3–64 ký tự).', 'username');
  checkPassword(input.password, 'password');
  if (!input.fullName.trim()) throw badInput('Cần họ và tên.', 'fullName');
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    throw badInput('Địa chỉ e-mail không hợp lệ.', 'email');
  return { username, fullName: input.fullName.trim(), email: input.email?.trim() || undefined };
}

export const usernameTaken = (username: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `Tên đăng nhập "${username}" đã có người dùng.`, { field: 'username' });

export async function createUser(em: EntityManager, access: Access, input: CreateUserInput): Promise<User> {
  access.assert('manage', 'User');
  const account = checkNewAccount(input);
  if (await em.count(User, { username: account.username })) throw usernameTaken(account.username);
  const user = em.create(User, { ...account, passwordHash: await hashPassword(input.password) });
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'User',
    object: user,
    changes: { username: user.username, fullName: user.fullName, email: user.email },
  });
  return user;
}

/** Which limits each role takes: a province (required, optional or none), a commune, a bloc. */
const GRANT_SHAPE: Record<
  Role,
  { province: 'required' | 'optional' | 'none'; commune: boolean | 'instead'; bloc: boolean }
> = {
  [Role.NATIONAL_OVERSEER]: { province: 'none', commune: false, bloc: false },
  [Role.ADMINISTRATOR]: { province: 'none', commune: false, bloc: false },
  [Role.PROVINCE_OVERSEER]: { province: 'required', commune: false, bloc: false },
  [Role.PROVINCE_BLOC_OFFICER]: { province: 'required', commune: false, bloc: true },
  [Role.COMMUNE_LEADER]: { province: 'none', commune: true, bloc: false },
  [Role.COMMUNE_BLOC_OFFICER]: { province: 'none', commune: true, bloc: true },
  [Role.API_CLIENT]: { province: 'optional', commune: false, bloc: false },
  // A province's inspection committee, or a commune's: one of the two.
  [Role.INSPECTION_COMMITTEE]: { province: 'optional', commune: 'instead', bloc: false },
};

/** Refuses a grant whose limits (province, commune, bloc) do not fit its role, naming the field at fault. */
export function checkGrantShape(role: Role, given: { province: boolean; commune: boolean; bloc: boolean }): void {
  const shape = GRANT_SHAPE[role];
  if ((shape.province === 'required' && !given.province) || (shape.province === 'none' && given.province))
    throw badInput(
      `Vai trò ${role} ${shape.province === 'required' ? 'cần' : 'không dùng'} tỉnh (provinceId).`,
      'provinceId',
    );
  if (shape.commune === 'instead') {
    if (given.province === given.commune)
      throw badInput(`Vai trò ${role} cần đúng một trong hai: tỉnh (provinceId) hoặc xã (communeId).`, 'communeId');
  } else if (shape.commune !== given.commune)
    throw badInput(`Vai trò ${role} ${shape.commune ? 'cần' : 'không dùng'} xã (communeId).`, 'communeId');
  if (shape.bloc !== given.bloc)
    throw badInput(`Vai trò ${role} ${shape.bloc ? 'cần' : 'không dùng'} khối (bloc).`, 'bloc');
}

export async function grantRole(em: EntityManager, access: Access, input: GrantRoleInput): Promise<RoleGrant> {
  access.assert('manage', 'RoleGrant');
  const user = await findAccount(em, input.userId);
  checkGrantShape(input.role, { province: !!input.provinceId, commune: !!input.communeId, bloc: !!input.bloc });
  const commune = input.communeId ? await em.findOne(Commune, parseId(input.communeId, 'communeId')) : null;
  if (input.communeId && !commune) throw notFound('xã/phường', input.communeId);
  const province = commune
    ? commune.province
    : input.provinceId
      ? await em.findOne(Province, parseId(input.provinceId, 'provinceId'))
      : null;
  if (input.provinceId && !province) throw notFound('tỉnh/thành phố', input.provinceId);
  const grant = em.create(RoleGrant, {
    user,
    role: input.role,
    province: province ?? undefined,
    commune: commune ?? undefined,
    bloc: input.bloc,
  });
  await recordChange(em, access.viewer!, {
    action: 'GRANT',
    objectType: 'RoleGrant',
    object: grant,
    province,
    changes: { userId: user.id, role: input.role, provinceId: province?.id, communeId: commune?.id, bloc: input.bloc },
  });
  return grant;
}

export async function revokeGrant(em: EntityManager, access: Access, grantId: string): Promise<boolean> {
  access.assert('manage', 'RoleGrant');
  const grant = await em.findOne(RoleGrant, parseId(grantId, 'grantId'));
  if (!grant) throw notFound('quyền', grantId);
  if (grant.user.id === access.viewer!.user.id && grant.role === Role.ADMINISTRATOR) {
    throw forbidden('Không thể tự thu hồi quyền quản trị của chính mình.');
  }
  em.remove(grant);
  await recordChange(em, access.viewer!, {
    action: 'REVOKE',
    objectType: 'RoleGrant',
    object: grant,
    province: grant.province,
    changes: { userId: grant.user.id, role: grant.role },
  });
  return true;
}
