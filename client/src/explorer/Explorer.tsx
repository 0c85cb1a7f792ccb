import { GraphiQL } from 'graphiql';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { useEffect, useMemo, useState, type ComponentProps, type FormEvent } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** The token lives in this tab only: it is gone when the tab closes, and never in localStorage. */
const TOKEN_KEY = 'phuxanh.explorer.token';

const DEFAULT_QUERY = `# Phủ Xanh GraphQL API. Ctrl+Enter chạy truy vấn; "Docs" liệt kê mọi kiểu và trường.
query Provinces {
  me {
    username
  }
  provinces {
    code
    name
  }
}
`;

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

async function request(token: string, url: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The schema as this token may use it: the server leaves out the mutations it could never run. */
async function loadSchema(token: string): Promise<GraphQLSchema> {
  const response = await request(token, '/explorer/schema');
  const result = (await response.json()) as GraphQLResponse<IntrospectionQuery>;
  if (!result.data) throw new Error(result.errors?.[0]?.message ?? `Máy chủ trả lời ${response.status}.`);
  return buildClientSchema(result.data);
}

function graphqlFetcher(token: string): Fetcher {
  return async (params) => (await request(token, '/graphql', params)).json();
}

type Connection =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; token: string; schema: GraphQLSchema }
  | { state: 'failed'; message: string };

/** Tries a token: the explorer for what it may use, or why it cannot be used. A good token is remembered for the tab. */
async function connect(token: string): Promise<Connection> {
  try {
    const schema = await loadSchema(token);
    sessionStorage.setItem(TOKEN_KEY, token);
    return { state: 'ready', token, schema };
  } catch (error) {
    sessionStorage.removeItem(TOKEN_KEY);
    return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export function Explorer() {
  const [connection, setConnection] = useState<Connection>({ state: 'none' });
  const [draft, setDraft] = useState('');

  useEffect(() => {
    const stored = sessionStorage.getItem(TOKEN_KEY);
    if (stored) void connect(stored).then(setConnection);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = draft.trim();
    if (!token) return;
    setDraft('');
    setConnection({ state: 'loading' });
    void connect(token).then(setConnection);
  }

  function forget() {
    sessionStorage.removeItem(TOKEN_KEY);
    setConnection({ state: 'none' });
  }

  const token = connection.state === 'ready' ? connection.token : undefined;
  const fetcher = useMemo(() => (token ? graphqlFetcher(token) : undefined), [token]);

  return (
    <div className="explorer">
      <header className="explorer-bar">
        <h1>Phủ Xanh — Trình khám phá API</h1>
        {connection.state === 'ready' ? (
          <>
            <p className="explorer-scope" role="status">
              {connection.schema.getMutationType()
                ? `Mã này được dùng các thao tác: ${Object.keys(connection.schema.getMutationType()!.getFields()).join(', ')}.`
                : 'Mã chỉ đọc: chỉ có truy vấn, không có thao tác ghi.'}
            </p>
            <button type="button" onClick={forget}>
              Bỏ mã
            </button>
          </>
        ) : (
          <form onSubmit={submit}>
            <label>
              Mã truy cập API
              <input
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              />
            </label>
            <button type="submit" disabled={connection.state === 'loading'}>
              Dùng mã này
            </button>
          </form>
        )}
      </header>
      {connection.state === 'failed' && (
        <p className="explorer-message" role="alert">
          {connection.message}
        </p>
      )}
      {connection.state === 'ready' && fetcher ? (
        <main className="explorer-main">
          <GraphiQL
            key={connection.token}
            fetcher={fetcher}
            schema={connection.schema}
            defaultQuery={DEFAULT_QUERY}
            isHeadersEditorEnabled={false}
          />
        </main>
      ) : (
        <p className="explorer-message">
          Dán một mã truy cập API (tạo bằng thao tác <code>createApiToken</code>, xem docs/api.md) để xem những gì mã đó
          được đọc và chạy truy vấn với chính mã đó. Mã chỉ được giữ trong thẻ trình duyệt này.
        </p>
      )}
    </div>
  );
}
