import { CampaignGate } from '../campaigns/CampaignGate';
import { useCampaignChoice } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { ProvinceQuery } from '../gql/graphql';
import { PageHeader } from '../ui/PageHeader';
import { QueryView } from '../ui/states';
import { trailTo } from '../viewer/trail';
import { useViewer } from '../viewer/ViewerProvider';
import { OwnProvinceUnit } from './OwnProvinceUnit';
import { ProvinceOwnUnits } from './ProvinceOwnUnits';
import { ProvinceFigures } from './ProvinceFigures';

const provinceQuery = graphql(`
  query Province($id: ID!) {
    province(id: $id) {
      id
      code
      name
      viewerCanOpen
      units {
        id
        name
        viewerCanAnswer
      }
    }
  }
`);

function ProvinceView({ province }: { province: ProvinceQuery['province'] }) {
  const { readsNation } = useViewer();
  const choice = useCampaignChoice({ level: 'COMMUNE', provinceId: province.id });
  return (
    <>
      <PageHeader
        eyebrow="Tỉnh, thành phố"
        title={province.name}
        trail={trailTo(readsNation, { province }, choice.campaign?.code).slice(0, -1)}
      >
        <p className="lead">Xã, phường nào và khối nào còn chưa xanh trong đợt đánh giá đã chọn.</p>
      </PageHeader>
      <OwnProvinceUnit unit={province.units.find((unit) => unit.viewerCanAnswer)} />
      <ProvinceOwnUnits provinceId={province.id} />
      <CampaignGate choice={choice}>
        {(campaign) => <ProvinceFigures provinceId={province.id} campaign={campaign} />}
      </CampaignGate>
    </>
  );
}

export function ProvincePage({ provinceId }: { provinceId: string }) {
  return (
    <QueryView query={provinceQuery} variables={{ id: provinceId }} loading="Đang tải thông tin tỉnh…">
      {(data) => <ProvinceView province={data.province} />}
    </QueryView>
  );
}
