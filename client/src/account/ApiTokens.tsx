import { useId, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { Form } from '../ui/Form';
import { EmptyState, Loaded } from '../ui/states';

const apiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      createdBy {
        id
        fullName
      }
      province {
        id
        name
      }
    }
    provinces {
      id
      name
    }
  }
`);

const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/**
 * The token list may be empty, and an empty list tells urql no type to watch: the query names
 * ApiToken itself, so creating the first token refetches it. Revoking returns the token with
 * its revokedAt, which updates the list the same way.
 */
const TOKEN_LIST_CONTEXT = { additionalTypenames: ['ApiToken'] };

function CreateTokenForm({
  provinces,
  provinceFixed,
}: {
  provinces: { id: string; name: string }[];
  provinceFixed: string | null;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [provinceId, setProvinceId] = useState(provinceFixed ?? '');
  const [days, setDays] = useState('365');
  const [problem, setProblem] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [{ fetching }, create] = useMutation(createApiTokenMutation);

  const submit = async () => {
    setSecret(null);
    const expiresInDays = Number(days);
    if (!name.trim()) return setProblem('Hãy đặt tên cho công cụ dùng mã.');
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 730)
      return setProblem('Thời hạn từ 1 đến 730 ngày.');
    setProblem(null);
    const result = await create(
      { input: { name: name.trim(), provinceId: provinceId || undefined, expiresInDays } },
      TOKEN_LIST_CONTEXT,
    );
    if (result.error) setProblem(describeError(result.error));
    else if (result.data) {
      setSecret({ name: result.data.createApiToken.apiToken.name ?? name, token: result.data.createApiToken.token });
      setName('');
    }
  };

  return (
    <>
      <Form className="form-grid" onSubmit={submit} problem={problem} aria-label="Tạo mã truy cập API">
        <div className="field">
          <label htmlFor={`${id}-name`}>Tên công cụ</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            required
            onChange={(event) => setName(event.target.value)}
            placeholder="Ví dụ: Bảng điều khiển tỉnh"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>Phạm vi</label>
          <select
            id={`${id}-province`}
            value={provinceId}
            disabled={provinceFixed !== null}
            onChange={(event) => setProvinceId(event.target.value)}
          >
            <option value="">Toàn quốc</option>
            {provinces.map((province) => (
              <option key={province.id} value={province.id}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-days`}>Thời hạn (ngày)</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={730}
            value={days}
            onChange={(event) => setDays(event.target.value)}
          />
        </div>
        <div className="field">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? 'Đang tạo…' : 'Tạo mã truy cập'}
          </button>
        </div>
      </Form>
      {secret && (
        <div className="notice" role="status" data-testid="new-token">
          <p>
            Mã truy cập của <strong>{secret.name}</strong>. Hãy sao chép ngay: mã chỉ hiện <strong>một lần</strong>, hệ
            thống chỉ lưu bản băm.
          </p>
          <code className="secret">{secret.token}</code>
          <button
            type="button"
            className="button button--small"
            onClick={() => void navigator.clipboard?.writeText(secret.token)}
          >
            Sao chép
          </button>
        </div>
      )}
    </>
  );
}

function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [{ fetching, error }, revoke] = useMutation(revokeApiTokenMutation);
  const confirmAndRevoke = () => {
    if (window.confirm(`Thu hồi mã truy cập “${name}”? Công cụ dùng mã này sẽ bị từ chối ngay.`))
      void revoke({ id: tokenId }, TOKEN_LIST_CONTEXT);
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={fetching}
        onClick={confirmAndRevoke}
        aria-label={`Thu hồi mã ${name}`}
      >
        {fetching ? 'Đang thu hồi…' : 'Thu hồi'}
      </button>
      {error && (
        <span className="notice notice--error" role="alert">
          {describeError(error)}
        </span>
      )}
    </>
  );
}

/** Read-only API tokens for third-party tools: administrators see all, overseers their own. */
export function ApiTokens({ provinceFixed }: { provinceFixed: string | null }) {
  const id = useId();
  const context = useMemo(() => TOKEN_LIST_CONTEXT, []);
  const [result] = useQuery({ query: apiTokensQuery, context });
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Mã truy cập API</h2>
      <p className="muted small">Cho công cụ bên ngoài đọc dữ liệu qua GraphQL (chỉ đọc), trong phạm vi được chọn.</p>
      <Loaded result={result} loading="Đang tải các mã truy cập…">
        {({ apiTokens, provinces }) => (
          <>
            <CreateTokenForm provinces={provinces} provinceFixed={provinceFixed} />
            {apiTokens.length === 0 ? (
              <EmptyState title="Chưa có mã truy cập nào." />
            ) : (
              <div className="table-wrap">
                <table className="table table--stack" data-testid="api-tokens">
                  <thead>
                    <tr>
                      <th scope="col">Công cụ</th>
                      <th scope="col">Phạm vi</th>
                      <th scope="col">Người tạo</th>
                      <th scope="col">Hết hạn</th>
                      <th scope="col">Dùng lần cuối</th>
                      <th scope="col">Trạng thái</th>
                    </tr>
                  </thead>
                  <tbody>
                    {apiTokens.map((token) => (
                      <tr key={token.id}>
                        <th scope="row">{token.name ?? <span className="muted">Không tên</span>}</th>
                        <td data-label="Phạm vi">{token.province?.name ?? 'Toàn quốc'}</td>
                        <td data-label="Người tạo">{token.createdBy.fullName}</td>
                        <td data-label="Hết hạn">{formatDateTime(token.expiresAt)}</td>
                        <td data-label="Dùng lần cuối">
                          {token.lastUsedAt ? (
                            formatDateTime(token.lastUsedAt)
                          ) : (
                            <span className="muted">Chưa dùng</span>
                          )}
                        </td>
                        <td data-label="Trạng thái">
                          {token.revokedAt ? (
                            <span className="muted">Đã thu hồi {formatDateTime(token.revokedAt)}</span>
                          ) : (
                            <RevokeButton tokenId={token.id} name={token.name ?? token.id} />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
