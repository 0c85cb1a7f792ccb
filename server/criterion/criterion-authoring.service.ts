import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import { Campaign } from '../campaign/campaign.entity';
import { findPermitted } from '../database/paginate';
import { AnswerType, CampaignState, type Bloc } from '../domain/enums';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import {
  checkCriterionDefinition,
  type CriterionDefinition,
  type CriterionDefinitionInput,
  type FieldError,
} from './criterion-definition';
import { Criterion } from './criterion.entity';

/** Refuses a definition with all its problems: the first as the message, every one in `extensions.fieldErrors`. */
export function invalidDefinition(errors: FieldError[]): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, errors.map((e) => e.message).join(' '), {
    field: errors[0].field,
    fieldErrors: errors,
  });
}

/** A campaign its caller may author, still a draft. */
export async function draftCampaign(em: EntityManager, access: Access, campaignId: number): Promise<Campaign> {
  const campaign = await findPermitted(em, Campaign, access.readable<Campaign>('Campaign', { id: campaignId }));
  if (!campaign) throw notFound('đợt đánh giá', campaignId);
  access.assert('manage', 'Campaign', campaign);
  if (campaign.state !== CampaignState.DRAFT) {
    throw badInput(
      `Đợt "${campaign.name}" đã ban hành: tiêu chí chỉ thay đổi được bằng phiên bản mới (updateCriterion với effectiveFrom).`,
      'campaignId',
    );
  }
  return campaign;
}

/** A criterion of a campaign its caller may author, with its campaign. */
export async function authoredCriterion(em: EntityManager, access: Access, criterionId: number): Promise<Criterion> {
  const readable = access.readable<Criterion>('Criterion', { id: criterionId });
  const criterion = readable && (await em.findOne(Criterion, readable, { populate: ['campaign'] }));
  if (!criterion) throw notFound('tiêu chí', criterionId);
  access.assert('manage', 'Criterion', criterion);
  return criterion;
}

/** The definition's stored fields; the code is the caller's (checked for uniqueness) or generated. */
export function definitionFields(definition: CriterionDefinition) {
  return {
    bloc: definition.bloc,
    level: definition.level,
    text: definition.text,
    answerType: definition.answerType,
    options: definition.options,
    passingOptionKeys: definition.passingOptionKeys,
    requiredOptionKeys: definition.requiredOptionKeys,
    comparator: definition.comparator ?? undefined,
    target: definition.target ?? undefined,
    targetMax: definition.targetMax ?? undefined,
    measureUnit: definition.measureUnit,
    minValue: definition.minValue ?? undefined,
    maxValue: definition.maxValue ?? undefined,
    allowsNotApplicable: definition.allowsNotApplicable,
    dueDate: definition.dueDate,
  };
}

async function nextPosition(em: EntityManager, campaign: Campaign, bloc: Bloc): Promise<number> {
  const last = await em.findOne(Criterion, { campaign, bloc }, { orderBy: { position: 'desc' } });
  return (last?.position ?? 0) + 1;
}

async function uniqueCode(em: EntityManager, campaign: Campaign, wanted: string | undefined, except?: number) {
  if (wanted) {
    const clash = await em.findOne(Criterion, { campaign, code: wanted, ...(except ? { id: { $ne: except } } : {}) });
    if (clash) throw invalidDefinition([{ field: 'code', message: `Mã tiêu chí "${wanted}" đã có trong đợt này.` }]);
    return wanted;
  }
  const count = await em.count(Criterion, { campaign });
  for (let n = count + 1; ; n++) {
    const code = `TC-${String(n).padStart(2, '0')}`;
    if (!(await em.findOne(Criterion, { campaign, code }))) return code;
  }
}

/**
 * Adds a criterion to a draft campaign, or (with `criterionId`) rewrites one of its criteria,
 * from a plain definition — the editor's mutation and a bulk catalog import call it alike. The
 * change and its audit entry are flushed in the caller's transaction when it has one (an import
 * of many rows), else in one of their own. Refuses with BAD_USER_INPUT listing every problem
 * (`extensions.fieldErrors`, field and Vietnamese reason) and writes nothing then.
 */
export async function putDraftCriterion(
  em: EntityManager,
  access: Access,
  campaignId: number,
  input: CriterionDefinitionInput,
  criterionId?: number,
): Promise<Criterion> {
  const campaign = await draftCampaign(em, access, campaignId);
  const existing = criterionId ? await authoredCriterion(em, access, criterionId) : undefined;
  if (existing && existing.campaign.id !== campaign.id) throw notFound('tiêu chí', criterionId!);
  const { definition, errors } = checkCriterionDefinition(input, campaign);
  if (!definition) throw invalidDefinition(errors);
  const code = await uniqueCode(em, campaign, definition.code ?? existing?.code, existing?.id);
  const fields = { ...definitionFields(definition), code };
  let criterion: Criterion;
  if (existing) {
    const movedBloc = existing.bloc !== definition.bloc;
    criterion = em.assign(existing, fields);
    if (movedBloc) criterion.position = await nextPosition(em, campaign, definition.bloc);
  } else {
    criterion = em.create(Criterion, {
      ...fields,
      campaign,
      position: await nextPosition(em, campaign, definition.bloc),
    });
  }
  await recordChange(em, access.viewer!, {
    action: existing ? 'UPDATE' : 'CREATE',
    objectType: 'Criterion',
    object: criterion,
    province: campaign.province,
    changes: { ...fields },
  });
  return criterion;
}

/** Removes a criterion from a draft campaign (nobody has answered a draft). */
export async function removeDraftCriterion(em: EntityManager, access: Access, criterionId: number): Promise<Campaign> {
  const criterion = await authoredCriterion(em, access, criterionId);
  const campaign = await draftCampaign(em, access, criterion.campaign.id);
  em.remove(criterion);
  await recordChange(em, access.viewer!, {
    action: 'DELETE',
    objectType: 'Criterion',
    object: { id: criterionId },
    province: campaign.province,
    changes: { code: criterion.code },
  });
  return campaign;
}

/** Puts a draft campaign's criteria of one bloc in the given order; the list must hold each of them once. */
export async function reorderDraftCriteria(
  em: EntityManager,
  access: Access,
  campaignId: number,
  bloc: Bloc,
  criterionIds: readonly string[],
): Promise<Criterion[]> {
  const campaign = await draftCampaign(em, access, campaignId);
  const criteria = await em.find(Criterion, { campaign, bloc });
  const ids = criterionIds.map((id) => parseId(id, 'criterionIds'));
  const byId = new Map(criteria.map((c) => [c.id, c]));
  if (ids.length !== criteria.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
    throw badInput('Danh sách sắp xếp phải gồm đúng một lần mỗi tiêu chí của khối trong đợt.', 'criterionIds');
  }
  ids.forEach((id, index) => (byId.get(id)!.position = index + 1));
  await recordChange(em, access.viewer!, {
    action: 'REORDER',
    objectType: 'Campaign',
    object: campaign,
    province: campaign.province,
    changes: { bloc, criterionIds: ids },
  });
  return ids.map((id) => byId.get(id)!);
}

/** Whether a criterion counts toward statuses at all (TEXT ones are only read). */
export const isCounted = (criterion: { answerType: AnswerType }) => criterion.answerType !== AnswerType.TEXT;
