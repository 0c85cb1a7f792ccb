import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerValue } from '../assessment/answer-value';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import type { Campaign } from '../campaign/campaign.entity';
import { boundArray, intArray, query, sql } from '../database/sql';
import { dateOrToday, todayInVietnam } from '../domain/dates';
import { AssessmentChangeKind, CampaignState } from '../domain/enums';
import { badInput } from '../graphql/errors';
import { rebuildProgress } from '../status/status.service';
import { startOfDay } from '../status/time-travel';
import { authoredCriterion, definitionFields, invalidDefinition } from './criterion-authoring.service';
import { checkCriterionDefinition, type CriterionDefinitionInput } from './criterion-definition';
import { CriterionVersion } from './criterion-version.entity';
import { Criterion } from './criterion.entity';
import { meets, type CriterionRule } from './pass-rule';

/** The fields a version copies from its criterion. */
function versionFields(criterion: Criterion) {
  return {
    text: criterion.text,
    answerType: criterion.answerType,
    options: criterion.options,
    passingOptionKeys: criterion.passingOptionKeys,
    requiredOptionKeys: criterion.requiredOptionKeys,
    comparator: criterion.comparator,
    target: criterion.target,
    targetMax: criterion.targetMax,
    measureUnit: criterion.measureUnit,
    minValue: criterion.minValue,
    maxValue: criterion.maxValue,
    allowsNotApplicable: criterion.allowsNotApplicable,
    dueDate: criterion.dueDate,
  };
}

/** Version 1 of each criterion of a campaign being published, in force from the day it is published. */
export function writeFirstVersions(em: EntityManager, access: Access, criteria: Criterion[], day: string): void {
  for (const criterion of criteria) {
    criterion.currentVersion = 1;
    em.create(CriterionVersion, {
      criterion,
      number: 1,
      effectiveFrom: day,
      ...versionFields(criterion),
      createdAt: new Date(),
      createdBy: access.viewer?.user,
    });
  }
}

/**
 * Campaigns published before versions existed (the demo's) have no version rows: the first
 * change records the definition they were answered against as version 1, in force since the
 * earliest answer (or the campaign's date).
 */
