import { useQuery } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import { formatNumber, formatPercent } from '../ui/format';
import { BLOC_LABEL } from '../ui/labels';
import { Loaded } from '../ui/states';
import { StatusCountsBar } from '../ui/StatusCountsBar';
import { blocLimitIn } from '../viewer/access';
import { useViewer } from '../viewer/ViewerProvider';
import { CommuneBrowser } from './CommuneBrowser';

const provinceStatusQuery = graphql(`
  query ProvinceStatus($id: ID!, $campaignId: ID!) {
    province(id: $id) {
      id
      statusCounts(campaignId: $campaignId) {
        ...StatusCountsFields
      }
    }
  }
`);

export function ProvinceFigures({ provinceId, campaign }: { provinceId: string; campaign: Campaign }) {
  const [result] = useQuery({ query: provinceStatusQuery, variables: { id: provinceId, campaignId: campaign.id } });
  const bloc = blocLimitIn(useViewer().grants, provinceId);
  return (
    <Loaded result={result} loading="Đang tính số xã, phường xanh…">
      {({ province: { statusCounts: counts } }) => (
        <>
          <section className="panel headline" aria-label="Số xã, phường xanh">
            <p className="headline__figure" data-testid="province-green">
              <strong>
                {formatNumber(counts.green)}/{formatNumber(counts.total)}
              </strong>{' '}
              xã, phường XANH
            </p>
            <p className="headline__detail">
              {formatPercent(counts.greenPercent)} xanh · còn {formatNumber(counts.total - counts.green)} xã, phường chưa xanh
            </p>
            <StatusCountsBar counts={counts} />
            {bloc && (
              <p className="headline__scope">
                Tính theo <strong>{BLOC_LABEL[bloc]}</strong>, khối mà tài khoản của bạn được xem.
              </p>
            )}
          </section>
          <CommuneBrowser provinceId={provinceId} campaign={campaign} counts={counts} />
        </>
      )}
    </Loaded>
  );
}
