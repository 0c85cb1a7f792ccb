import { useQuery } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { ExportButtons } from '../exports/ExportButtons';
import { graphql, useFragment } from '../gql';
import { StatusCountsFieldsFragmentDoc, type ProvinceRemediationQuery } from '../gql/graphql';
import { Change } from '../ui/Change';
import { describeDaysLeft, formatDate, formatNumber, formatPercent } from '../ui/format';
import { BLOC_LABEL } from '../ui/labels';
import { Loaded } from '../ui/states';
import { StatusCountsBar } from '../ui/StatusCountsBar';
import { BlocRemediation } from './BlocRemediation';
import { CommuneBrowser } from './CommuneBrowser';
import { CommuneRanking } from './CommuneRanking';
import { ProvinceReports } from './ProvinceReports';
import { VerificationQueue } from './VerificationQueue';

const provinceRemediationQuery = graphql(`
  query ProvinceRemediation($id: ID!, $campaignId: ID!) {
    province(id: $id) {
      id
      viewerBloc
      viewerCanVerify
      viewerReadsAnswerDetails
      viewerSetsSolutions
      remediation(campaignId: $campaignId) {
        daysLeft
        communeCounts {
          ...StatusCountsFields
        }
        blocs {
          bloc
          communesNotMet
          criteriaTotal
          unmetCriteria {
            criterion {
              id
              code
              text
              dueDate
            }
            communes {
              id
              name
            }
            solution {
              id
              authority
              text
              province {
                id
              }
              commune {
                id
                name
              }
            }
            communeSolutions {
              id
              authority
              text
              province {
                id
              }
              commune {
                id
                name
              }
            }
          }
          communesByUnmetCount {
            unmetCount
            communes {
              id
              name
            }
          }
        }
      }
    }
    campaign(id: $campaignId) {
      id
      viewerCanEdit
    }
  }
`);

export function ProvinceFigures({ provinceId, campaign }: { provinceId: string; campaign: Campaign }) {
  const [result] = useQuery({
    query: provinceRemediationQuery,
    variables: { id: provinceId, campaignId: campaign.id },
  });
  return (
    <Loaded result={result} loading="Đang tính số xã, phường xanh và các tiêu chí chưa đạt…">
      {({ province, campaign: rights }) => (
        <Remediation
          province={province}
          provinceId={provinceId}
          campaign={campaign}
          editsCampaign={rights.viewerCanEdit}
        />
      )}
    </Loaded>
  );
}

function Remediation({
  province: { remediation, viewerBloc: bloc, viewerCanVerify, viewerReadsAnswerDetails, viewerSetsSolutions },
  provinceId,
  campaign,
  editsCampaign,
}: {
  province: ProvinceRemediationQuery['province'];
  provinceId: string;
  campaign: Campaign;
  editsCampaign: boolean;
}) {
  const counts = useFragment(StatusCountsFieldsFragmentDoc, remediation.communeCounts);
  return (
    <>
      <section className="panel headline" aria-label="Số xã, phường xanh">
        <div className="headline__top">
          <div>
            <p className="headline__figure" data-testid="province-green">
              <strong>
                {formatNumber(counts.green)}/{formatNumber(counts.total)}
              </strong>{' '}
              xã, phường XANH
            </p>
            <p className="headline__detail">
              {formatPercent(counts.greenPercent)} xanh · còn {formatNumber(counts.total - counts.green)} xã, phường
              chưa xanh
            </p>
            <p className="headline__detail" data-testid="green-change">
              So với hôm qua: <Change points={counts.greenPercentChange} />
            </p>
          </div>
          <p className={`deadline${remediation.daysLeft < 0 ? ' deadline--late' : ''}`} data-testid="days-left">
            <span>Hạn chót {formatDate(campaign.deadline)}</span>
            <strong>{describeDaysLeft(remediation.daysLeft)}</strong>
          </p>
        </div>
        <StatusCountsBar counts={counts} />
        {bloc && (
          <p className="headline__scope">
            Tính theo <strong>{BLOC_LABEL[bloc]}</strong>, khối mà tài khoản của bạn được xem.
          </p>
        )}
        <div className="headline__exports">
          <span>Bảng tiêu chí chưa đạt và các xã, phường chưa đạt:</span>
          <ExportButtons
            table="UNMET_CRITERIA"
            campaignId={campaign.id}
            provinceId={provinceId}
            label="tiêu chí chưa đạt của tỉnh"
          />
        </div>
      </section>
      <BlocRemediation
        blocs={remediation.blocs}
        campaign={campaign}
        provinceId={provinceId}
        setsSolutions={viewerSetsSolutions}
        editsCampaign={editsCampaign}
      />
      <CommuneRanking blocs={remediation.blocs} campaign={campaign} />
      {viewerCanVerify && (
        <VerificationQueue provinceId={provinceId} campaign={campaign} insideProvince={viewerReadsAnswerDetails} />
      )}
      <CommuneBrowser provinceId={provinceId} campaign={campaign} counts={counts} />
      <ProvinceReports provinceId={provinceId} blocs={remediation.blocs.map((picture) => picture.bloc)} />
    </>
  );
}
