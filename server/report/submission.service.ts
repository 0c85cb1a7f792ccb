import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import { Assessment } from '../assessment/assessment.entity';
import { assertExpectedVersion } from '../assessment/assessment.service';
import { forbidden, type Access } from '../auth/access';
import { Criterion } from '../criterion/criterion.entity';
import { findPermitted, paginate } from '../database/paginate';
import { AnswerType } from '../domain/enums';
import { todayInVietnam } from '../domain/dates';
import type { PageWindow } from '../graphql/connection';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { notifyReportReviewed } from '../notification/report-reviewed';
import { Obstacle } from '../obstacle/obstacle.entity';
import { Recommendation } from '../obstacle/recommendation.entity';
import { Task } from '../task/task.entity';
import { taskStatus } from '../task/task.service';
import type { Unit } from '../unit/unit.entity';
import type { ReportTemplate } from './report-template.entity';
import { ReportSubmission, ReportSubmissionVersion, type ReportValues } from './report-submission.entity';
import type { ReviewReportInput, SaveReportDraftInput, SubmissionFilter } from './submission.inputs';
import {
  FollowUpSource,
  FollowUpStatus,
  ReportFieldKind,
  ReviewDecision,
  SubmissionAction,
  SubmissionStatus,
} from './report.enums';
import { checkValue, fieldOf, invalidValue, templateFields, type ValueContext } from './report-values';

/** How long the addressee has to settle a recommendation when nobody set a date. */
export const FOLLOW_UP_DAYS = 30;

const transition = (message: string) => new AppError(ErrorCode.INVALID_TRANSITION, message);
const locked = (submission: ReportSubmission) =>
  new AppError(
    ErrorCode.SUBMISSION_LOCKED,
    submission.status === SubmissionStatus.ACCEPTED
      ? 'Báo cáo đã được tiếp nhận và khóa; chỉ người đã tiếp nhận mới mở lại được.'
      : 'Báo cáo đã nộp, đang chờ xem xét; không sửa được cho đến khi bị trả lại.',
    { status: submission.status },
  );

