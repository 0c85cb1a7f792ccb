import { Link } from '../app/router';
import { paths } from '../app/routes';

/** A province bloc officer also answers for the province's own unit of that bloc: one step away. */
export function OwnProvinceUnit({ unit }: { unit: { id: string; name: string } | undefined }) {
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
