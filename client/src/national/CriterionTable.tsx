import { useId, useState } from 'react';
import { useQuery } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { ExportButtons } from '../exports/ExportButtons';
import { graphql } from '../gql';
import type { Bloc } from '../gql/graphql';
import { formatNumber, formatPercent } from '../ui/format';
import { BLOC_LABEL, BLOC_SHORT, BLOCS } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';

const criterionTableQuery = graphql(`
  query CriterionTable($campaignId: ID!, $bloc: Bloc!) {
    criterionTable(campaignId: $campaignId, bloc: $bloc) {
      criterion {
        id
        code
        text
      }
      provincesBelow50
      lowest {
        province {
          id
          name
        }
        met
        total
        ratePercent
      }
    }
  }
`);

function CampaignSelect({
  choices,
  campaign,
  onChange,
}: {
  choices: Campaign[];
  campaign: Campaign;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Đợt của bảng</label>
      <select id={id} value={campaign.id} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Phụ lục 9–12: per commune criterion, how many provinces have under 50 % of their units
 * meeting it, and the 10 lowest. It defaults to the campaign with the latest deadline (the
 * Plan 02 phase whose criteria the appendices list), whatever campaign the heat map shows.
 */
export function CriterionTable({ choices, total }: { choices: Campaign[]; total: number }) {
  const id = useId();
  const [campaignId, setCampaignId] = useState(choices[0]?.id);
  const [bloc, setBloc] = useState<Bloc>('PARTY');
  const campaign = choices.find((choice) => choice.id === campaignId) ?? choices[0];
  const [result] = useQuery({
    query: criterionTableQuery,
    variables: { campaignId: campaign?.id ?? '', bloc },
    pause: !campaign,
  });
  if (!campaign) return null;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <div className="panel__head">
        <h2 id={`${id}-heading`}>Tiêu chí cấp xã: số tỉnh dưới 50 % và 10 tỉnh thấp nhất</h2>
        <ExportButtons table="CRITERION_TABLE" campaignId={campaign.id} label="bảng tiêu chí theo tỉnh" />
      </div>
      <div className="choices">
        {choices.length > 1 && <CampaignSelect choices={choices} campaign={campaign} onChange={setCampaignId} />}
        <div className="toggle" role="group" aria-label="Chọn khối">
          {BLOCS.map((option) => (
            <button key={option} type="button" aria-pressed={bloc === option} onClick={() => setBloc(option)}>
              {BLOC_SHORT[option]}
            </button>
          ))}
        </div>
      </div>
      <Loaded result={result} loading="Đang tính tỉ lệ đạt của từng tiêu chí…">
        {({ criterionTable }) =>
          criterionTable.length === 0 ? (
            <EmptyState title={`Đợt này không có tiêu chí cấp xã của ${BLOC_LABEL[bloc]}.`} />
          ) : (
            <div className="table-wrap">
              <table className="table table--stack criterion-table" data-testid="criterion-table">
                <caption className="visually-hidden">
                  Tiêu chí của {BLOC_LABEL[bloc]}: số tỉnh có dưới 50 % đơn vị đạt và 10 tỉnh có tỉ lệ đạt thấp nhất
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Tiêu chí</th>
                    <th scope="col">Số tỉnh dưới 50 %</th>
                    <th scope="col">10 tỉnh thấp nhất (tỉ lệ, đạt/tổng)</th>
                  </tr>
                </thead>
                <tbody>
                  {criterionTable.map((row) => (
                    <tr key={row.criterion.id} data-criterion={row.criterion.code}>
                      <th scope="row">
                        <span className="criterion__code">{row.criterion.code}</span>{' '}
                        <span className="unmet__text">{row.criterion.text}</span>
                      </th>
                      <td data-label="Số tỉnh dưới 50 %">
                        <span className="inline-bar">
                          <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                            <rect className="bars__bg" width="100" height="8" rx="2" />
                            <rect
                              className="bars__fill bars__fill--red"
                              width={total ? (row.provincesBelow50 / total) * 100 : 0}
                              height="8"
                              rx="2"
                            />
                          </svg>
                          <strong>
                            {formatNumber(row.provincesBelow50)}/{formatNumber(total)}
                          </strong>
                        </span>
                      </td>
                      <td data-label="10 tỉnh thấp nhất" className="lowest">
                        {row.lowest.map((result, index) => (
                          <span key={result.province.id}>
                            {index > 0 && '; '}
                            {result.province.name} {formatPercent(result.ratePercent)} ({formatNumber(result.met)}/
                            {formatNumber(result.total)})
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
