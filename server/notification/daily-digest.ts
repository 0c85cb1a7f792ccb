import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../database/sql';
import { Role, TaskStatus } from '../domain/enums';
import { Recommendation } from '../obstacle/recommendation.entity';
import { FollowUpStatus, SubmissionStatus } from '../report/report.enums';
import { readableTasks } from '../task/task-stats';
import { taskStatus } from '../task/task.service';
import { RoleGrant } from '../user/role-grant.entity';
import { dayOf, viDate } from './job-day';
import { NotificationKind } from './notification.enums';
import { notify } from './notification.service';
import { accessesOf } from './recipients';

export const DAILY_DIGEST = 'daily-digest';

/** Who gets the digest: the overseers and the reviewers (inspection committees), each for its own scope. */
const DIGEST_ROLES = [Role.NATIONAL_OVERSEER, Role.PROVINCE_OVERSEER, Role.INSPECTION_COMMITTEE];

/**
 * One digest a day to each overseer and reviewer, with counts for what its abilities let it
 * read: reports not yet submitted in rounds still open (due today or later), overdue tasks and
 * open recommendations, each with the screen that lists them. Reads committed data from the
 * daily job; the key (day) makes it one per account and day however many runners run it; a day
 * with nothing to count sends nothing. Its e-mail follows the account's DAILY_DIGEST choice.
 */
export async function sendDailyDigest(em: EntityManager, payload: unknown): Promise<number> {
  const today = dayOf(payload);
  const people = await em.find(
    RoleGrant,
    { role: { $in: DIGEST_ROLES }, user: { disabledAt: null } },
    { populate: ['user'], orderBy: { user: 'asc', id: 'asc' } },
  );
  let created = 0;
  for (const access of accessesOf(people)) {
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
    if (!notSubmitted && !overdue && !open) continue;
    const rows = await em.transactional((tx) =>
      notify(
        tx,
        [access.viewer!.user.id],
        NotificationKind.DAILY_DIGEST,
        { type: 'User', id: access.viewer!.user.id, period: today },
        {
          title: `Tổng hợp ngày ${viDate(today)}`,
          body: [
            `Báo cáo chưa nộp trong các kỳ đang mở: ${notSubmitted} (/bao-cao)`,
            `Nhiệm vụ quá hạn: ${overdue} (/nhiem-vu)`,
            `Kiến nghị chưa xử lý: ${open} (/bao-cao)`,
          ].join('; '),
          link: '/bao-cao',
        },
      ),
    );
    created += rows.length;
  }
  return created;
}
