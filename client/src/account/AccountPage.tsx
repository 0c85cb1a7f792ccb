import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/states';
import { useViewer } from '../viewer/ViewerProvider';
import { AccountDirectory } from './AccountDirectory';
import { ApiTokens } from './ApiTokens';
import { ChangePasswordForm } from './ChangePasswordForm';
import { CreateAccountForm } from './CreateAccountForm';
import { GrantTable } from './GrantTable';

/** Who is signed in and what the account may see and do; administrators also see every account. */
export function AccountPage() {
  const viewer = useViewer();
  const administers = viewer.grants.some((grant) => grant.role === 'ADMINISTRATOR');
  const overseer = viewer.grants.find(
    (grant) => grant.role === 'NATIONAL_OVERSEER' || grant.role === 'PROVINCE_OVERSEER',
  );
  // A province overseer's tokens are limited to the own province; the server requires it.
  const tokenProvince = administers || overseer?.role === 'NATIONAL_OVERSEER' ? null : (overseer?.province?.id ?? null);
  return (
    <>
      <PageHeader eyebrow="Tài khoản" title={viewer.fullName}>
        <p className="lead">Thông tin tài khoản đang đăng nhập và các quyền được giao.</p>
      </PageHeader>
      {/* An administrator's work is the accounts: their list comes first. */}
      {administers && <AccountDirectory />}
      {administers && <CreateAccountForm />}
      <section className="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">Thông tin đăng nhập</h2>
        <dl className="facts">
          <div>
            <dt>Họ và tên</dt>
            <dd>{viewer.fullName}</dd>
          </div>
          <div>
            <dt>Tên đăng nhập</dt>
            <dd>
              <code>{viewer.username}</code>
            </dd>
          </div>
          <div>
            <dt>Số quyền được giao</dt>
            <dd>{viewer.grants.length}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Đổi mật khẩu</h2>
        <ChangePasswordForm />
      </section>
      <section className="panel" aria-labelledby="grants-heading">
        <h2 id="grants-heading">Quyền được giao</h2>
        {viewer.grants.length ? (
          <GrantTable grants={viewer.grants} />
        ) : (
          <EmptyState title="Tài khoản chưa được giao quyền nào.">
            <p>Hãy liên hệ quản trị viên để được giao vai trò và địa bàn.</p>
          </EmptyState>
        )}
      </section>
      {(administers || overseer) && <ApiTokens provinceFixed={tokenProvince} />}
    </>
  );
}
