import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../domain/enums';
import { ReportSubmission } from '../report/report-submission.entity';
import { ReportingRound } from '../report/reporting-round.entity';
import { RoleGrant } from '../user/role-grant.entity';
import { viDate } from './job-day';
import { NotificationKind } from './notification.enums';
import { notify } from './notification.service';
import { accessesOf } from './recipients';

/**
 * Tells each person who submits reports of the units in a new round's scope (bloc officers,
 * commune leaders) that the round opened, once per round and person, with the units of theirs
 * and the due date; in the transaction that opened it. The key (round) makes a second opener
 * add nothing.
 */
export async function notifyRoundsOpened(em: EntityManager, roundIds: readonly number[]): Promise<number> {
  if (!roundIds.length) return 0;
  const rounds = await em.find(ReportingRound, { id: { $in: [...roundIds] } }, { populate: ['template'] });
  // People only (API tokens submit nothing); each told only of the submissions its abilities let it submit and read.
  const people = await em.find(
    RoleGrant,
    { role: { $ne: Role.API_CLIENT }, user: { disabledAt: null } },
    { populate: ['user'], orderBy: { user: 'asc', id: 'asc' } },
  );
  let created = 0;
  for (const access of accessesOf(people)) {
    const submittable = access.filter<ReportSubmission>('submit', 'ReportSubmission');
    const readable = access.readable<ReportSubmission>('ReportSubmission', { round: { $in: [...roundIds] } });
    if (submittable === null || readable === null) continue;
    const mine = await em.find(
      ReportSubmission,
      { $and: [readable, submittable] },
      { populate: ['unit'], orderBy: { round: 'asc', unit: 'asc' } },
    );
    for (const round of rounds) {
      const units = mine.filter((s) => s.round.id === round.id).map((s) => s.unit.name);
      if (!units.length) continue;
      const rows = await notify(
        em,
        [access.viewer!.user.id],
        NotificationKind.ROUND_OPENED,
        { type: 'ReportingRound', id: round.id, period: 'opened' },
        {
          title: `Mở kỳ báo cáo "${round.template.name}" ${round.label}`,
          body: `Hạn nộp ${viDate(round.dueOn)}. Đơn vị cần nộp: ${units.join('; ')}.`,
          link: '/bao-cao',
        },
      );
      created += rows.length;
    }
  }
  return created;
}
