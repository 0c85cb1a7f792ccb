import { type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Access } from '../auth/access';
import { intArray, query, sql } from '../database/sql';
import { AssessmentChangeKind, Bloc, VerificationDecision, VerificationStatus } from '../domain/enums';
import { createRng } from '../domain/prng';
import { toPage, type Page, type PageWindow } from '../graphql/connection';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { notifyClaimRejected } from '../notification/claim-rejected';
import { claimCounters } from '../status/claim';
import { Assessment } from './assessment.entity';
import {
  assertExpectedVersion,
  keepChange,
  keepChangeWritten,
  type AnswerOutcome,
  type AssessmentChange,
} from './assessment.service';
import type { VerificationQueueArgs, VerifyAssessmentInput, VerifyAssessmentsInput } from './verification.inputs';

const REASON_LIMIT = 2000;
/** The most claims one bulk decision takes: a page of the queue at its largest, with room to spare. */
export const BATCH_LIMIT = 200;
/** The most claims one random sample returns. */
export const SAMPLE_LIMIT = 100;

function validReason(input: { decision: VerificationDecision; reason?: string | null }): string | undefined {
  const reason = input.reason?.trim() || undefined;
  if (input.decision === VerificationDecision.REJECT && !reason) {
    throw badInput('Cần nêu lý do khi bác bỏ kết quả tự đánh giá.', 'reason');
  }
  if (reason && reason.length > REASON_LIMIT) throw badInput(`Lý do dài quá ${REASON_LIMIT} ký tự.`, 'reason');
  return reason;
}

interface Decision {
  decision: VerificationDecision;
  reason: string | undefined;
}

/**
 * Checks one decision on a claim whose row the caller has locked, and stages it: the rules of
 * every verification, single or bulk. `expectedVersion` is the single decision's guard; a bulk
 * decision instead takes only claims nobody decided yet.
 */
async function stageDecision(
  tx: EntityManager,
  access: Access,
  assessmentId: string,
  { decision, reason }: Decision,
  guard: { expectedVersion: number } | 'unverified',
): Promise<AssessmentChange> {
  const id = parseId(assessmentId, 'assessmentId');
  const readable = access.readable<Assessment>('Assessment', { id });
  const assessment = readable && (await tx.findOne(Assessment, readable, { populate: ['unit', 'criterion.campaign'] }));
  if (!assessment) throw notFound('kết quả đánh giá', assessmentId);
  access.assert('verify', 'Assessment', assessment);
  if (guard === 'unverified') {
    if (assessment.verification.status !== VerificationStatus.UNVERIFIED) {
      throw new AppError(
        ErrorCode.ALREADY_VERIFIED,
        'Có kết quả đã được xác minh trước đó; hãy tải lại danh sách chờ xác minh.',
        { assessmentId },
      );
    }
  } else {
    assertExpectedVersion(
      guard.expectedVersion,
      assessment.version,
      'Kết quả này vừa được cập nhật hoặc xác minh; hãy tải lại để xem bản mới nhất.',
    );
  }
  if (!assessment.met) throw badInput('Chỉ xác minh được kết quả đơn vị tự đánh giá là đạt.', 'assessmentId');
  const before = claimCounters(assessment);
  const verification =
    decision === VerificationDecision.CONFIRM ? VerificationStatus.CONFIRMED : VerificationStatus.REJECTED;
  tx.assign(assessment, {
    verification: { status: verification, by: access.viewer!.user, at: new Date(), reason },
  });
  return {
    assessment,
    unit: assessment.unit,
    criterion: assessment.criterion,
    kind: AssessmentChangeKind.VERIFICATION,
    before,
    answeredDelta: 0,
    audit: { verification, reason },
  };
}

/** Keeps a staged decision (history row, audit entry, counters) and tells the unit of a rejection. */
async function keepDecision<T>(
  tx: EntityManager,
  change: AssessmentChange,
  keep: (tx: EntityManager, change: AssessmentChange) => Promise<T>,
): Promise<T> {
  const outcome = await keep(tx, change);
  const { status, reason } = change.assessment.verification;
  if (status === VerificationStatus.REJECTED) await notifyClaimRejected(tx, change.assessment, reason!);
  return outcome;
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
  const decision = { decision: input.decision, reason: validReason(input) };
  return em.transactional(async (tx) => {
    await query(tx, sql`select id from assessment where id = ${id} for update`);
    const change = await stageDecision(tx, access, input.assessmentId, decision, {
      expectedVersion: input.expectedVersion,
    });
    return keepDecision(tx, change, (t, c) => keepChange(t, access, c));
  });
}

/**
 * One decision on several waiting claims, all or nothing: every row is locked first (in id
 * order, so two overlapping batches cannot deadlock), then each claim goes through the single
 * decision's rules and writes; the first claim that may not be decided rolls the whole batch back.
 */
