import { useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import { useCampaignChoice } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import { formatNumber } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';

const provinceUnitsQuery = graphql(`
  query ProvinceOwnUnits($id: ID!, $campaignId: ID!) {
    province(id: $id) {
      id
      units {
        id
        name
        bloc
        status(campaignId: $campaignId) {
          status
          met
          due
        }
      }
    }
  }
`);

/** The province's own four units, as scored in its province-level campaign: colour and unmet count. */
export function ProvinceOwnUnits({ provinceId }: { provinceId: string }) {
  const { campaign } = useCampaignChoice({ level: 'PROVINCE', provinceId });
  const [result] = useQuery({
    query: provinceUnitsQuery,
    variables: { id: provinceId, campaignId: campaign?.id ?? '' },
    pause: !campaign,
  });
  const units = result.data?.province.units ?? [];
  if (!campaign || !units.length) return null;
  return (
    <section className="panel" aria-label="Các đơn vị cấp tỉnh">
      <h2>Các đơn vị cấp tỉnh</h2>
      <p className="muted">Theo {campaign.name}.</p>
      <ul className="own-units" data-testid="province-own-units">
        {units.map((unit) => (
          <li key={unit.id}>
            <StatusBadge status={unit.status?.status} />{' '}
            <Link to={paths.unit(unit.id, campaign.code)}>{unit.name}</Link>
            {unit.status && (
              <span> · {formatNumber(Math.max(0, unit.status.due - unit.status.met))} tiêu chí chưa đạt</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
