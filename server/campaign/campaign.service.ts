import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Campaign } from './campaign.entity';

export function listCampaigns(em: EntityManager): Promise<Campaign[]> {
  return em.find(Campaign, {}, { orderBy: { deadline: 'desc', id: 'asc' } });
}

export async function findCampaign(em: EntityManager, by: { id?: string; code?: string }): Promise<Campaign> {
  if (!by.id === !by.code) throw badInput('Cần đúng một trong hai: id hoặc code.');
  const campaign = await em.findOne(Campaign, by.id ? { id: parseId(by.id) } : { code: by.code });
  if (!campaign) throw notFound('đợt đánh giá', by.id ?? by.code!);
  return campaign;
}
