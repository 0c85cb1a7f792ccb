import { useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import type { Campaign } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { CommuneFilter, ProvinceCommunesQuery } from '../gql/graphql';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { formatNumber } from '../ui/format';
import { BLOC_SHORT, BLOCS, COMMUNE_KIND_LABEL } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';

const PAGE_SIZE = 20;

const provinceCommunesQuery = graphql(`
  query ProvinceCommunes($filter: CommuneFilter!, $after: String, $first: Int!, $campaignId: ID!) {
    communes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        status(campaignId: $campaignId)
        units {
          id
          bloc
          status(campaignId: $campaignId) {
            status
            met
            due
          }
        }
      }
    }
  }
`);

type CommuneRow = ProvinceCommunesQuery['communes']['nodes'][number];

/** The blocs keeping a commune from green, each with how many due criteria it has not met. */
function LaggingBlocs({ units }: { units: CommuneRow['units'] }) {
  const lagging = BLOCS.flatMap((bloc) => {
    const status = units.find((unit) => unit.bloc === bloc)?.status;
    return status && status.met < status.due ? [{ bloc, unmet: status.due - status.met }] : [];
  });
  if (!lagging.length) return <span className="muted">Không có</span>;
  return (
    <ul className="chips">
      {lagging.map(({ bloc, unmet }) => (
        <li key={bloc} className="chip">
          {BLOC_SHORT[bloc]}: {formatNumber(unmet)} chưa đạt
        </li>
      ))}
    </ul>
  );
}

export function CommuneResults({ filter, campaign }: { filter: CommuneFilter; campaign: Campaign }) {
  const pages = useCursorPages(PAGE_SIZE);
  const [result] = useQuery({
    query: provinceCommunesQuery,
    variables: { filter, first: PAGE_SIZE, after: pages.after, campaignId: campaign.id },
  });

  return (
    <Loaded result={result} loading="Đang tải danh sách xã, phường…">
      {({ communes }) => {
        if (!communes.totalCount) return <EmptyState title="Không có xã, phường nào khớp với điều kiện lọc." />;
        return (
          <>
            <div className="table-wrap">
              <table className="table table--stack">
                <caption className="visually-hidden">
                  Xã, phường, trạng thái trong đợt {campaign.name} và các khối chưa xanh
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Xã, phường</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Khối chưa xanh</th>
                  </tr>
                </thead>
                <tbody>
                  {communes.nodes.map((commune) => (
                    <tr key={commune.id}>
                      <th scope="row">
                        <Link to={paths.commune(commune.id, campaign.code)}>{commune.name}</Link>
                        <small className="muted"> · {COMMUNE_KIND_LABEL[commune.kind]}</small>
                      </th>
                      <td data-label="Trạng thái">
                        <StatusBadge status={commune.status} />
                      </td>
                      <td data-label="Khối chưa xanh">
                        <LaggingBlocs units={commune.units} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager
              pages={pages}
              shown={communes.nodes.length}
              totalCount={communes.totalCount}
              pageInfo={communes.pageInfo}
              noun="xã, phường"
            />
          </>
        );
      }}
    </Loaded>
  );
}
