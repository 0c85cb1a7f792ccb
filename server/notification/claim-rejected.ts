import type { EntityManager } from '@mikro-orm/postgresql';
import type { Assessment } from '../assessment/assessment.entity';
import { NotificationKind } from './notification.enums';
import { notify, type Created } from './notification.service';
import { unitOfficers } from './recipients';

/**
 * Tells the unit's officers that an overseer rejected their claim, with the reason, in the
 * transaction of the rejection. One per recipient and assessment version: a later answer and
 * a new rejection make a new one.
 */
export async function notifyClaimRejected(
  em: EntityManager,
  assessment: Assessment,
  reason: string,
): Promise<Created[]> {
  const { unit, criterion } = assessment;
  const recipients = await unitOfficers(em, unit, { subject: 'Assessment', object: assessment });
  return notify(
    em,
    recipients,
    NotificationKind.CLAIM_REJECTED,
    { type: 'Assessment', id: assessment.id, period: assessment.version },
    {
      title: `Kết quả tự đánh giá tiêu chí ${criterion.code} bị bác bỏ`,
      body: `${unit.name}: kết quả "đạt" của tiêu chí ${criterion.code} (${criterion.text}) bị bác bỏ khi xác minh. Lý do: ${reason}`,
      link: `/don-vi/${unit.id}?dot=${encodeURIComponent(criterion.campaign.code)}`,
    },
  );
}
