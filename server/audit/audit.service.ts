import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { paginate } from '../database/paginate';
import { boundArray, intArray, query, sql, textArray } from '../database/sql';
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

/** A change already written whose object has its id: one row of a bulk import. */
export interface WrittenChange extends Omit<Change, 'object'> {
  objectId: number;
}

/**
 * Writes the audit entries of many changes already written in the caller's transaction, in
 * one statement: a bulk import adds the same entries its rows would add one at a time.
 */
export async function recordChanges(em: EntityManager, who: Viewer, changes: WrittenChange[]): Promise<void> {
  if (!em.isInTransaction()) throw new Error('recordChanges needs the transaction of the changes it records');
  await query(
    em,
    sql`insert into audit_entry (user_id, username, access_token_id, action, object_type, object_id, province_id, changes)
     select ${who.user.id}, ${who.username}, ${who.accessTokenId ?? null}, c.action, c.object_type, c.object_id, c.province_id, c.changes
       from unnest(${textArray(changes.map((c) => c.action))}, ${textArray(changes.map((c) => c.objectType))}, ${textArray(changes.map((c) => String(c.objectId)))}, ${intArray(changes.map((c) => c.province?.id))},
                   ${boundArray(
                     changes.map((c) => JSON.stringify(c.changes)),
                     'jsonb',
                   )}) as c(action, object_type, object_id, province_id, changes)`,
  );
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
