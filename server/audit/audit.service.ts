import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { paginate } from '../database/paginate';
import type { PageWindow } from '../graphql/connection';
import { parseId } from '../graphql/ids';
import type { Province } from '../province/province.entity';
import type { User } from '../user/user.entity';
import { AuditEntry } from './audit-entry.entity';
import type { AuditFilter } from './audit.inputs';

export interface Change {
  action: string;
  objectType: string;
  /** The changed object; a new one gets its id from the flush, so it is read afterwards. */
  object: { id: number };
  province?: Pick<Province, 'id'> | null;
  changes: Record<string, unknown>;
}

async function flushWithEntry(em: EntityManager, who: Viewer, change: Change): Promise<void> {
  // A deleted object may lose its id in the flush; a created one only gets it there.
  const idBefore = change.object.id;
  await em.flush();
  em.create(AuditEntry, {
    user: who.user,
    username: who.username,
    accessTokenId: who.accessTokenId,
    action: change.action,
    objectType: change.objectType,
    objectId: String(change.object.id ?? idBefore),
    province: change.province?.id,
    changes: change.changes,
  });
  await em.flush();
}

/**
 * Flushes the changes staged on `em` and their audit entry in one transaction (the caller's,
 * when it has one): call it in place of the service's last `em.flush()`.
 */
export async function recordChange(em: EntityManager, who: Viewer, change: Change): Promise<void> {
  if (em.isInTransaction()) return flushWithEntry(em, who, change);
  await em.begin();
  try {
    await flushWithEntry(em, who, change);
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/**
 * An event that changes nothing (a refused sign-in), written at once in a transaction of its
 * own, so it stays recorded though the request fails.
 */
export async function recordEvent(
  em: EntityManager,
  event: Omit<Change, 'object' | 'province'> & { user?: User; username: string; objectId: string },
): Promise<void> {
  await em.fork().insert(AuditEntry, {
    user: event.user?.id,
    username: event.username,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    changes: event.changes,
  });
}

/** The audit entries the viewer may read, newest last (id order), optionally about one object or account. */
export function listAuditEntries(em: EntityManager, access: Access, filter: AuditFilter = {}, window: PageWindow) {
  const where = () => ({
    ...(filter.objectType ? { objectType: filter.objectType } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.userId ? { user: parseId(filter.userId, 'userId') } : {}),
  });
  // Asking for one account's entries would tell who made them: only where the actor may be read.
  const field = filter.userId ? 'username' : undefined;
  return paginate(em, AuditEntry, () => access.readable<AuditEntry>('AuditEntry', where(), field), window);
}
