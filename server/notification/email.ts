import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobHelpers } from 'graphile-worker';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailFrom, publicUrl, smtpUrl } from '../config';
import { intArray, query, sql } from '../database/sql';
import { EmailState } from './notification.enums';

export const SEND_EMAIL = 'send-notification-email';
/** graphile-worker retries a failed job after e^attempts seconds: 8 attempts span about half an hour. */
export const EMAIL_ATTEMPTS = 8;

/**
 * Queues the e-mail of each notification just created in the caller's transaction, so a job
 * exists exactly when its notification does. The job key (one per notification) keeps it one
 * job whatever adds it again.
 */
export async function queueEmails(em: EntityManager, notificationIds: number[]): Promise<void> {
  if (!notificationIds.length) return;
  await query(
    em,
    sql`select graphile_worker.add_job(${SEND_EMAIL}, json_build_object('notificationId', n.id),
          max_attempts => ${EMAIL_ATTEMPTS}, job_key => ${`${SEND_EMAIL}:`} || n.id, job_key_mode => 'preserve_run_at')
        from unnest(${intArray(notificationIds)}) as n(id)`,
  );
}

let transport: Transporter | undefined;
let transportUrl: string | undefined;

function transporter(): Transporter {
  const url = smtpUrl();
  if (!url) throw new Error('SMTP_URL chưa đặt.');
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  return transport;
}

interface Claimed {
  title: string;
  body: string;
  link: string;
  email: string;
  fullName: string;
}

const setState = (em: EntityManager, id: number, state: EmailState, sent = false) =>
  query(
    em,
    sql`update notification set email_state = ${state}, email_sent_at = case when ${sent} then now() else email_sent_at end
        where id = ${id}`,
  );

/**
 * Sends one notification's e-mail, at most once: the notification is marked SENDING (committed)
 * before the SMTP exchange and SENT after it. A process stopped between the two leaves it
 * SENDING; the retry then marks it FAILED instead of sending again, since the first exchange
 * may have delivered it. A refused exchange sent nothing: the job throws and graphile-worker
 * retries it with backoff, up to EMAIL_ATTEMPTS, after which the notification is FAILED.
 */
export async function sendNotificationEmail(orm: MikroORM, payload: unknown, helpers: JobHelpers): Promise<void> {
  const id = Number((payload as { notificationId?: unknown })?.notificationId);
  if (!Number.isSafeInteger(id)) return;
  const em = orm.em.fork();
  const [claimed] = await query<Claimed>(
    em,
    sql`update notification n set email_state = ${EmailState.SENDING}, email_attempts = n.email_attempts + 1
        from app_user u
        where n.id = ${id} and u.id = n.recipient_id and n.email_state = ${EmailState.PENDING}
        returning n.title, n.body, n.link, u.email, u.full_name as "fullName"`,
  );
  if (!claimed) {
    await query(
      em,
      sql`update notification set email_state = ${EmailState.FAILED}
          where id = ${id} and email_state = ${EmailState.SENDING}`,
    );
    return;
  }
  try {
    await transporter().sendMail({
      from: mailFrom(),
      to: { name: claimed.fullName, address: claimed.email },
      subject: `[Phủ Xanh] ${claimed.title}`,
      text: [
        `Kính gửi ${claimed.fullName},`,
        '',
        claimed.body,
        '',
        `Xem chi tiết: ${publicUrl()}${claimed.link}`,
        '',
        'Thư này được gửi tự động từ hệ thống Phủ Xanh; vui lòng không trả lời.',
      ].join('\n'),
    });
  } catch (error) {
    const last = helpers.job.attempts >= helpers.job.max_attempts;
    await setState(em, id, last ? EmailState.FAILED : EmailState.PENDING);
    if (last) {
      helpers.logger.error(`Gửi thư thông báo ${id} thất bại sau ${helpers.job.attempts} lần: ${String(error)}`);
      return;
    }
    throw error;
  }
  await setState(em, id, EmailState.SENT, true);
}
