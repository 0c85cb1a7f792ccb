import { useQuery } from 'urql';
import { graphql } from '../gql';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { ROLE_LABEL } from '../ui/labels';
import { Loaded } from '../ui/states';
import { grantScope } from './GrantTable';

const PAGE_SIZE = 25;

const accountsQuery = graphql(`
  query Accounts($first: Int!, $after: String) {
    users(first: $first, after: $after) {
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
        grants {
          ...GrantFields
        }
      }
    }
  }
`);

/** An administrator's view of every account and the roles it holds. */
export function AccountDirectory() {
  const pages = useCursorPages(PAGE_SIZE);
  const [result] = useQuery({ query: accountsQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Tài khoản trong hệ thống</h2>
      <Loaded result={result} loading="Đang tải danh sách tài khoản…">
        {({ users }) => (
          <>
            <div className="table-wrap">
              <table className="table table--stack">
                <thead>
                  <tr>
                    <th scope="col">Họ và tên</th>
                    <th scope="col">Tên đăng nhập</th>
                    <th scope="col">Thư điện tử</th>
                    <th scope="col">Vai trò và phạm vi</th>
                  </tr>
                </thead>
                <tbody>
                  {users.nodes.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">{user.fullName}</th>
                      <td data-label="Tên đăng nhập">
                        <code>{user.username}</code>
                      </td>
                      <td data-label="Thư điện tử">{user.email ?? <span className="muted">Chưa có</span>}</td>
                      <td data-label="Vai trò và phạm vi">
                        {user.grants.length ? (
                          <ul className="plain-list">
                            {user.grants.map((grant) => (
                              <li key={grant.id}>
                                <strong>{ROLE_LABEL[grant.role]}</strong> — {grantScope(grant)}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span className="muted">Chưa được giao quyền</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager pages={pages} shown={users.nodes.length} totalCount={users.totalCount} pageInfo={users.pageInfo} noun="tài khoản" />
          </>
        )}
      </Loaded>
    </section>
  );
}
