import { Link } from '../app/router';
import { paths } from '../app/routes';
import { useOwnUnit } from '../viewer/own-unit';
import { useViewer } from '../viewer/ViewerProvider';

/** A province bloc officer also answers for the province's own unit of that bloc: one step away. */
export function OwnProvinceUnit({ provinceId }: { provinceId: string }) {
  const grant = useViewer().grants.find(
    (g) => g.role === 'PROVINCE_BLOC_OFFICER' && g.province?.id === provinceId && g.bloc,
  );
  const { unit } = useOwnUnit(grant?.bloc ? { provinceId, bloc: grant.bloc, level: 'PROVINCE' } : undefined);
  if (!unit) return null;
  return (
    <aside className="callout">
      <p>
        Đơn vị của bạn: <strong>{unit.name}</strong>
      </p>
      <Link className="button button--primary" to={paths.unit(unit.id)}>
        Xem việc cần làm
      </Link>
    </aside>
  );
}