export async function verifyAssessments(
  em: EntityManager,
  access: Access,
  input: VerifyAssessmentsInput,
): Promise<Assessment[]> {
  const decision = { decision: input.decision, reason: validReason(input) };
  if (!input.assessmentIds.length) throw badInput('Hãy chọn ít nhất một kết quả để xác minh.', 'assessmentIds');
  if (input.assessmentIds.length > BATCH_LIMIT) {
    throw badInput(`Mỗi lần chỉ xác minh được tối đa ${BATCH_LIMIT} kết quả.`, 'assessmentIds');
  }
  const ids = input.assessmentIds.map((id) => parseId(id, 'assessmentIds'));
  if (new Set(ids).size !== ids.length) throw badInput('Danh sách có kết quả bị lặp lại.', 'assessmentIds');
  return em.transactional(async (tx) => {
    await query(tx, sql`select id from assessment where id = any(${intArray(ids)}) order by id for update`);
    const decided: Assessment[] = [];
    for (const assessmentId of input.assessmentIds) {
      const change = await stageDecision(tx, access, assessmentId, decision, 'unverified').catch((error: unknown) => {
        throw naming(error, assessmentId);
      });
      await keepDecision(tx, change, (t, c) => keepChangeWritten(t, access, c));
      decided.push(change.assessment);
    }
    return decided;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A claim's refusal in a batch, with the claim it is about (extensions.assessmentId). */
function naming(error: unknown, assessmentId: string): unknown {
  if (!(error instanceof GraphQLError) || !error.extensions.code) return error;
  return new AppError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, assessmentId });
}

/** The filter of the claims in the queue that the viewer may verify, or null when it may verify none. */
function queueWhere(access: Access, args: VerificationQueueArgs): FilterQuery<Assessment> | null {
  if (args.olderThanDays != null && args.olderThanDays < 0) {
    throw badInput('Số ngày phải là số không âm.', 'olderThanDays');
  }
  const cutoffs = [
    ...(args.olderThanDays != null ? [Date.now() - args.olderThanDays * DAY_MS] : []),
    ...(args.answeredBefore ? [args.answeredBefore.getTime()] : []),
  ];
  const unit = {
    ...(args.provinceId ? { province: parseId(args.provinceId, 'provinceId') } : {}),
    ...(args.communeId ? { commune: parseId(args.communeId, 'communeId') } : {}),
    ...(args.bloc ? { bloc: args.bloc } : {}),
  };
  const verifiable = access.filter<Assessment>('verify', 'Assessment');
  const readable = access.readable<Assessment>('Assessment', {
    met: true,
    verification: { status: VerificationStatus.UNVERIFIED },
    criterion: {
      campaign: parseId(args.campaignId, 'campaignId'),
      isPlaceholder: false,
      ...(args.criterionId ? { id: parseId(args.criterionId, 'criterionId') } : {}),
    },
    ...(Object.keys(unit).length ? { unit } : {}),
    ...(cutoffs.length ? { answeredAt: { $lt: new Date(Math.min(...cutoffs)) } } : {}),
  });
  return verifiable && readable && ({ $and: [readable, verifiable] } as FilterQuery<Assessment>);
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
  const base = queueWhere(access, args);
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
  return toPage(rows, window, () => em.count(Assessment, queueWhere(access, args)!));
}

export interface QueueCounts {
  total: number;
  byBloc: { bloc: Bloc; count: number }[];
}

/** How many claims wait under the queue's filters, in all and per bloc (blocs with none left out). */
export async function verificationQueueCounts(
  em: EntityManager,
  access: Access,
  args: VerificationQueueArgs,
): Promise<QueueCounts> {
  const blocs = args.bloc ? [args.bloc] : Object.values(Bloc);
  const byBloc: QueueCounts['byBloc'] = [];
  for (const bloc of blocs) {
    const where = queueWhere(access, { ...args, bloc });
    const count = where ? await em.count(Assessment, where) : 0;
    if (count) byBloc.push({ bloc, count });
  }
  return { total: byBloc.reduce((sum, { count }) => sum + count, 0), byBloc };
}

/**
 * N claims drawn at random from the filtered queue, for spot-checks, oldest answer first. With
 * a seed the same queue gives the same draw, so two overseers can check the same sample.
 */
export async function verificationSample(
  em: EntityManager,
  access: Access,
  args: VerificationQueueArgs,
  size: number,
  seed: number | undefined,
): Promise<Assessment[]> {
  if (size < 1 || size > SAMPLE_LIMIT) throw badInput(`Cỡ mẫu phải từ 1 đến ${SAMPLE_LIMIT}.`, 'size');
  const where = queueWhere(access, args);
  if (!where) return [];
  const ids = (await em.find(Assessment, where, { fields: ['id'], orderBy: { id: 'asc' } })).map((row) => row.id);
  const random = seed == null ? Math.random : createRng(`verification-sample:${seed}`).next;
  // A partial Fisher–Yates shuffle: the first `size` places are a uniform draw.
  for (let i = 0; i < Math.min(size, ids.length); i++) {
    const j = i + Math.floor(random() * (ids.length - i));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const drawn = ids.slice(0, size);
  return drawn.length ? em.find(Assessment, { id: { $in: drawn } }, { orderBy: { answeredAt: 'asc', id: 'asc' } }) : [];
}
