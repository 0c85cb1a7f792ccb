import { type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { query, sql } from '../database/sql';
import { AssessmentChangeKind, VerificationDecision, VerificationStatus } from '../domain/enums';
import { toPage, type Page, type PageWindow } from '../graphql/connection';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { notifyClaimRejected } from '../notification/claim-rejected';
import { claimCounters } from '../status/claim';
import { Assessment } from './assessment.entity';
import { assertExpectedVersion, keepChange, type AnswerOutcome } from './assessment.service';
import type { VerificationQueueArgs, VerifyAssessmentInput } from './verification.inputs';

const REASON_LIMIT = 2000;

function validReason(input: VerifyAssessmentInput): string | undefined {
  const reason = input.reason?.trim() || undefined;
  if (input.decision === VerificationDecision.REJECT && !reason) {
    throw badInput('Cần nêu lý do khi bác bỏ kết quả tự đánh giá.', 'reason');
  }
  if (reason && reason.length > REASON_LIMIT) throw badInput(`Lý do dài quá ${REASON_LIMIT} ký tự.`, 'reason');
  return reason;
}

/**
 * Confirms or rejects a unit's claim that a criterion is met, in one transaction: the row is
 * locked first, so of two overseers deciding on the same version only the first succeeds and
 * the second sees the new version (VERSION_CONFLICT). Verification goes on after a campaign
 * closes: checking the claimed results is what follows the deadline.
 */
export async function verifyAssessment(
  em: EntityManager,
  access: Access,
  input: VerifyAssessmentInput,
): Promise<AnswerOutcome> {
  const id = parseId(input.assessmentId, 'assessmentId');
  const reason = validReason(input);
  return em.transactional(async (tx) => {
    await query(tx, sql`select id from assessment where id = ${id} for update`);
    const readable = access.readable<Assessment>('Assessment', { id });
    const assessment =
      readable && (await tx.findOne(Assessment, readable, { populate: ['unit', 'criterion.campaign'] }));
    if (!assessment) throw notFound('kết quả đánh giá', input.assessmentId);
    access.assert('verify', 'Assessment', assessment);
    assertExpectedVersion(
      input.expectedVersion,
      assessment.version,
      'Kết quả này vừa được cập nhật hoặc xác minh; hãy tải lại để xem bản mới nhất.',
    );
    if (!assessment.met) throw badInput('Chỉ xác minh được kết quả đơn vị tự đánh giá là đạt.', 'assessmentId');
    const before = claimCounters(assessment);
    const verification =
      input.decision === VerificationDecision.CONFIRM ? VerificationStatus.CONFIRMED : VerificationStatus.REJECTED;
    tx.assign(assessment, {
      verification: { status: verification, by: access.viewer!.user, at: new Date(), reason },
    });
    const outcome = await keepChange(tx, access, {
      assessment,
      unit: assessment.unit,
      criterion: assessment.criterion,
      kind: AssessmentChangeKind.VERIFICATION,
      before,
      answeredDelta: 0,
      audit: { verification, reason },
    });
    if (verification === VerificationStatus.REJECTED) await notifyClaimRejected(tx, assessment, reason!);
    return outcome;
  });
}

/**
 * Claims met and not yet verified that the viewer may verify, oldest answer first, paged by
 * (answeredAt, id) from the cursor's row.
 */
export async function verificationQueue(
  em: EntityManager,
  access: Access,
  args: VerificationQueueArgs,
  window: PageWindow,
): Promise<Page<Assessment>> {
  const where = (): FilterQuery<Assessment> | null => {
    const verifiable = access.filter<Assessment>('verify', 'Assessment');
    const readable = access.readable<Assessment>('Assessment', {
      met: true,
      verification: { status: VerificationStatus.UNVERIFIED },
      criterion: { campaign: parseId(args.campaignId, 'campaignId'), isPlaceholder: false },
      ...(args.provinceId || args.bloc
        ? {
            unit: {
              ...(args.provinceId ? { province: parseId(args.provinceId, 'provinceId') } : {}),
              ...(args.bloc ? { bloc: args.bloc } : {}),
            },
          }
        : {}),
    });
    return verifiable && readable && ({ $and: [readable, verifiable] } as FilterQuery<Assessment>);
  };
  const base = where();
  if (!base) return toPage([], window, async () => 0);
  const after =
    window.afterId === null ? null : await em.findOne(Assessment, { id: window.afterId }, { fields: ['answeredAt'] });
  const filter = after
    ? {
        $and: [
          base,
          { $or: [{ answeredAt: { $gt: after.answeredAt } }, { answeredAt: after.answeredAt, id: { $gt: after.id } }] },
        ],
      }
    : base;
  const rows = await em.find(Assessment, filter as FilterQuery<Assessment>, {
    orderBy: { answeredAt: 'asc', id: 'asc' },
    limit: window.first + 1,
  });
  return toPage(rows, window, () => em.count(Assessment, where()!));
}
