import { useId } from 'react';
import { navigate, withParam } from '../app/router';
import { CAMPAIGN_PARAM } from '../app/routes';
import { describeDaysLeft, daysUntil, formatDate } from '../ui/format';
import type { Campaign } from './campaign-choice';

/** Names the campaign every figure below is computed in, and lets the reader pick another. */
export function CampaignPicker({ choices, campaign }: { choices: Campaign[]; campaign: Campaign }) {
  const id = useId();
  const choose = (code: string) => navigate(withParam(CAMPAIGN_PARAM, code), { replace: true });
  return (
    <div className="campaign-picker">
      <label htmlFor={id}>Đợt đánh giá</label>
      <select id={id} value={campaign.code} onChange={(event) => choose(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.code}>
            {choice.name}
            {choice.province ? ` (riêng ${choice.province.name})` : ''}
          </option>
        ))}
      </select>
      <p className="campaign-picker__meta">
        Hạn chót <strong>{formatDate(campaign.deadline)}</strong> ({describeDaysLeft(daysUntil(campaign.deadline))}) ·
        Trạng thái tính đến hôm nay
      </p>
    </div>
  );
}
