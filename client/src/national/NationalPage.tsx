import { CampaignGate } from '../campaigns/CampaignGate';
import { useCampaignChoice, type CampaignScope } from '../campaigns/campaign-choice';
import { PageHeader } from '../ui/PageHeader';
import { NationalFigures } from './NationalFigures';

// The national heat map counts communes, so it offers the national commune-level campaigns.
const NATIONAL: CampaignScope = { level: 'COMMUNE', provinceId: null };

export function NationalPage() {
  const choice = useCampaignChoice(NATIONAL);
  return (
    <>
      <PageHeader eyebrow="Giám sát toàn quốc" title="Toàn quốc">
        <p className="lead">Số xã, phường XANH / VÀNG / ĐỎ của 34 tỉnh, thành phố trong đợt đánh giá đã chọn.</p>
      </PageHeader>
      <CampaignGate choice={choice}>
        {(campaign) => <NationalFigures campaign={campaign} choices={choice.choices} />}
      </CampaignGate>
    </>
  );
}
