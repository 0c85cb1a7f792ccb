import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportSubmission } from '../report/report-submission.entity';
import { NotificationKind } from './notification.enums';
import { notify, type Created } from './notification.service';
import { unitAccounts } from './recipients';

/**
 * Tells the people who submit the unit's report (its officers of the bloc and the commune
 * leader, whoever may submit and read it) that the reviewer returned it, with the comment, or
 * accepted it; in the transaction of the review. One per recipient and submission version, so
 * a later resubmission and review make a new one.
 */
export async function notifyReportReviewed(
  em: EntityManager,
  submission: ReportSubmission,
  accepted: boolean,
): Promise<Created[]> {
  const { unit, round } = submission;
  const recipients = await unitAccounts(
    em,
    unit,
    (access) =>
      access.can('submit', 'ReportSubmission', submission) && access.can('read', 'ReportSubmission', submission),
  );
  const report = `báo cáo "${round.template.name}" ${round.label}`;
  return notify(
    em,
    recipients,
    accepted ? NotificationKind.REPORT_ACCEPTED : NotificationKind.REPORT_RETURNED,
    { type: 'ReportSubmission', id: submission.id, period: submission.version },
    accepted
      ? {
          title: `Báo cáo ${round.label} đã được tiếp nhận`,
          body: `${unit.name}: ${report} đã được tiếp nhận.${submission.reviewComment ? ` Ý kiến: ${submission.reviewComment}` : ''}`,
          link: `/bao-cao/${submission.id}`,
        }
      : {
          title: `Báo cáo ${round.label} bị trả lại`,
          body: `${unit.name}: ${report} bị trả lại để bổ sung. Ý kiến: ${submission.reviewComment}`,
          link: `/bao-cao/${submission.id}`,
        },
  );
}
