import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import { findPermitted } from '../database/paginate';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { AccessToken, TokenKind } from './access-token.entity';
import type { Access } from './access';
import type { CreateApiTokenInput } from './api-token.inputs';
import { newToken } from './token';

export async function createApiToken(em: EntityManager, access: Access, input: CreateApiTokenInput) {
  const name = input.name.trim();
  if (!name || name.length > 100) throw badInput('Tên công cụ cần từ 1 đến 100 ký tự.', 'name');
  const days = input.expiresInDays ?? 365;
  if (!Number.isInteger(days) || days < 1 || days > 730) throw badInput('Thời hạn từ 1 đến 730 ngày.', 'expiresInDays');
  const province = input.provinceId ? await em.findOne(Province, parseId(input.provinceId, 'provinceId')) : null;
  if (input.provinceId && !province) throw notFound('tỉnh/thành phố', input.provinceId);
  access.assert('create', 'ApiToken', { province: province ?? null });
  const { token, tokenHash } = newToken('pxa_');
  const apiToken = em.create(AccessToken, {
    user: access.viewer!.user,
    kind: TokenKind.API,
    name,
    province: province ?? undefined,
    tokenHash,
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'ApiToken',
    object: apiToken,
    province,
    changes: { name, provinceId: province?.id, expiresAt: apiToken.expiresAt },
  });
  return { token, apiToken };
}

export async function listApiTokens(em: EntityManager, access: Access): Promise<AccessToken[]> {
  const where = access.readable<AccessToken>('ApiToken', { kind: TokenKind.API });
  return where === null ? [] : em.find(AccessToken, where, { orderBy: { id: 'asc' } });
}

export async function revokeApiToken(em: EntityManager, access: Access, id: string): Promise<AccessToken> {
  const apiToken = await findPermitted(
    em,
    AccessToken,
    access.readable<AccessToken>('ApiToken', { id: parseId(id), kind: TokenKind.API }),
  );
  if (!apiToken) throw notFound('mã truy cập', id);
  access.assert('revoke', 'ApiToken', apiToken);
  apiToken.revokedAt ??= new Date();
  await recordChange(em, access.viewer!, {
    action: 'REVOKE',
    objectType: 'ApiToken',
    object: apiToken,
    province: apiToken.province,
    changes: { revokedAt: apiToken.revokedAt },
  });
  return apiToken;
}
