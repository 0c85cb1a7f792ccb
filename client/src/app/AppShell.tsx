import type { ReactNode } from 'react';
import { useMutation } from 'urql';
import { endSession } from '../auth/session';
import { graphql } from '../gql';
import { ROLE_LABEL } from '../ui/labels';
import { importKindsOf } from '../import/import-kinds';
import { NotificationBell } from '../notification/NotificationBell';
import { primaryGrant } from '../viewer/home';
import { authorsCampaigns, useViewer } from '../viewer/ViewerProvider';
import { Link } from './router';
import { paths } from './routes';

const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" />
      <path d="M9 22c0-8 6-13 15-13-1 9-6 15-13 15l-2 2M11 21c3-3 6-6 9-8" />
    </svg>
  );
}

export function SignOutButton() {
  const [{ fetching }, logout] = useMutation(logoutMutation);
  // The token is dropped here whatever the server answers: signing out must always work.
  const signOut = () => void logout({}).finally(() => endSession());
  return (
    <button type="button" className="button button--ghost" onClick={signOut} disabled={fetching}>
      {fetching ? 'Đang đăng xuất…' : 'Đăng xuất'}
    </button>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const role = primaryGrant(viewer.grants)?.role;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="topbar">
        <Link to={paths.home} className="brand">
          <Logo />
          <span>
            Phủ Xanh
            <small>Chuyển đổi số theo Nghị quyết 57-NQ/TW</small>
          </span>
        </Link>
        <nav className="topbar__account" aria-label="Tài khoản">
          {authorsCampaigns(viewer) && (
            <Link to={paths.campaigns} className="button button--ghost">
              Soạn đợt đánh giá
            </Link>
          )}
          <Link to={paths.reports} className="topbar__user">
            <strong>Báo cáo định kỳ</strong>
          </Link>
          {role && role !== 'ADMINISTRATOR' && (
            <Link to={paths.tasks} className="topbar__user">
              <strong>Nhiệm vụ</strong>
            </Link>
          )}
          {importKindsOf(viewer.grants).length > 0 && (
            <Link to={paths.import()} className="button button--ghost">
              Nhập Excel
            </Link>
          )}
          <NotificationBell />
          <Link to={paths.account} className="topbar__user">
            <strong>{viewer.fullName}</strong>
            {role && <small>{ROLE_LABEL[role]}</small>}
          </Link>
          <SignOutButton />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">Phủ Xanh · Số liệu tính từ kết quả tự đánh giá của các đơn vị</footer>
    </div>
  );
}
