import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { forbidden } from '../auth/access';
import { smtpUrl } from '../config';
import { paginate } from '../database/paginate';
import { intArray, query, sql } from '../database/sql';
import type { Page, PageWindow } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Notification, NotificationPreference } from './notification.entity';
import { queueEmails } from './email';
import { EmailDelivery, EmailState, NotificationKind } from './notification.enums';
import type { NotificationPreferenceInput } from './notification.inputs';

/** What a notification is about: the object, and the period that makes a new one (a version, a due date and N). */
export interface NotificationObject {
  type: string;
  id: number;
  period: string | number;
}

export interface NotificationText {
  title: string;
  body: string;
  link: string;
}

/** A notification just created. */
export interface Created {
  id: number;
  recipientId: number;
  emailState: EmailState;
}

/**
 * Creates one notification per recipient in the caller's transaction, so it exists exactly
 * when the change that causes it commits. The key (kind, object, period) is unique per
 * recipient: a change retried or a job run twice, by any number of processes, adds nothing.
 * With SMTP_URL, each recipient with an address who wants it at once gets its e-mail queued
 * in the same transaction. Returns only the rows this call created.
 */
export async function notify(
  em: EntityManager,
  recipients: readonly number[],
  kind: NotificationKind,
  object: NotificationObject,
  text: NotificationText,
): Promise<Created[]> {
  if (!recipients.length) return [];
  const key = `${kind}:${object.type}:${object.id}:${object.period}`;
  const mail = smtpUrl() !== undefined;
  const created = await query<Created>(
    em,
    sql`insert into notification (recipient_id, kind, title, body, link, object_type, object_id, dedupe_key, email_state)
        select u.id, ${kind}, ${text.title}, ${text.body}, ${text.link}, ${object.type}, ${object.id}, ${key},
          case when not ${mail} or coalesce(u.email, '') = '' then ${EmailState.NONE}
               when coalesce(p.email, ${EmailDelivery.IMMEDIATE}) = ${EmailDelivery.IMMEDIATE} then ${EmailState.PENDING}
               when p.email = ${EmailDelivery.DIGEST} then ${EmailState.DIGEST}
               else ${EmailState.NONE} end
        from app_user u
        left join notification_preference p on p.user_id = u.id and p.kind = ${kind}
        where u.id = any(${intArray([...new Set(recipients)])})
        on conflict (recipient_id, dedupe_key) do nothing
        returning id, recipient_id as "recipientId", email_state as "emailState"`,
  );
  await queueEmails(
    em,
    created.filter((row) => row.emailState === EmailState.PENDING).map((row) => row.id),
  );
  return created;
}

/** The viewer's notifications, newest first. */
export function listNotifications(
  em: EntityManager,
  access: Access,
  unreadOnly: boolean,
  window: PageWindow,
): Promise<Page<Notification>> {
  const where = () => access.readable<Notification>('Notification', unreadOnly ? { readAt: null } : {});
  return paginate(em, Notification, where, window, 'desc');
}

export async function unreadNotificationCount(em: EntityManager, access: Access): Promise<number> {
  const where = access.readable<Notification>('Notification', { readAt: null });
  return where ? em.count(Notification, where) : 0;
}

const MARK_LIMIT = 500;

/**
 * Marks the viewer's own notifications read (ids of others' are passed over, as if they did
 * not exist); returns the unread count after it.
 */
export async function markNotificationsRead(em: EntityManager, access: Access, ids: string[]): Promise<number> {
  if (ids.length > MARK_LIMIT) throw badInput(`Mỗi lần đánh dấu tối đa ${MARK_LIMIT} thông báo.`, 'ids');
  const wanted = ids.map((id) => parseId(id, 'ids'));
  const writable = access.filter<Notification>('write', 'Notification');
  if (!writable) throw forbidden();
  if (wanted.length) {
    await em.nativeUpdate(
      Notification,
      { $and: [writable, { id: { $in: wanted }, readAt: null }] },
      { readAt: new Date() },
    );
  }
  return unreadNotificationCount(em, access);
}

/** Every kind with the viewer's e-mail choice (IMMEDIATE where none was made). */
export async function notificationPreferences(
  em: EntityManager,
  access: Access,
): Promise<Pick<NotificationPreference, 'kind' | 'email'>[]> {
  const viewer = access.viewer!;
  const rows = await em.find(NotificationPreference, { user: viewer.user.id });
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  return Object.values(NotificationKind).map((kind) => ({ kind, email: chosen.get(kind) ?? EmailDelivery.IMMEDIATE }));
}

/** Sets the viewer's e-mail choices for the kinds given; the others stay as they were. */
export async function setNotificationPreferences(
  em: EntityManager,
  access: Access,
  input: NotificationPreferenceInput[],
): Promise<Pick<NotificationPreference, 'kind' | 'email'>[]> {
  const viewer = access.viewer!;
  if (viewer.readOnly) throw forbidden();
  if (new Set(input.map((p) => p.kind)).size !== input.length) {
    throw badInput('Mỗi loại thông báo chỉ được chọn một lần.', 'preferences');
  }
  if (input.length) {
    await query(
      em,
      sql`insert into notification_preference (user_id, kind, email)
          select ${viewer.user.id}, p.kind, p.email
          from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as p(kind text, email text)
          on conflict (user_id, kind) do update set email = excluded.email`,
    );
  }
  return notificationPreferences(em, access);
}
