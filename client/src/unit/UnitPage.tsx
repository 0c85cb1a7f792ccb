import { CampaignGate } from '../campaigns/CampaignGate';
import { useCampaignChoice } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { UnitQuery } from '../gql/graphql';
import { BLOC_LABEL } from '../ui/labels';
import { PageHeader } from '../ui/PageHeader';
import { QueryView } from '../ui/states';
import { trailTo } from '../viewer/trail';
import { useViewer } from '../viewer/ViewerProvider';
import { UnitWork } from './UnitWork';

const unitQuery = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      id
      name
      bloc
      level
      viewerCanAnswer
      viewerReadsAnswerDetails
      province {
        id
        name
        viewerCanOpen
      }
      commune {
        id
        name
        viewerCanOpen
      }
    }
  }
`);

export type UnitHeader = UnitQuery['unit'];

function UnitView({ unit }: { unit: UnitHeader }) {
  const { readsNation } = useViewer();
  const answering = unit.viewerCanAnswer;
  const choice = useCampaignChoice({ level: unit.level, provinceId: unit.province.id });
  return (
    <>
      <PageHeader
        eyebrow={answering ? 'Việc cần làm' : BLOC_LABEL[unit.bloc]}
        title={unit.name}
        trail={trailTo(readsNation, unit, choice.campaign?.code)}
      >
        <p className="lead">
          {answering
            ? 'Những tiêu chí đơn vị còn phải đạt để được phủ xanh, cách khắc phục và hạn chót của từng tiêu chí.'
            : 'Kết quả tự đánh giá của đơn vị theo từng tiêu chí, tiêu chí chưa đạt xếp trước.'}
        </p>
      </PageHeader>
      <CampaignGate choice={choice}>
        {(campaign) => <UnitWork unit={unit} campaign={campaign} answering={answering} />}
      </CampaignGate>
    </>
  );
}

export function UnitPage({ unitId }: { unitId: string }) {
  return (
    <QueryView query={unitQuery} variables={{ id: unitId }} loading="Đang tải thông tin đơn vị…">
      {(data) => <UnitView unit={data.unit} />}
    </QueryView>
  );
}
