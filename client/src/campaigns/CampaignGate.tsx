import type { ReactNode } from 'react';
import { EmptyState, Loaded } from '../ui/states';
import type { Campaign, CampaignChoice } from './campaign-choice';
import { CampaignPicker } from './CampaignPicker';

/** Shows the campaign picker, then what the screen computes in the chosen campaign. */
export function CampaignGate({
  choice,
  children,
}: {
  choice: CampaignChoice;
  children: (campaign: Campaign) => ReactNode;
}) {
  const { choices, campaign, result } = choice;
  return (
    <Loaded result={result} loading="Đang tải các đợt đánh giá…">
      {() =>
        campaign ? (
          <>
            <CampaignPicker choices={choices} campaign={campaign} />
            {children(campaign)}
          </>
        ) : (
          <EmptyState title="Chưa có đợt đánh giá nào áp dụng ở đây" />
        )
      }
    </Loaded>
  );
}
