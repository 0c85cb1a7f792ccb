import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import { forbidden, type Access } from '../auth/access';
import { isAnswerable } from '../campaign/campaign.service';
import { criterionApplies } from '../criterion/applicability';
import { Criterion } from '../criterion/criterion.entity';
import { meets, validateAnswer } from '../criterion/pass-rule';
import { findPermitted, paginate } from '../database/paginate';
import { todayInVietnam } from '../domain/dates';
import { AnswerType, AssessmentChangeKind, type Status } from '../domain/enums';
import type { PageWindow } from '../graphql/connection';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { claimCounters, type ClaimCounters } from '../status/claim';
import { ALL_UNITS, applyAnswerToProgress, communeStatuses, unitStatuses } from '../status/status.service';
import type { UnitStatus } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { AssessmentHistory } from './assessment-history.entity';
import { Assessment } from './assessment.entity';
import type { AnswerCriterionInput, AssessmentFilter, EvidenceInput } from './assessment.inputs';
import type { Evidence } from './evidence';
import { unverified } from './verification';

export interface AnswerOutcome {
  assessment: Assessment;
  unitStatus: UnitStatus;
  communeStatus?: Status;
}

const LIMITS = { documentNumber: 100, link: 2000, note: 4000 };

function validateEvidence(input: EvidenceInput | undefined): Evidence {
  const evidence: Evidence = {
    documentNumber: input?.documentNumber?.trim() || undefined,
    documentDate: input?.documentDate ?? undefined,
    link: input?.link?.trim() || undefined,
    note: input?.note?.trim() || undefined,
  };
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    if ((evidence[field]?.length ?? 0) > LIMITS[field]) {
      throw badInput(`Trường ${field} dài quá ${LIMITS[field]} ký tự.`, `evidence.${field}`);
    }
  }
  if (evidence.link && !/^https?:\/\/\S+$/i.test(evidence.link)) {
    throw badInput('Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.', 'evidence.link');
  }
  return evidence;
}

function assertApplicable(unit: Unit, criterion: Criterion): void {
  const applies = criterionApplies(
    { bloc: criterion.bloc, level: criterion.level, campaignProvinceId: criterion.campaign.province?.id ?? null },
    { bloc: unit.bloc, level: unit.level, provinceId: unit.province.id },
  );
  if (!applies) {
    throw new AppError(
      ErrorCode.CRITERION_NOT_APPLICABLE,
      `Tiêu chí ${criterion.code} không áp dụng cho ${unit.name}.`,
    );
  }
}

/**
 * Writes a unit's answer, its history row and the unit's counters in one transaction, and
 * returns the statuses as they stand after it.
 */
export function answerCriterion(
  em: EntityManager,
  access: Access,
  input: AnswerCriterionInput,
): Promise<AnswerOutcome> {
  return withFirstAnswerRetried(em, access, input, (tx, change) => keepChange(tx, access, change));
}

/**
 * The same answer with the same rules and writes, without reading the statuses after it: the
 * rows of an import each answer this way, inside the import's transaction.
 */
export function answerCriterionQuietly(
  em: EntityManager,
  access: Access,
  input: AnswerCriterionInput,
): Promise<Assessment> {
  return withFirstAnswerRetried(em, access, input, async (tx, change) => {
    await keepChangeWritten(tx, access, change);
    return change.assessment;
  });
}

/** A first answer racing another first answer for the same unit and criterion is retried, so neither is lost. */
async function withFirstAnswerRetried<T>(
  em: EntityManager,
  access: Access,
  input: AnswerCriterionInput,
  keep: (tx: EntityManager, change: AssessmentChange) => Promise<T>,
): Promise<T> {
  const unitId = parseId(input.unitId, 'unitId');
  const criterionId = parseId(input.criterionId, 'criterionId');
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(async (tx) => keep(tx, await stageAnswer(tx, access, unitId, criterionId, input)));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 3) throw error;
    }
  }
}

