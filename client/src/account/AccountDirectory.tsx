import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, useFragment } from '../gql';
import { GrantFieldsFragmentDoc, type AccountsQuery } from '../gql/graphql';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { describeError } from '../ui/errors';
import { ROLE_LABEL } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';
import { SearchField } from '../ui/SearchField';
import { useDebounced } from '../ui/use-debounced';
import type { Grant } from '../viewer/ViewerProvider';
import { AccountStanding } from './AccountStanding';
import { GrantRoleForm } from './GrantRoleForm';
import { grantScope } from './GrantTable';

const PAGE_SIZE = 25;

const accountsQuery = graphql(`
  query Accounts($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        fullName
        email
        disabledAt
        grants {
          ...GrantFields
        }
      }
    }
  }
`);

const revokeRoleMutation = graphql(`
  mutation RevokeRole($grantId: ID!) {
    revokeRole(grantId: $grantId)
  }
`);

/** revokeRole answers a bare Boolean, which names no type: the lists holding RoleGrants are named here. */
const REVOKE_INVALIDATES = { additionalTypenames: ['RoleGrant'] };

export type Account = AccountsQuery['users']['nodes'][number];

function GrantItem({ grant, account }: { grant: Grant; account: Account }) {
  const [{ fetching, error }, revoke] = useMutation(revokeRoleMutation);
  const role = ROLE_LABEL[grant.role];
  const confirmAndRevoke = () => {
    if (window.confirm(`Thu hồi quyền “${role}” của ${account.fullName}?`))
      void revoke({ grantId: grant.id }, REVOKE_INVALIDATES);
  };
  return (
    <li>
      <span>
        <strong>{role}</strong> — {grantScope(grant)}
      </span>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={fetching}
        onClick={confirmAndRevoke}
        aria-label={`Thu hồi quyền ${role} của ${account.username}`}
      >
        {fetching ? 'Đang thu hồi…' : 'Thu hồi'}
      </button>
      {error && (
        <span className="notice notice--error" role="alert">
          {describeError(error)}
        </span>
      )}
    </li>
  );
}

function AccountRow({ account }: { account: Account }) {
  const grants = useFragment(GrantFieldsFragmentDoc, account.grants);
  const [granting, setGranting] = useState(false);
  return (
    <tr data-username={account.username}>
      <th scope="row">{account.fullName}</th>
      <td data-label="Tên đăng nhập">
        <code>{account.username}</code>
      </td>
      <td data-label="Thư điện tử">{account.email ?? <span className="muted">Chưa có</span>}</td>
      <td data-label="Vai trò và phạm vi">
        {grants.length ? (
          <ul className="plain-list grant-list">
            {grants.map((grant) => (
              <GrantItem key={grant.id} grant={grant} account={account} />
            ))}
          </ul>
        ) : (
          <span className="muted">Chưa được giao quyền</span>
        )}
        {granting ? (
          <GrantRoleForm userId={account.id} userName={account.fullName} onDone={() => setGranting(false)} />
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => setGranting(true)}
            aria-label={`Giao quyền cho ${account.username}`}
          >
            Giao quyền…
          </button>
        )}
      </td>
      <td data-label="Trạng thái">
        <AccountStanding account={account} />
      </td>
    </tr>
  );
}

/** One search's accounts, a page at a time; a new search starts again from its first page. */
function AccountList({ search }: { search: string }) {
  const pages = useCursorPages(PAGE_SIZE);
  const [result] = useQuery({
    query: accountsQuery,
    variables: { first: PAGE_SIZE, after: pages.after, search: search || null },
  });
  return (
    <Loaded result={result} loading="Đang tải danh sách tài khoản…">
      {({ users }) =>
        users.nodes.length ? (
          <>
            <div className="table-wrap">
              <table className="table table--stack">
                <thead>
                  <tr>
                    <th scope="col">Họ và tên</th>
                    <th scope="col">Tên đăng nhập</th>
                    <th scope="col">Thư điện tử</th>
                    <th scope="col">Vai trò và phạm vi</th>
                    <th scope="col">Trạng thái</th>
                  </tr>
                </thead>
                <tbody>
                  {users.nodes.map((user) => (
                    <AccountRow key={user.id} account={user} />
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager
              pages={pages}
              shown={users.nodes.length}
              totalCount={users.totalCount}
              pageInfo={users.pageInfo}
              noun="tài khoản"
            />
          </>
        ) : (
          <EmptyState title={`Không có tài khoản nào khớp với “${search}”.`}>
            <p>Thử tìm theo một phần tên đăng nhập hoặc họ và tên, có dấu hay không dấu đều được.</p>
          </EmptyState>
        )
      }
    </Loaded>
  );
}

/** An administrator's view of the accounts, searched by name, with grants, revocations, locks and password resets. */
export function AccountDirectory() {
  const [search, setSearch] = useState('');
  const searched = useDebounced(search.trim(), 250);
  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Tài khoản trong hệ thống</h2>
      <div className="filters">
        <SearchField
          label="Tìm tài khoản"
          hint="Một phần tên đăng nhập hoặc họ và tên; có dấu hay không dấu đều được."
          value={search}
          onChange={setSearch}
        />
      </div>
      <AccountList key={searched} search={searched} />
    </section>
  );
}
