import { CampaignGate } from '../campaigns/CampaignGate';
import { useCampaignChoice } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { CommuneQuery } from '../gql/graphql';
import { BLOC_LABEL, COMMUNE_KIND_LABEL } from '../ui/labels';
import { PageHeader } from '../ui/PageHeader';
import { QueryView } from '../ui/states';
import { trailTo } from '../viewer/trail';
import { useViewer } from '../viewer/ViewerProvider';
import { CommuneUnits } from './CommuneUnits';

const communeQuery = graphql(`
  query Commune($id: ID!) {
    commune(id: $id) {
      id
      name
      kind
      viewerCanOpen
      province {
        id
        name
        viewerCanOpen
        viewerBloc
      }
    }
  }
`);

function CommuneView({ commune }: { commune: CommuneQuery['commune'] }) {
  const { readsNation } = useViewer();
  const choice = useCampaignChoice({ level: 'COMMUNE', provinceId: commune.province.id });
  const bloc = commune.province.viewerBloc ?? null;
  return (
    <>
      <PageHeader
        eyebrow={`${COMMUNE_KIND_LABEL[commune.kind]} · ${commune.province.name}`}
        title={commune.name}
        trail={trailTo(readsNation, { province: commune.province, commune }, choice.campaign?.code).slice(0, -1)}
      >
        <p className="lead">
          {bloc
            ? `${BLOC_LABEL[bloc]} của ${commune.name}: đã xanh hay còn tiêu chí chưa đạt.`
            : `Bốn khối của ${commune.name}: khối nào đã xanh, khối nào còn tiêu chí chưa đạt.`}
        </p>
      </PageHeader>
      <CampaignGate choice={choice}>
        {(campaign) => <CommuneUnits communeId={commune.id} campaign={campaign} bloc={bloc} />}
      </CampaignGate>
    </>
  );
}

export function CommunePage({ communeId }: { communeId: string }) {
  return (
    <QueryView query={communeQuery} variables={{ id: communeId }} loading="Đang tải thông tin xã, phường…">
      {(data) => <CommuneView commune={data.commune} />}
    </QueryView>
  );
}
