/** One GraphQL request for the bench's set-up steps (not for load): fails on any error. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || result.errors || !result.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

const LOGIN =
  'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';

export async function login(url: string, username: string, password: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(url, LOGIN, { username, password });
  return data.login.token;
}
