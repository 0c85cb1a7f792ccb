import type { MikroORM } from '@mikro-orm/postgresql';
import { Logger, parseCronItems, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { smtpUrl } from '../config';
import { logger } from '../observability/logger';
import { DAILY_DIGEST, sendDailyDigest } from './daily-digest';
import { DEADLINE_REMINDERS, sendDeadlineReminders } from './deadline-reminders';
import { SEND_EMAIL, sendNotificationEmail } from './email';
import { OVERDUE_TASKS, sendOverdueTaskNotices } from './overdue-tasks';

const workerLogger = new Logger((scope) => (level, message, meta) => {
  const log = logger.child({ component: 'graphile-worker', ...scope });
  if (level === 'error') log.error(meta ?? {}, message);
  else if (level === 'warning') log.warn(meta ?? {}, message);
  else log.debug(meta ?? {}, message);
});

/**
 * Creates or upgrades graphile-worker's own schema (graphile_worker) with its migrations,
 * which it keeps apart from ours; safe to run from several processes at once.
 */
export async function installQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger });
}

/**
 * Daily at 00:00 UTC, 07:00 in Vietnam (the digest at 08:00). graphile-worker records each run of a cron item, so of
 * several processes or machines only one queues it; a run missed while all were stopped is
 * made up within a day (backfill).
 */
const CRONTAB = parseCronItems([
  {
    task: DEADLINE_REMINDERS,
    match: '0 0 * * *',
    identifier: DEADLINE_REMINDERS,
    options: { backfillPeriod: 86_400_000 },
  },
  {
    task: OVERDUE_TASKS,
    match: '0 0 * * *',
    identifier: OVERDUE_TASKS,
    options: { backfillPeriod: 86_400_000 },
  },
  // An hour later (08:00 in Vietnam), when the morning's other notices are out.
  {
    task: DAILY_DIGEST,
    match: '0 1 * * *',
    identifier: DAILY_DIGEST,
    options: { backfillPeriod: 86_400_000 },
  },
]);

export function taskList(orm: MikroORM): TaskList {
  return {
    [SEND_EMAIL]: (payload, helpers) => sendNotificationEmail(orm, payload, helpers),
    [DEADLINE_REMINDERS]: async (payload) => {
      await sendDeadlineReminders(orm.em.fork(), payload);
    },
    [OVERDUE_TASKS]: async (payload) => {
      await sendOverdueTaskNotices(orm.em.fork(), payload);
    },
    [DAILY_DIGEST]: async (payload) => {
      await sendDailyDigest(orm.em.fork(), payload);
    },
  };
}

/**
 * Runs queued jobs from the database until stopped. Jobs live in PostgreSQL, so they survive
 * restarts, and each is locked by the one process running it: several runners (processes,
 * machines) share one queue without running a job twice.
 */
export async function startJobRunner(
  orm: MikroORM,
  connectionString: string,
  options: { cron?: boolean } = {},
): Promise<Runner> {
  await installQueue(connectionString);
  if (!smtpUrl()) logger.info('SMTP_URL chưa đặt: thông báo chỉ hiện trong ứng dụng, không gửi thư điện tử.');
  return run({
    connectionString,
    concurrency: 2,
    pollInterval: 2000,
    noHandleSignals: true,
    logger: workerLogger,
    taskList: taskList(orm),
    // Tests run the reminders on demand, for the dates they choose, and leave the clock's runs out.
    parsedCronItems: options.cron === false ? [] : CRONTAB,
  });
}