export function listSubmissions(em: EntityManager, access: Access, filter: SubmissionFilter = {}, window: PageWindow) {
  const where = () => ({
    ...(filter.roundId ? { round: parseId(filter.roundId, 'roundId') } : {}),
    ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
    ...(filter.unitId ? { unit: parseId(filter.unitId, 'unitId') } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  return paginate(em, ReportSubmission, () => access.readable<ReportSubmission>('ReportSubmission', where()), window);
}

export async function findSubmission(
  em: EntityManager,
  access: Access,
  id: string | number,
): Promise<ReportSubmission> {
  const submission = await findPermitted(
    em,
    ReportSubmission,
    access.readable<ReportSubmission>('ReportSubmission', { id: parseId(id, 'submissionId') }),
  );
  if (!submission) throw notFound('báo cáo', id);
  await em.populate(submission, ['round.template', 'unit']);
  return submission;
}

/** The criteria of each indicator field a unit reports: its bloc and level in the field's campaign. */
async function indicatorCriteria(em: EntityManager, template: ReportTemplate, unit: Unit) {
  const byField = new Map<string, Map<string, Criterion>>();
  for (const field of templateFields(template).filter((f) => f.kind === ReportFieldKind.INDICATORS)) {
    const criteria = await em.find(
      Criterion,
      { campaign: Number(field.campaignId), bloc: unit.bloc, level: unit.level },
      { orderBy: { position: 'asc' } },
    );
    byField.set(field.key, new Map(criteria.map((c) => [c.code, c])));
  }
  return byField;
}

export function unitTasks(em: EntityManager, unit: Unit): Promise<Task[]> {
  return em.find(Task, { ownerUnit: unit.id }, { orderBy: { id: 'asc' } });
}

async function valueContext(em: EntityManager, template: ReportTemplate, unit: Unit): Promise<ValueContext> {
  return {
    criteriaByField: await indicatorCriteria(em, template, unit),
    taskIds: new Set((await unitTasks(em, unit)).map((t) => String(t.id))),
  };
}

/** Reads the submission for a change, locked against concurrent writers, and checks the caller's version. */
async function lockForChange(
  tx: EntityManager,
  access: Access,
  id: string,
  action: 'write' | 'submit' | 'review',
  expectedVersion: number | null | undefined,
): Promise<ReportSubmission> {
  const submission = await findSubmission(tx, access, id);
  if (!access.can(action, 'ReportSubmission', submission)) throw forbidden();
  await tx.lock(submission, LockMode.PESSIMISTIC_WRITE);
  await tx.refresh(submission);
  assertExpectedVersion(expectedVersion, submission.version, 'Báo cáo đã được người khác cập nhật; hãy tải lại.');
  return submission;
}

/** Keeps the version the change produced (who, when, what) and its audit entry, in the change's transaction. */
async function keepVersion(
  tx: EntityManager,
  access: Access,
  submission: ReportSubmission,
  action: SubmissionAction,
  changes: Record<string, unknown>,
  comment?: string,
): Promise<void> {
  submission.version += 1;
  tx.create(ReportSubmissionVersion, {
    submission,
    version: submission.version,
    action,
    status: submission.status,
    values: structuredClone(submission.values),
    comment,
    changedBy: access.viewer!.user,
    changedByName: access.viewer!.username,
    changedAt: new Date(),
  });
  await recordChange(tx, access.viewer!, {
    action: `REPORT_${action}`,
    objectType: 'ReportSubmission',
    object: submission,
    province: submission.province,
    changes: { version: submission.version, status: submission.status, ...changes },
  });
}

function assertEditable(submission: ReportSubmission): void {
  if (submission.status === SubmissionStatus.SUBMITTED || submission.status === SubmissionStatus.ACCEPTED)
    throw locked(submission);
}

/** Saves some fields of a draft (as the officer types); every value is checked before anything is written. */
export async function saveReportDraft(em: EntityManager, access: Access, input: SaveReportDraftInput) {
  return em.transactional(async (tx) => {
    const submission = await lockForChange(tx, access, input.submissionId, 'write', input.expectedVersion);
    assertEditable(submission);
    const template = submission.round.template;
    const context = await valueContext(tx, template, submission.unit);
    const checked = input.values.map(({ fieldKey, value }) => {
      const field = fieldOf(template, fieldKey);
      return [fieldKey, checkValue(template, field, value, context)] as const;
    });
    const values: ReportValues = { ...submission.values };
    for (const [key, value] of checked) {
      if (value === null) delete values[key];
      else values[key] = value;
    }
    submission.values = values;
    if (input.signerName !== undefined && input.signerName !== null) {
      const name = input.signerName.normalize('NFC').trim();
      if (name.length > 200) throw invalidValue('signerName', 'TOO_LONG', 'Tên người ký tối đa 200 ký tự.');
      submission.signerName = name || undefined;
    }
    await keepVersion(tx, access, submission, SubmissionAction.SAVE, {
      fields: checked.map(([key]) => key),
      signerName: input.signerName,
    });
    return submission;
  });
}

/** The unit's current answer to an indicator criterion, in the submission's value shape. */
function answerValue(criterion: Criterion, assessment: Assessment | undefined): unknown {
  if (!assessment) return null;
  switch (criterion.answerType) {
    case AnswerType.NUMBER:
    case AnswerType.PERCENT:
      return assessment.answer.number ?? null;
    case AnswerType.BOOLEAN:
      return assessment.answer.boolean ?? null;
    case AnswerType.TEXT:
      return assessment.answer.text ?? null;
    default:
      return assessment.answer.optionKeys ?? null;
  }
}

/** What the submitted report fixes: indicator results not typed in come from the unit's answers, tasks from its task list. */
async function snapshot(em: EntityManager, submission: ReportSubmission): Promise<ReportValues> {
  const template = submission.round.template;
  const values: ReportValues = structuredClone(submission.values);
  const today = todayInVietnam();
  const criteria = await indicatorCriteria(em, template, submission.unit);
  for (const field of templateFields(template)) {
    if (field.kind === ReportFieldKind.INDICATORS) {
      const typed = (values[field.key] ?? {}) as Record<string, unknown>;
      const list = [...(criteria.get(field.key)?.values() ?? [])];
      const assessments = await em.find(Assessment, {
        unit: submission.unit.id,
        criterion: { $in: list.map((c) => c.id) },
      });
      const byCriterion = new Map(assessments.map((a) => [a.criterion.id, a]));
      values[field.key] = Object.fromEntries(
        list.map((c) => [
          c.code,
          typed[c.code] ?? { value: answerValue(c, byCriterion.get(c.id)), notApplicable: false, note: null },
        ]),
      );
    }
    if (field.kind === ReportFieldKind.TASKS) {
      const typed = (values[field.key] ?? {}) as Record<string, { result: string | null; note: string | null }>;
      // What the report's writer typed wins; else the owner's own report on the task stands.
      values[field.key] = Object.fromEntries(
        (await unitTasks(em, submission.unit)).map((t) => [
          String(t.id),
          {
            title: t.title,
            status: taskStatus(t, today),
            assignedBy: t.assignedBy,
            progressPercent: t.progressPercent ?? null,
            evidence: t.evidence ?? null,
            completedOn: t.completedOn ?? null,
            result: typed[String(t.id)]?.result ?? t.result ?? null,
            note: typed[String(t.id)]?.note ?? null,
          },
        ]),
      );
    }
  }
  return values;
}

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * The report's difficulties and recommendations become obstacles and recommendations to follow
 * up; on a resubmission those still open without an answer are replaced, the others kept.
 */
async function writeFollowUps(tx: EntityManager, submission: ReportSubmission): Promise<void> {
  const template = submission.round.template;
  const reportedOn = todayInVietnam();
  for (const [entity, kind] of [
    [Obstacle, ReportFieldKind.DIFFICULTIES],
    [Recommendation, ReportFieldKind.RECOMMENDATIONS],
  ] as const) {
    const kept = await tx.find(entity, { submission: submission.id, source: FollowUpSource.UNIT_REPORT });
    const stale = kept.filter((r) => r.status === FollowUpStatus.OPEN && !r.answer);
    stale.forEach((r) => tx.remove(r));
    const remaining = new Set(kept.filter((r) => !stale.includes(r)).map((r) => `${r.addressee ?? ''}|${r.text}`));
    for (const field of templateFields(template).filter((f) => f.kind === kind)) {
      for (const item of (submission.values[field.key] ?? []) as {
        text: string;
        category: string;
        addressee?: string;
      }[]) {
        if (remaining.has(`${item.addressee ?? ''}|${item.text}`)) continue;
        tx.create(entity, {
          unit: submission.unit,
          bloc: submission.bloc,
          category: item.category,
          text: item.text,
          reportedOn,
          addressee: item.addressee,
          dueOn: addDays(reportedOn, FOLLOW_UP_DAYS),
          source: FollowUpSource.UNIT_REPORT,
          submission,
        });
      }
    }
  }
}

/** Submits (or resubmits) the report to the reviewer; late when first submitted after the due date. */
export async function submitReport(em: EntityManager, access: Access, id: string, expectedVersion?: number | null) {
  return em.transactional(async (tx) => {
    const submission = await lockForChange(tx, access, id, 'submit', expectedVersion);
    assertEditable(submission);
    const now = new Date();
    submission.values = await snapshot(tx, submission);
    submission.status = SubmissionStatus.SUBMITTED;
    submission.firstSubmittedAt ??= now;
    submission.submittedAt = now;
    submission.submittedBy = access.viewer!.user;
    await writeFollowUps(tx, submission);
    await keepVersion(tx, access, submission, SubmissionAction.SUBMIT, { submittedAt: now.toISOString() });
    return submission;
  });
}

/** The reviewer's verdicts, checked against the template's verdict fields like a unit's own. */
function checkVerdicts(
  template: ReportTemplate,
  verdicts: Record<string, unknown>,
): Record<string, Record<string, string>> {
  const context: ValueContext = { criteriaByField: new Map(), taskIds: new Set() };
  return Object.fromEntries(
    Object.entries(verdicts).map(([key, value]) => {
      const field = fieldOf(template, key);
      if (field.kind !== ReportFieldKind.VERDICT)
        throw invalidValue(key, 'WRONG_TYPE', `Mục "${field.label}" không phải mục kết luận.`);
      return [key, checkValue(template, field, value, context) as Record<string, string>];
    }),
  );
}

/** Accepts or returns a submitted report, with the reviewer's comment, verdicts and findings; never its values. */
export async function reviewReport(em: EntityManager, access: Access, input: ReviewReportInput) {
  return em.transactional(async (tx) => {
    const submission = await lockForChange(tx, access, input.submissionId, 'review', input.expectedVersion);
    if (submission.status === SubmissionStatus.ACCEPTED) throw locked(submission);
    if (submission.status !== SubmissionStatus.SUBMITTED)
      throw transition('Chỉ xem xét được báo cáo đã nộp (đang chờ xem xét).');
    const comment = input.comment?.normalize('NFC').trim() || undefined;
    if (comment && comment.length > 5000) throw invalidValue('comment', 'TOO_LONG', 'Ý kiến tối đa 5.000 ký tự.');
    if (input.decision === ReviewDecision.RETURN && !comment)
      throw badInput('Trả lại báo cáo cần ghi rõ ý kiến để đơn vị bổ sung.', 'comment');
    const template = submission.round.template;
    if (input.verdicts)
      submission.reviewVerdicts = { ...(submission.reviewVerdicts ?? {}), ...checkVerdicts(template, input.verdicts) };
    const reportedOn = todayInVietnam();
    for (const finding of input.findings ?? []) {
      const text = finding.text.normalize('NFC').trim();
      if (!text || text.length > 2000)
        throw invalidValue('findings', 'TOO_LONG', 'Nội dung kiến nghị cần từ 1 đến 2.000 ký tự.');
      tx.create(Recommendation, {
        unit: submission.unit,
        bloc: submission.bloc,
        category: finding.category?.trim() || 'Kết luận giám sát',
        text,
        reportedOn,
        addressee: finding.addressee?.trim() || submission.unit.name,
        dueOn: finding.dueOn ?? addDays(reportedOn, FOLLOW_UP_DAYS),
        source: FollowUpSource.REVIEW_FINDING,
        submission,
      });
    }
    submission.status =
      input.decision === ReviewDecision.ACCEPT ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
    submission.reviewedBy = access.viewer!.user;
    submission.reviewedAt = new Date();
    submission.reviewComment = comment;
    await keepVersion(
      tx,
      access,
      submission,
      input.decision === ReviewDecision.ACCEPT ? SubmissionAction.ACCEPT : SubmissionAction.RETURN,
      { decision: input.decision, comment, verdicts: input.verdicts, findings: input.findings?.length ?? 0 },
      comment,
    );
    await notifyReportReviewed(tx, submission, input.decision === ReviewDecision.ACCEPT);
    return submission;
  });
}

/** Reopens an accepted report (back to RETURNED, so the unit may correct it): only the reviewer who accepted it. */
export async function reopenReport(em: EntityManager, access: Access, id: string, reason: string) {
  return em.transactional(async (tx) => {
    const submission = await lockForChange(tx, access, id, 'review', undefined);
    if (submission.status !== SubmissionStatus.ACCEPTED) throw transition('Chỉ mở lại được báo cáo đã tiếp nhận.');
    if (submission.reviewedBy?.id !== access.viewer!.user.id)
      throw forbidden('Chỉ người đã tiếp nhận báo cáo mới mở lại được.');
    const comment = reason.normalize('NFC').trim();
    if (!comment || comment.length > 5000) throw badInput('Cần ghi lý do mở lại (tối đa 5.000 ký tự).', 'reason');
    submission.status = SubmissionStatus.RETURNED;
    submission.reviewComment = comment;
    submission.reviewedAt = new Date();
    await keepVersion(tx, access, submission, SubmissionAction.REOPEN, { reason: comment }, comment);
    return submission;
  });
}

export function submissionVersions(em: EntityManager, submission: ReportSubmission) {
  return em.find(ReportSubmissionVersion, { submission: submission.id }, { orderBy: { version: 'asc' } });
}