async function ensureFirstVersion(em: EntityManager, criterion: Criterion): Promise<CriterionVersion> {
  const last = await em.findOne(CriterionVersion, { criterion }, { orderBy: { number: 'desc' } });
  if (last) return last;
  const [{ first }] = await query<{ first: string | null }>(
    em,
    sql`select to_char(min(h.changed_at at time zone 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD') as first
     from assessment_history h join assessment a on a.id = h.assessment_id where a.criterion_id = ${criterion.id}`,
  );
  const campaignDay = criterion.campaign.asOf;
  return em.create(CriterionVersion, {
    criterion,
    number: 1,
    effectiveFrom: first && first < campaignDay ? first : campaignDay,
    ...versionFields(criterion),
    createdAt: new Date(),
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether a new definition can change whether answers meet the criterion (its text and unit alone cannot). */
function changesMeaning(before: CriterionRule, after: CriterionRule): boolean {
  return (
    before.answerType !== after.answerType ||
    !sameJson(
      before.options.map((o) => o.key),
      after.options.map((o) => o.key),
    ) ||
    !sameJson(before.passingOptionKeys, after.passingOptionKeys) ||
    !sameJson(before.requiredOptionKeys, after.requiredOptionKeys) ||
    (before.comparator ?? null) !== (after.comparator ?? null) ||
    (before.target ?? null) !== (after.target ?? null) ||
    (before.targetMax ?? null) !== (after.targetMax ?? null) ||
    before.allowsNotApplicable !== after.allowsNotApplicable
  );
}

interface HistoryState {
  id: number;
  assessment_id: number;
  answer_boolean: boolean | null;
  answer_option_keys: string[] | null;
  answer_number: number | null;
  answer_text: string | null;
  answer_not_applicable: boolean | null;
}

const answerOf = (row: HistoryState): AnswerValue => ({
  boolean: row.answer_boolean ?? undefined,
  optionKeys: row.answer_option_keys ?? undefined,
  number: row.answer_number ?? undefined,
  text: row.answer_text ?? undefined,
  notApplicable: row.answer_not_applicable ?? undefined,
});

/**
 * Judges every answer to the criterion again under `rule`, from the start of `day`: the answer
 * each assessment held when the day began and every answer given since get a RULE_CHANGE
 * history row (same answer, met under the new version), at the same moment (or the day's start),
 * so a day's state — its last row before midnight — is judged by the version in force that
 * day and the days before keep theirs. The live assessments follow.
 */
async function judgeAgain(
  em: EntityManager,
  access: Access,
  criterionId: number,
  rule: CriterionRule,
  version: number,
  day: string,
) {
  const columns = sql`h.id, h.assessment_id, h.answer_boolean, h.answer_option_keys, h.answer_number, h.answer_text,
    h.answer_not_applicable`;
  const dayStarts = startOfDay(day);
  const rows = await query<HistoryState>(
    em,
    sql`(select distinct on (h.assessment_id) ${columns}
      from assessment_history h join assessment a on a.id = h.assessment_id
      where a.criterion_id = ${criterionId} and h.changed_at < ${dayStarts}
      order by h.assessment_id, h.changed_at desc, h.id desc)
     union all
     (select ${columns} from assessment_history h join assessment a on a.id = h.assessment_id
      where a.criterion_id = ${criterionId} and h.changed_at >= ${dayStarts}
      order by h.changed_at, h.id)`,
  );
  if (rows.length) {
    await query(
      em,
      sql`insert into assessment_history (assessment_id, version, answer_boolean, answer_option_keys, answer_number, answer_text,
         answer_not_applicable, met, criterion_version, evidence_document_number, evidence_document_date, evidence_link,
         evidence_note, kind, verification, verified_by_id, verified_at, verification_reason, changed_by_id, changed_at)
       select h.assessment_id, h.version, h.answer_boolean, h.answer_option_keys, h.answer_number, h.answer_text,
         h.answer_not_applicable, x.met, ${version}, h.evidence_document_number, h.evidence_document_date, h.evidence_link,
         h.evidence_note, ${AssessmentChangeKind.RULE_CHANGE}, h.verification, h.verified_by_id, h.verified_at,
         h.verification_reason, ${access.viewer?.user.id ?? null}, greatest(h.changed_at, ${dayStarts})
       from unnest(${intArray(rows.map((r) => r.id))}, ${boundArray(
         rows.map((r) => meets(rule, answerOf(r))),
         'boolean',
       )}) with ordinality x(id, met, n)
       join assessment_history h on h.id = x.id
       order by x.n`,
    );
  }
  const live = await query<HistoryState>(
    em,
    sql`select a.id, a.id as assessment_id, a.answer_boolean, a.answer_option_keys, a.answer_number, a.answer_text, a.answer_not_applicable
     from assessment a where a.criterion_id = ${criterionId}`,
  );
  if (live.length) {
    await query(
      em,
      sql`update assessment a set met = x.met from unnest(${intArray(live.map((r) => r.id))}, ${boundArray(
        live.map((r) => meets(rule, answerOf(r))),
        'boolean',
      )}) x(id, met) where a.id = x.id`,
    );
  }
}

/**
 * Changes a published criterion: never in place — a new version in force from `effectiveFrom`
 * (today by default; not in the future, not before the version it follows). A change of the
 * pass rule judges the answers again from that day and recomputes the campaign's counters
 * (today's and past days') in the same transaction; a new due date recomputes them too.
 */
export async function reviseCriterion(
  em: EntityManager,
  access: Access,
  criterionId: number,
  input: CriterionDefinitionInput,
  effectiveFrom?: string | null,
): Promise<Criterion> {
  return em.transactional(async (tx) => {
    const criterion = await authoredCriterion(tx, access, criterionId);
    const campaign: Campaign = criterion.campaign;
    if (campaign.state !== CampaignState.PUBLISHED) throw badInput('Đợt còn là bản nháp: hãy sửa trực tiếp.', 'id');
    const day = dateOrToday(effectiveFrom, 'effectiveFrom');
    if (day > todayInVietnam()) {
      throw badInput(
        'Ngày hiệu lực không được sau hôm nay: phiên bản mới áp dụng từ hôm nay hoặc một ngày đã qua.',
        'effectiveFrom',
      );
    }
    const { definition, errors } = checkCriterionDefinition(input, campaign);
    if (!definition) throw invalidDefinition(errors);
    if (definition.bloc !== criterion.bloc || (definition.code && definition.code !== criterion.code)) {
      throw badInput('Khối và mã của tiêu chí đã ban hành không đổi được.', 'bloc');
    }
    const previous = await ensureFirstVersion(tx, criterion);
    if (day < previous.effectiveFrom) {
      throw badInput(
        `Ngày hiệu lực phải từ ${previous.effectiveFrom} trở đi (ngày hiệu lực của phiên bản ${previous.number}).`,
        'effectiveFrom',
      );
    }
    const meaningChanged = changesMeaning(criterion, definition);
    const dueDateChanged = (criterion.dueDate ?? null) !== (definition.dueDate ?? null);
    const number = previous.number + 1;
    tx.assign(criterion, { ...definitionFields(definition), currentVersion: number });
    tx.create(CriterionVersion, {
      criterion,
      number,
      effectiveFrom: day,
      ...versionFields(criterion),
      createdAt: new Date(),
      createdBy: access.viewer?.user,
    });
    await recordChange(tx, access.viewer!, {
      action: 'REVISE',
      objectType: 'Criterion',
      object: criterion,
      province: campaign.province,
      changes: { version: number, effectiveFrom: day, ...definitionFields(definition) },
    });
    if (meaningChanged) await judgeAgain(tx, access, criterion.id, definition, number, day);
    if (meaningChanged || dueDateChanged) await rebuildProgress(tx, campaign.id);
    return criterion;
  });
}

/** The versions of a criterion, first first; a criterion never changed after publishing has at most one. */
export async function listVersions(em: EntityManager, criterionIds: readonly number[]) {
  const versions = await em.find(
    CriterionVersion,
    { criterion: { $in: [...criterionIds] } },
    { orderBy: { criterion: 'asc', number: 'asc' } },
  );
  const byCriterion = new Map<number, CriterionVersion[]>();
  for (const v of versions) byCriterion.set(v.criterion.id, [...(byCriterion.get(v.criterion.id) ?? []), v]);
  return byCriterion;
}
