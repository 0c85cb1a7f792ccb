import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import { writeFirstVersions } from '../criterion/criterion-version.service';
import { Criterion } from '../criterion/criterion.entity';
import { findPermitted } from '../database/paginate';
import { dateOrToday, todayInVietnam } from '../domain/dates';
import { Bloc, CampaignState } from '../domain/enums';
import { searchKey } from '../domain/text';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { rebuildProgress } from '../status/status.service';
import { Campaign } from './campaign.entity';
import type { CopyCampaignInput, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { daysBetween } from '../remediation/remediation.service';

export async function listCampaigns(em: EntityManager, access: Access): Promise<Campaign[]> {
  const where = access.readable<Campaign>('Campaign', {});
  return where === null ? [] : em.find(Campaign, where, { orderBy: { deadline: 'desc', id: 'asc' } });
}

/** The campaigns the caller may author (create criteria in, publish, copy, close), drafts first. */
export async function listEditableCampaigns(em: EntityManager, access: Access): Promise<Campaign[]> {
  const where = access.filter<Campaign>('manage', 'Campaign');
  return where === null ? [] : em.find(Campaign, where, { orderBy: { state: 'asc', deadline: 'desc', id: 'desc' } });
}

export async function findCampaign(
  em: EntityManager,
  access: Access,
  by: { id?: string; code?: string },
): Promise<Campaign> {
  if (!by.id === !by.code) throw badInput('Cần đúng một trong hai: id hoặc code.');
  const campaign = await findPermitted(
    em,
    Campaign,
    access.readable<Campaign>('Campaign', by.id ? { id: parseId(by.id) } : { code: by.code }),
  );
  if (!campaign) throw notFound('đợt đánh giá', by.id ?? by.code!);
  return campaign;
}

/** A campaign takes answers until the day it is closed. */
export function isOpen(campaign: Campaign, today = todayInVietnam()): boolean {
  return !campaign.closedOn || campaign.closedOn > today;
}

/** Units answer a campaign once it is published, until it is closed. */
export function isAnswerable(campaign: Campaign, today = todayInVietnam()): boolean {
  return campaign.state === CampaignState.PUBLISHED && isOpen(campaign, today);
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 300) throw badInput('Tên đợt cần từ 1 đến 300 ký tự.', 'name');
  return trimmed;
}

function checkedThreshold(percent: number): number {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw badInput('Ngưỡng đỏ phải là số nguyên từ 0 đến 100 (%).', 'redBelowPercent');
  }
  return percent;
}

function checkedBlocs(blocs: Bloc[]): Bloc[] {
  const unique = Object.values(Bloc).filter((b) => blocs.includes(b));
  if (!unique.length) throw badInput('Cần ít nhất một khối tham gia.', 'blocs');
  return unique;
}

/** A code for a new campaign: the caller's, checked, or one made from the name. */
async function campaignCode(em: EntityManager, wanted: string | undefined, name: string): Promise<string> {
  if (wanted !== undefined && wanted !== null) {
    const code = wanted.trim();
    if (!/^[a-z0-9-]{3,80}$/.test(code)) {
      throw badInput('Mã đợt cần 3–80 ký tự: chữ thường không dấu, số và "-".', 'code');
    }
    if (await em.findOne(Campaign, { code })) throw badInput(`Mã đợt "${code}" đã được dùng.`, 'code');
    return code;
  }
  const base =
    searchKey(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'dot';
  for (let n = 1; ; n++) {
    const code = n === 1 ? base : `${base}-${n}`;
    if (!(await em.findOne(Campaign, { code }))) return code;
  }
}

/**
 * Creates a draft campaign: national (the national overseer) or one province's (its overseer).
 * Units see nothing of it until it is published.
 */
export async function createCampaign(em: EntityManager, access: Access, input: CreateCampaignInput): Promise<Campaign> {
  const provinceId = input.provinceId ? parseId(input.provinceId, 'provinceId') : undefined;
  const province = provinceId
    ? await findPermitted(em, Province, access.readable<Province>('Province', { id: provinceId }))
    : undefined;
  if (provinceId && !province) throw notFound('tỉnh', input.provinceId!);
  access.assert('manage', 'Campaign', { province: province ?? null });
  const name = checkedName(input.name);
  const deadline = dateOrToday(input.deadline, 'deadline');
  const campaign = em.create(Campaign, {
    code: await campaignCode(em, input.code, name),
    name,
    level: input.level,
    province,
    asOf: deadline,
    deadline,
    redBelowPercent: checkedThreshold(input.redBelowPercent ?? 50),
    countUnverifiedClaims: input.countUnverifiedClaims ?? true,
    blocs: checkedBlocs(input.blocs ?? Object.values(Bloc)),
    state: CampaignState.DRAFT,
  });
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'Campaign',
    object: campaign,
    province,
    changes: { ...input },
  });
  return campaign;
}

