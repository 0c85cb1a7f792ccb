import { useState } from 'react';
import { useQuery } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { ExportButtons } from '../exports/ExportButtons';
import { DailyReportDownload } from '../reports/DailyReportDownload';
import { graphql, useFragment } from '../gql';
import {
  StatusCountsFieldsFragmentDoc,
  type NationalOverviewQuery,
  type StatusCountsFieldsFragment,
} from '../gql/graphql';
import { formatNumber, formatPercent, percentOf } from '../ui/format';
import { Stat } from '../ui/Stat';
import { Loaded } from '../ui/states';
import { StatusCountsBar } from '../ui/StatusCountsBar';
import { BlocCompletionTable } from './BlocCompletionTable';
import { CoverageHeadline } from './CoverageHeadline';
import { CriterionTable } from './CriterionTable';
import { OverdueTasks } from './OverdueTasks';
import { ProvinceReportRanking } from './ProvinceReportRanking';
import { provinceClass } from './province-class';
import { ProvinceMap } from './ProvinceMap';
import { ProvinceTable } from './ProvinceTable';

const nationalOverviewQuery = graphql(`
  query NationalOverview($campaignId: ID!) {
    coverageHeadline(campaignId: $campaignId) {
      ...CoverageHeadlineFields
    }
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

type ProvinceRow = NationalOverviewQuery['provinces'][number];
export type ProvinceFigures = Omit<ProvinceRow, 'statusCounts'> & { statusCounts: StatusCountsFieldsFragment };

function NationalSummary({
  provinces,
  headline,
}: {
  provinces: ProvinceFigures[];
  headline: NationalOverviewQuery['coverageHeadline'];
}) {
  const totals = provinces.reduce(
    (sum, { statusCounts: c }) => ({
      green: sum.green + c.green,
      yellow: sum.yellow + c.yellow,
      red: sum.red + c.red,
      notDue: sum.notDue + c.notDue,
      total: sum.total + c.total,
    }),
    { green: 0, yellow: 0, red: 0, notDue: 0, total: 0 },
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
      <CoverageHeadline headline={headline} />
    </section>
  );
}

type View = 'map' | 'table';

export function NationalFigures({ campaign, choices }: { campaign: Campaign; choices: Campaign[] }) {
  const [result] = useQuery({ query: nationalOverviewQuery, variables: { campaignId: campaign.id } });
  // Kept here, above the loading state, so that another campaign keeps the chosen view.
  const [view, setView] = useState<View>('map');
  return (
    <Loaded result={result} loading="Đang tính số liệu của 34 tỉnh, thành phố…">
      {(data) => (
        <NationalOverview
          rows={data.provinces}
          headline={data.coverageHeadline}
          campaign={campaign}
          choices={choices}
          view={view}
          setView={setView}
        />
      )}
    </Loaded>
  );
}

function NationalOverview({
  rows,
  headline,
  campaign,
  choices,
  view,
  setView,
}: {
  rows: ProvinceRow[];
  headline: NationalOverviewQuery['coverageHeadline'];
  campaign: Campaign;
  choices: Campaign[];
  view: View;
  setView: (view: View) => void;
}) {
  // The summary sums the counts and the map and the table sort by them: unmasked once, for all three.
  const counts = useFragment(
    StatusCountsFieldsFragmentDoc,
    rows.map((row) => row.statusCounts),
  );
  const provinces: ProvinceFigures[] = rows.map((row, index) => ({ ...row, statusCounts: counts[index] }));
  return (
    <>
      <NationalSummary provinces={provinces} headline={headline} />
      <DailyReportDownload campaign={campaign} choices={choices} />
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
          <ProvinceMap provinces={provinces} campaignCode={campaign.code} />
        ) : (
          <ProvinceTable provinces={provinces} campaignCode={campaign.code} />
        )}
      </section>
      <CriterionTable choices={choices} total={provinces.length} />
      <BlocCompletionTable />
      <OverdueTasks />
      <ProvinceReportRanking provinces={provinces} />
    </>
  );
}
