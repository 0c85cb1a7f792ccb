import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { intArray, query, sql } from '../database/sql';
import { Role, TaskStatus } from '../domain/enums';
import { Recommendation } from '../obstacle/recommendation.entity';
import { FollowUpStatus, SubmissionStatus } from '../report/report.enums';
import { readableTasks } from '../task/task-stats';
import { taskStatus } from '../task/task.service';
import { RoleGrant } from '../user/role-grant.entity';
import { dayOf, viDate } from './job-day';
import { EmailState, NotificationKind } from './notification.enums';
import { notify } from './notification.service';
import { accessesOf } from './recipients';

export const DAILY_DIGEST = 'daily-digest';

/** Who gets the digest: the overseers and the reviewers (inspection committees), each for its own scope. */
const DIGEST_ROLES = [Role.NATIONAL_OVERSEER, Role.PROVINCE_OVERSEER, Role.INSPECTION_COMMITTEE];

/**
 * One digest a day to each overseer and reviewer, with counts for what its abilities let it
 * read: reports not yet submitted in rounds still open (due today or later), overdue tasks and
 * open recommendations, each with the screen that lists them. Any account whose choice for a
 * kind is DIGEST also gets one, listing those notifications, which its e-mail then carries
 * (marked IN_DIGEST in the same transaction, so none goes out twice). Reads committed data from
 * the daily job; the key (day) makes it one per account and day however many runners run it; a
 * day with nothing to tell sends nothing. Its own e-mail follows the account's DAILY_DIGEST choice.
 */
export async function sendDailyDigest(em: EntityManager, payload: unknown): Promise<number> {
  const today = dayOf(payload);
  const waiting = await query<{ recipientId: number; id: number; title: string }>(
    em,
    sql`select recipient_id as "recipientId", id, title from notification
        where email_state = ${EmailState.DIGEST} and kind <> ${NotificationKind.DAILY_DIGEST} order by id`,
  );
  const people = await em.find(
    RoleGrant,
    {
      $or: [{ role: { $in: DIGEST_ROLES } }, { user: { $in: [...new Set(waiting.map((w) => w.recipientId))] } }],
      role: { $ne: Role.API_CLIENT },
      user: { disabledAt: null },
    },
    { populate: ['user'], orderBy: { user: 'asc', id: 'asc' } },
  );
  let created = 0;
  for (const access of accessesOf(people)) {
    const userId = access.viewer!.user.id;
    const mine = waiting.filter((w) => w.recipientId === userId);
    const lines = access.viewer!.grants.some((g) => DIGEST_ROLES.includes(g.role))
      ? await scopeCounts(em, access, today)
      : [];
    if (mine.length) lines.push(`Thông báo gom vào tổng hợp (${mine.length}): ${mine.map((w) => w.title).join('; ')}`);
    if (!lines.length) continue;
    const rows = await em.transactional(async (tx) => {
      const made = await notify(
        tx,
        [userId],
        NotificationKind.DAILY_DIGEST,
        { type: 'User', id: userId, period: today },
        { title: `Tổng hợp ngày ${viDate(today)}`, body: lines.join('; '), link: '/bao-cao' },
      );
      if (made[0]?.emailState === EmailState.PENDING && mine.length)
        await query(
          tx,
          sql`update notification set email_state = ${EmailState.IN_DIGEST}
              where id = any(${intArray(mine.map((w) => w.id))}) and email_state = ${EmailState.DIGEST}`,
        );
      return made;
    });
    created += rows.length;
  }
  return created;
}

/** The digest's counts for an overseer's or reviewer's scope; none when all are zero. */
async function scopeCounts(em: EntityManager, access: Access, today: string): Promise<string[]> {
  const [{ notSubmitted }] = await query<{ notSubmitted: number }>(
    em,
    sql`select count(*)::int as "notSubmitted" from report_submission s
        join reporting_round r on r.id = s.round_id join unit u on u.id = s.unit_id
        where r.due_on >= ${today} and r.period_start <= ${today}
          and s.status in (${SubmissionStatus.DRAFT}, ${SubmissionStatus.RETURNED}) and ${access.unitScope(em)}`,
  );
  const overdue = (await readableTasks(em, access, {})).filter(
    (task) => taskStatus(task, today) === TaskStatus.OVERDUE,
  ).length;
  const openWhere = access.readable<Recommendation>('Recommendation', { status: FollowUpStatus.OPEN });
  const open = openWhere ? await em.count(Recommendation, openWhere) : 0;
  if (!notSubmitted && !overdue && !open) return [];
  return [
    `Báo cáo chưa nộp trong các kỳ đang mở: ${notSubmitted} (/bao-cao)`,
    `Nhiệm vụ quá hạn: ${overdue} (/nhiem-vu)`,
    `Kiến nghị chưa xử lý: ${open} (/bao-cao)`,
  ];
}
