import { useEffect } from 'react';
import { homeOf } from '../viewer/home';
import { useOwnUnit } from '../viewer/own-unit';
import { useViewer } from '../viewer/ViewerProvider';
import { EmptyState, ErrorMessage, Loading } from '../ui/states';
import { paths } from './routes';
import { navigate } from './router';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading label="Đang mở trang của bạn…" />;
}

/** "/" opens the screen of the account's role, so each person starts where their work is. */
export function HomePage() {
  const target = homeOf(useViewer());
  const { unit, fetching, error } = useOwnUnit(target.kind === 'ownUnit' ? target.filter : undefined);
  if (target.kind === 'path') return <Redirect to={target.path} />;
  if (unit) return <Redirect to={paths.unit(unit.id)} />;
  if (error) return <ErrorMessage error={error} />;
  if (fetching) return <Loading label="Đang tìm đơn vị của bạn…" />;
  return (
    <EmptyState title="Chưa tìm thấy đơn vị của bạn">
      <p>Tài khoản được giao cho một đơn vị chưa có trong hệ thống. Vui lòng liên hệ quản trị viên.</p>
    </EmptyState>
  );
}