/** Checks an answer against every rule and stages it on `em`; the caller keeps the change. */
async function stageAnswer(
  em: EntityManager,
  access: Access,
  unitId: number,
  criterionId: number,
  input: AnswerCriterionInput,
): Promise<AssessmentChange> {
  const unit = await findPermitted(em, Unit, access.readable<Unit>('Unit', { id: unitId }));
  if (!unit) throw notFound('đơn vị', input.unitId);
  const readableCriterion = access.readable<Criterion>('Criterion', { id: criterionId });
  const criterion = readableCriterion && (await em.findOne(Criterion, readableCriterion, { populate: ['campaign'] }));
  if (!criterion) throw notFound('tiêu chí', input.criterionId);
  access.assert('answer', 'Unit', unit);
  assertApplicable(unit, criterion);
  if (!isAnswerable(criterion.campaign))
    throw forbidden(`Đợt "${criterion.campaign.name}" chưa ban hành hoặc đã khóa, không nhận câu trả lời.`);
  const answer = validateAnswer(criterion, input);
  const evidence = validateEvidence(input.evidence);
  const met = meets(criterion, answer);

  const existing = await em.findOne(
    Assessment,
    { unit: unitId, criterion: criterionId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const storedVersion = existing?.version ?? 0;
  assertExpectedVersion(
    input.expectedVersion,
    storedVersion,
    'Câu trả lời đã được người khác cập nhật; hãy tải lại để xem bản mới nhất.',
  );
  const counts = criterion.answerType !== AnswerType.TEXT;
  const before = claimCounters(existing, counts);
  const now = new Date();
  const answeredBy = access.viewer!.user;
  // A new answer is a new claim: whatever was verified before no longer applies.
  const fields = {
    answer,
    evidence,
    met,
    answeredBy,
    answeredAt: now,
    criterionVersion: criterion.currentVersion,
    verification: unverified(),
  };
  const assessment = existing ? em.assign(existing, fields) : em.create(Assessment, { unit, criterion, ...fields });
  return {
    assessment,
    unit,
    criterion,
    kind: AssessmentChangeKind.ANSWER,
    before,
    answeredDelta: existing || !counts ? 0 : 1,
    audit: { met, answer: { ...answer } },
  };
}

/** Refuses a change made from a version other than the stored one; without an expected version, the last write wins. */
export function assertExpectedVersion(
  expected: number | null | undefined,
  storedVersion: number,
  message: string,
): void {
  if (expected === undefined || expected === null || expected === storedVersion) return;
  throw new AppError(ErrorCode.VERSION_CONFLICT, message, { storedVersion });
}

export interface AssessmentChange {
  assessment: Assessment;
  unit: Unit;
  criterion: Criterion;
  kind: AssessmentChangeKind;
  /** What the claim counted for before the change. */
  before: ClaimCounters;
  answeredDelta: number;
  /** What the audit entry records besides the new version. */
  audit: Record<string, unknown>;
}

/**
 * Keeps one change of an assessment staged on `em` — an answer or a verification — in the
 * caller's transaction: its history row (the full state after it), its audit entry and the
 * counters it moves; returns the statuses as they stand after it.
 */
export async function keepChange(em: EntityManager, access: Access, change: AssessmentChange): Promise<AnswerOutcome> {
  await keepChangeWritten(em, access, change);
  const { assessment, unit, criterion } = change;
  const statusQuery = { campaignId: criterion.campaign.id, asOf: todayInVietnam() };
  const unitStatus = (await unitStatuses(em, statusQuery, [unit.id])).get(unit.id)!;
  const communeStatus = unit.commune
    ? (await communeStatuses(em, statusQuery, [unit.commune.id], ALL_UNITS)).get(unit.commune.id)
    : undefined;
  return { assessment, unitStatus, communeStatus };
}

/** The writes of one change: history row, audit entry and counters, in the caller's transaction. */
export async function keepChangeWritten(em: EntityManager, access: Access, change: AssessmentChange): Promise<void> {
  const { assessment, unit, criterion } = change;
  await em.flush();
  em.create(AssessmentHistory, {
    assessment,
    version: assessment.version,
    kind: change.kind,
    answer: assessment.answer,
    met: assessment.met,
    criterionVersion: assessment.criterionVersion,
    evidence: assessment.evidence,
    verification: { ...assessment.verification },
    changedBy: access.viewer!.user,
    changedAt: change.kind === AssessmentChangeKind.ANSWER ? assessment.answeredAt : assessment.verification.at!,
  });
  await recordChange(em, access.viewer!, {
    action: change.kind === AssessmentChangeKind.ANSWER ? 'ANSWER' : 'VERIFY',
    objectType: 'Assessment',
    object: assessment,
    province: unit.province,
    changes: { version: assessment.version, ...change.audit },
  });

  const campaign = criterion.campaign;
  const after = claimCounters(assessment, criterion.answerType !== AnswerType.TEXT);
  await applyAnswerToProgress(em, {
    unitId: unit.id,
    provinceId: unit.province.id,
    campaignId: campaign.id,
    criterionId: criterion.id,
    dueDate: criterion.dueDate ?? campaign.deadline,
    metDelta: after.met - change.before.met,
    confirmedDelta: after.confirmed - change.before.confirmed,
    answeredDelta: change.answeredDelta,
    countedDelta: after.counted - change.before.counted,
  });
}

function assessmentWhere(filter: AssessmentFilter = {}): FilterQuery<Assessment> {
  const unit: Record<string, unknown> = {};
  // Answers to placeholder criteria stand only in the counters; no list shows them.
  const criterion: Record<string, unknown> = { isPlaceholder: false };
  if (filter.unitId) unit.id = parseId(filter.unitId, 'unitId');
  if (filter.provinceId) unit.province = parseId(filter.provinceId, 'provinceId');
  if (filter.communeId) unit.commune = parseId(filter.communeId, 'communeId');
  if (filter.bloc) unit.bloc = filter.bloc;
  if (filter.level) unit.level = filter.level;
  if (filter.criterionId) criterion.id = parseId(filter.criterionId, 'criterionId');
  if (filter.campaignId) criterion.campaign = parseId(filter.campaignId, 'campaignId');
  return {
    ...(Object.keys(unit).length ? { unit } : {}),
    criterion,
    ...(filter.met === undefined || filter.met === null ? {} : { met: filter.met }),
  };
}

export function listAssessments(
  em: EntityManager,
  access: Access,
  filter: AssessmentFilter | undefined,
  window: PageWindow,
) {
  return paginate(em, Assessment, () => access.readable('Assessment', assessmentWhere(filter)), window);
}

export async function findAssessment(em: EntityManager, access: Access, id: string): Promise<Assessment> {
  const assessment = await findPermitted(
    em,
    Assessment,
    access.readable<Assessment>('Assessment', { id: parseId(id) }),
  );
  if (!assessment) throw notFound('kết quả đánh giá', id);
  return assessment;
}

export function listHistory(
  em: EntityManager,
  access: Access,
  assessmentId: number,
  since: Date | undefined,
  window: PageWindow,
) {
  const where = (): FilterQuery<AssessmentHistory> => ({
    assessment: assessmentId,
    ...(since ? { changedAt: { $gte: since } } : {}),
  });
  return paginate(em, AssessmentHistory, () => access.readable('AssessmentHistory', where()), window);
}
