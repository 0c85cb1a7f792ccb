import { useId } from 'react';
import { useQuery } from 'urql';
import { useCampaignChoice, type CampaignScope } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { Bloc } from '../gql/graphql';
import { formatNumber, formatPercent } from '../ui/format';
import { BLOC_SHORT, BLOCS } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';

const blocCompletionQuery = graphql(`
  query BlocCompletion($campaignId: ID!) {
    provinces {
      id
      name
      blocCompletion(campaignId: $campaignId) {
        bloc
        met
        total
        ratePercent
      }
    }
  }
`);

// Phụ lục 21 is about the provinces' own units: the national province-level campaigns.
const PROVINCE_LEVEL: CampaignScope = { level: 'PROVINCE', provinceId: null };

const tone = (percent: number) => (percent >= 80 ? 'green' : percent >= 50 ? 'yellow' : 'red');

/** Phụ lục 21: per province, the completion rate of each bloc's province-level criteria. */
export function BlocCompletionTable() {
  const id = useId();
  const { campaign } = useCampaignChoice(PROVINCE_LEVEL);
  const [result] = useQuery({
    query: blocCompletionQuery,
    variables: { campaignId: campaign?.id ?? '' },
    pause: !campaign,
  });
  if (!campaign) return null;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tỉ lệ hoàn thành tiêu chí cấp tỉnh theo khối</h2>
      <p className="muted small">{campaign.name}</p>
      <Loaded result={result} loading="Đang tính tỉ lệ hoàn thành của các tỉnh…">
        {({ provinces }) => {
          const rows = provinces.filter((province) => province.blocCompletion.length > 0);
          if (rows.length === 0) return <EmptyState title="Chưa có số liệu tiêu chí cấp tỉnh." />;
          return (
            <div className="table-wrap">
              <table className="table table--stack" data-testid="bloc-completion">
                <caption className="visually-hidden">
                  Tỉ lệ tiêu chí cấp tỉnh đã đạt của từng khối, theo tỉnh, thành phố
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Tỉnh, thành phố</th>
                    {BLOCS.map((bloc) => (
                      <th key={bloc} scope="col">
                        {BLOC_SHORT[bloc]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((province) => {
                    const byBloc = new Map<Bloc, (typeof province.blocCompletion)[number]>(
                      province.blocCompletion.map((row) => [row.bloc, row]),
                    );
                    return (
                      <tr key={province.id}>
                        <th scope="row">{province.name}</th>
                        {BLOCS.map((bloc) => {
                          const cell = byBloc.get(bloc);
                          return (
                            <td key={bloc} data-label={BLOC_SHORT[bloc]}>
                              {cell ? (
                                <span
                                  className="inline-bar"
                                  title={`${formatNumber(cell.met)}/${formatNumber(cell.total)} tiêu chí`}
                                >
                                  <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                                    <rect className="bars__bg" width="100" height="8" rx="2" />
                                    <rect
                                      className={`bars__fill bars__fill--${tone(cell.ratePercent)}`}
                                      width={cell.ratePercent}
                                      height="8"
                                      rx="2"
                                    />
                                  </svg>
                                  {formatPercent(cell.ratePercent)}
                                </span>
                              ) : (
                                <span className="muted">—</span>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}
