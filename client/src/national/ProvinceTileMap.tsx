import { Link } from '../app/router';
import { paths } from '../app/routes';
import { Change } from '../ui/Change';
import { formatNumber, formatPercent } from '../ui/format';
import { StatusCountsBar } from '../ui/StatusCountsBar';
import type { ProvinceFigures } from './NationalFigures';
import { groupByRegion } from './regions';

const HEAT_STEPS = [
  { from: 80, label: 'từ 80 %' },
  { from: 60, label: '60–80 %' },
  { from: 40, label: '40–60 %' },
  { from: 20, label: '20–40 %' },
  { from: 0, label: 'dưới 20 %' },
];

/** Tile shade by share of green communes: darker is greener; the figure is always printed too. */
const heatStep = (percent: number) => HEAT_STEPS.length - 1 - HEAT_STEPS.findIndex((step) => percent >= step.from);

function ProvinceTile({ province, campaignCode }: { province: ProvinceFigures; campaignCode: string }) {
  const counts = province.statusCounts;
  const taking = counts.total > 0;
  return (
    <Link
      to={paths.province(province.id, campaignCode)}
      className={`tile ${taking ? `tile--heat-${heatStep(counts.greenPercent)}` : 'tile--none'}`}
      data-province={province.code}
    >
      <span className="tile__name">{province.name}</span>
      {taking ? (
        <>
          <span className="tile__percent">
            {formatPercent(counts.greenPercent)} <small>xanh</small>
          </span>
          <span className="tile__change">
            <Change points={counts.greenPercentChange} />
          </span>
          <StatusCountsBar counts={counts} compact />
          <span className="tile__share">
            {formatNumber(counts.green)}/{formatNumber(counts.total)} xã, phường xanh
          </span>
        </>
      ) : (
        <span className="tile__share">Không tham gia đợt này</span>
      )}
    </Link>
  );
}

export function ProvinceTileMap({ provinces, campaignCode }: { provinces: ProvinceFigures[]; campaignCode: string }) {
  return (
    <div className="tile-map">
      <ul className="heat-legend" aria-label="Chú giải màu ô: tỉ lệ xã, phường xanh">
        {HEAT_STEPS.map((step, index) => (
          <li key={step.from}>
            <span className={`heat-swatch tile--heat-${HEAT_STEPS.length - 1 - index}`} aria-hidden="true" />
            {step.label}
          </li>
        ))}
      </ul>
      {groupByRegion(provinces).map((region) => (
        <section key={region.name} className="tile-region" aria-label={region.name}>
          <h3>{region.name}</h3>
          <ul className="tile-grid">
            {region.provinces.map((province) => (
              <li key={province.id}>
                <ProvinceTile province={province} campaignCode={campaignCode} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
