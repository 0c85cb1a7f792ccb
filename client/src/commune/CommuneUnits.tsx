import { useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import type { Campaign } from '../campaigns/campaign-choice';
import { graphql, useFragment } from '../gql';
import { UnitStatusFieldsFragmentDoc, type Bloc, type CommuneUnitsQuery } from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { BLOC_LABEL, BLOCS } from '../ui/labels';
import { ProgressBar } from '../ui/ProgressBar';
import { Loaded } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';

const communeUnitsQuery = graphql(`
  query CommuneUnits($id: ID!, $campaignId: ID!) {
    commune(id: $id) {
      id
      status(campaignId: $campaignId)
      units {
        id
        bloc
        name
        status(campaignId: $campaignId) {
          ...UnitStatusFields
        }
      }
    }
  }
`);

type UnitRow = CommuneUnitsQuery['commune']['units'][number];

function UnitCard({ unit, campaign }: { unit: UnitRow; campaign: Campaign }) {
  const status = useFragment(UnitStatusFieldsFragmentDoc, unit.status);
  const unmet = status ? status.due - status.met : 0;
  return (
    <article
      className={`unit-card unit-card--${status?.status.toLowerCase() ?? 'none'}`}
      aria-labelledby={`unit-${unit.id}`}
    >
      <p className="unit-card__bloc">{BLOC_LABEL[unit.bloc]}</p>
      <h3 id={`unit-${unit.id}`}>{unit.name}</h3>
      <StatusBadge status={status?.status} size="large" />
      {status && (
        <>
          <ProgressBar value={status.met} max={status.due} label={`Tiêu chí đến hạn đã đạt của ${unit.name}`} />
          <p className="unit-card__note">
            {unmet > 0 ? `Còn ${formatNumber(unmet)} tiêu chí đến hạn chưa đạt` : 'Đã đạt mọi tiêu chí đến hạn'}
          </p>
        </>
      )}
      <Link className="button" to={paths.unit(unit.id, campaign.code)}>
        Xem tiêu chí
      </Link>
    </article>
  );
}

/** `bloc`: the one bloc the account reads here; the commune's colour is then that bloc's alone. */
export function CommuneUnits({
  communeId,
  campaign,
  bloc,
}: {
  communeId: string;
  campaign: Campaign;
  bloc: Bloc | null;
}) {
  const [result] = useQuery({ query: communeUnitsQuery, variables: { id: communeId, campaignId: campaign.id } });
  return (
    <Loaded result={result} loading="Đang tải trạng thái bốn khối…">
      {({ commune }) => {
        const units = [...commune.units].sort((a, b) => BLOCS.indexOf(a.bloc) - BLOCS.indexOf(b.bloc));
        return (
          <section className="panel" aria-label="Trạng thái bốn khối">
            <p className="overall">
              {bloc ? `Trạng thái của xã theo ${BLOC_LABEL[bloc]}:` : 'Trạng thái chung của xã:'}{' '}
              <StatusBadge status={commune.status} size="large" />
              {!bloc && <span className="muted"> — xanh khi cả bốn khối đều xanh</span>}
            </p>
            <div className="unit-grid">
              {units.map((unit) => (
                <UnitCard key={unit.id} unit={unit} campaign={campaign} />
              ))}
            </div>
          </section>
        );
      }}
    </Loaded>
  );
}
