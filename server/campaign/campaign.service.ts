import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import { findPermitted } from '../database/paginate';
import { todayInVietnam } from '../domain/dates';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { rebuildProgress } from '../status/status.service';
import { Campaign } from './campaign.entity';
import type { UpdateCampaignInput } from './campaign.inputs';

export async function listCampaigns(em: EntityManager, access: Access): Promise<Campaign[]> {
  const where = access.readable<Campaign>('Campaign', {});
  return where === null ? [] : em.find(Campaign, where, { orderBy: { deadline: 'desc', id: 'asc' } });
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

/** Renames, moves the deadline of, closes or reopens a campaign; statuses follow the new deadline at once. */
export async function updateCampaign(
  em: EntityManager,
  access: Access,
  id: string,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  const campaign = await findCampaign(em, access, { id });
  access.assert('manage', 'Campaign', campaign);
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (!name || name.length > 300) throw badInput('Tên đợt cần từ 1 đến 300 ký tự.', 'name');
    campaign.name = name;
  }
  if (input.closedOn !== undefined) campaign.closedOn = input.closedOn ?? undefined;
  // Read by the status rule at query time, so every figure follows at once, past days too.
  if (input.countUnverifiedClaims !== undefined && input.countUnverifiedClaims !== null)
    campaign.countUnverifiedClaims = input.countUnverifiedClaims;
  const deadlineMoved = !!input.deadline && input.deadline !== campaign.deadline;
  if (input.deadline) campaign.deadline = input.deadline;
  await em.transactional(async (tx) => {
    await recordChange(tx, access.viewer!, {
      action: 'UPDATE',
      objectType: 'Campaign',
      object: campaign,
      province: campaign.province,
      changes: { ...input },
    });
    if (deadlineMoved) await rebuildProgress(tx, campaign.id);
  });
  return campaign;
}
