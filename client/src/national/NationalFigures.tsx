import { useState } from 'react';
import { useQuery } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { ExportButtons } from '../exports/ExportButtons';
import { graphql } from '../gql';
import type { NationalOverviewQuery } from '../gql/graphql';
import { formatNumber, formatPercent, percentOf } from '../ui/format';
import { Stat } from '../ui/Stat';
import { Loaded } from '../ui/states';
import { StatusCountsBar } from '../ui/StatusCountsBar';
import { BlocCompletionTable } from './BlocCompletionTable';
import { CriterionTable } from './CriterionTable';
import { OverdueTasks } from './OverdueTasks';
import { ProvinceReportRanking } from './ProvinceReportRanking';
import { provinceClass } from './province-class';
import { ProvinceMap } from './ProvinceMap';
import { ProvinceTable } from './ProvinceTable';

const nationalOverviewQuery = graphql(`
  query NationalOverview($campaignId: ID!) {
    provinces {
      id
      code
      name
      statusCounts(campaignId: $campaignId) {
        ...StatusCountsFields
      }
    }
  }
`);

export type ProvinceFigures = NationalOverviewQuery['provinces'][number];

function NationalSummary({ provinces }: { provinces: ProvinceFigures[] }) {
  const totals = provinces.reduce(
    (sum, { statusCounts: c }) => ({
      green: sum.green + c.green,
      yellow: sum.yellow + c.yellow,
      red: sum.red + c.red,
      total: sum.total + c.total,
    }),
    { green: 0, yellow: 0, red: 0, total: 0 },
  );
  const taking = provinces.filter((province) => province.statusCounts.total > 0);
  const underHalf = taking.filter((province) => provinceClass(province.statusCounts) === 'RED').length;
  return (
    <section className="panel" aria-label="Tổng hợp toàn quốc">
      <dl className="stats">
        <Stat
          tone="green"
          label="Xã, phường XANH"
          value={`${formatNumber(totals.green)}/${formatNumber(totals.total)}`}
          detail={formatPercent(Math.round(percentOf(totals.green, totals.total) * 100) / 100)}
        />
        <Stat tone="yellow" label="Xã, phường VÀNG" value={formatNumber(totals.yellow)} />
        <Stat tone="red" label="Xã, phường ĐỎ" value={formatNumber(totals.red)} />
        <Stat label="Tỉnh, thành phố dưới 50 % xanh" value={`${underHalf}/${taking.length}`} />
      </dl>
      <StatusCountsBar counts={totals} />
    </section>
  );
}

type View = 'map' | 'table';

export function NationalFigures({ campaign, choices }: { campaign: Campaign; choices: Campaign[] }) {
  const [result] = useQuery({ query: nationalOverviewQuery, variables: { campaignId: campaign.id } });
  const [view, setView] = useState<View>('map');
  return (
    <Loaded result={result} loading="Đang tính số liệu của 34 tỉnh, thành phố…">
      {(data) => (
        <>
          <NationalSummary provinces={data.provinces} />
          <section className="panel" aria-labelledby="provinces-heading">
            <div className="panel__head">
              <h2 id="provinces-heading">Theo tỉnh, thành phố</h2>
              <ExportButtons table="PROVINCE_STATUS" campaignId={campaign.id} label="số xã, phường xanh của các tỉnh" />
              <div className="toggle" role="group" aria-label="Cách xem">
                {(
                  [
                    ['map', 'Bản đồ'],
                    ['table', 'Bảng'],
                  ] as const
                ).map(([value, label]) => (
                  <button key={value} type="button" aria-pressed={view === value} onClick={() => setView(value)}>
                    {label}
                  </button>
                ))}
              </div>
            </div>
            {view === 'map' ? (
              <ProvinceMap provinces={data.provinces} campaignCode={campaign.code} />
            ) : (
              <ProvinceTable provinces={data.provinces} campaignCode={campaign.code} />
            )}
          </section>
          <CriterionTable choices={choices} total={data.provinces.length} />
          <BlocCompletionTable />
          <OverdueTasks />
          <ProvinceReportRanking provinces={data.provinces} />
        </>
      )}
    </Loaded>
  );
}