/** Renames, moves the deadline of, closes or reopens a campaign; statuses follow the new deadline at once. */
export async function updateCampaign(
  em: EntityManager,
  access: Access,
  id: string,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  const campaign = await findCampaign(em, access, { id });
  access.assert('manage', 'Campaign', campaign);
  if (input.name !== undefined && input.name !== null) campaign.name = checkedName(input.name);
  if (input.closedOn !== undefined) campaign.closedOn = input.closedOn ?? undefined;
  // Read by the status rule at query time, so every figure follows at once, past days too.
  if (input.countUnverifiedClaims !== undefined && input.countUnverifiedClaims !== null)
    campaign.countUnverifiedClaims = input.countUnverifiedClaims;
  if (input.redBelowPercent !== undefined && input.redBelowPercent !== null)
    campaign.redBelowPercent = checkedThreshold(input.redBelowPercent);
  if (input.blocs !== undefined && input.blocs !== null) {
    if (campaign.state !== CampaignState.DRAFT)
      throw badInput('Khối tham gia chỉ đổi được khi đợt còn là bản nháp.', 'blocs');
    const blocs = checkedBlocs(input.blocs);
    const orphan = await em.findOne(Criterion, { campaign, bloc: { $nin: blocs } });
    if (orphan) throw badInput(`Khối của tiêu chí ${orphan.code} vẫn còn tiêu chí: hãy xóa chúng trước.`, 'blocs');
    campaign.blocs = blocs;
  }
  const deadlineMoved = !!input.deadline && input.deadline !== campaign.deadline;
  if (input.deadline) campaign.deadline = input.deadline;
  if (deadlineMoved && campaign.state === CampaignState.DRAFT) campaign.asOf = campaign.deadline;
  await em.transactional(async (tx) => {
    await recordChange(tx, access.viewer!, {
      action: 'UPDATE',
      objectType: 'Campaign',
      object: campaign,
      province: campaign.province,
      changes: { ...input },
    });
    if (deadlineMoved && campaign.state === CampaignState.PUBLISHED) await rebuildProgress(tx, campaign.id);
  });
  return campaign;
}

/**
 * Publishes a draft: answering opens, units see it in their to-do lists, each criterion's
 * definition becomes its version 1 (in force from today) and the counters are built.
 */
export async function publishCampaign(em: EntityManager, access: Access, id: string): Promise<Campaign> {
  return em.transactional(async (tx) => {
    const campaign = await findCampaign(tx, access, { id });
    access.assert('manage', 'Campaign', campaign);
    if (campaign.state !== CampaignState.DRAFT) throw badInput(`Đợt "${campaign.name}" đã được ban hành.`, 'id');
    const criteria = await tx.find(Criterion, { campaign });
    if (!criteria.length) throw badInput('Đợt chưa có tiêu chí nào: hãy thêm tiêu chí trước khi ban hành.', 'id');
    const today = todayInVietnam();
    campaign.state = CampaignState.PUBLISHED;
    campaign.publishedAt = new Date();
    if (campaign.asOf < today) campaign.asOf = today;
    writeFirstVersions(tx, access, criteria, today);
    await recordChange(tx, access.viewer!, {
      action: 'PUBLISH',
      objectType: 'Campaign',
      object: campaign,
      province: campaign.province,
      changes: { criteria: criteria.length },
    });
    await rebuildProgress(tx, campaign.id);
    return campaign;
  });
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Copies a campaign and its criteria (as they stand today) into a new draft in the same scope: next month's round. */
export async function copyCampaign(
  em: EntityManager,
  access: Access,
  id: string,
  input: CopyCampaignInput,
): Promise<Campaign> {
  return em.transactional(async (tx) => {
    const source = await findCampaign(tx, access, { id });
    access.assert('manage', 'Campaign', source);
    const name = checkedName(input.name);
    const deadline = dateOrToday(input.deadline, 'deadline');
    const shift = daysBetween(source.deadline, deadline);
    const copy = tx.create(Campaign, {
      code: await campaignCode(tx, input.code, name),
      name,
      level: source.level,
      province: source.province,
      asOf: deadline,
      deadline,
      redBelowPercent: source.redBelowPercent,
      countUnverifiedClaims: source.countUnverifiedClaims,
      blocs: source.blocs,
      state: CampaignState.DRAFT,
      copiedFrom: source,
    });
    const criteria = await tx.find(Criterion, { campaign: source, isPlaceholder: false });
    for (const c of criteria) {
      tx.create(Criterion, {
        campaign: copy,
        code: c.code,
        bloc: c.bloc,
        level: c.level,
        text: c.text,
        position: c.position,
        dueDate: c.dueDate ? shiftDay(c.dueDate, shift) : undefined,
        answerType: c.answerType,
        options: c.options,
        passingOptionKeys: c.passingOptionKeys,
        requiredOptionKeys: c.requiredOptionKeys,
        comparator: c.comparator,
        target: c.target,
        targetMax: c.targetMax,
        measureUnit: c.measureUnit,
        minValue: c.minValue,
        maxValue: c.maxValue,
        allowsNotApplicable: c.allowsNotApplicable,
      });
    }
    await recordChange(tx, access.viewer!, {
      action: 'COPY',
      objectType: 'Campaign',
      object: copy,
      province: copy.province,
      changes: { copiedFrom: source.id, name, deadline, criteria: criteria.length },
    });
    return copy;
  });
}
