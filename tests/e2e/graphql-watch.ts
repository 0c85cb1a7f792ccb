import type { Page } from 'playwright-core';

export interface GraphqlRefusal {
  operation: string;
  status: number;
  errors: unknown;
}

/**
 * The first step of automatic persisted queries: the server does not know the hash yet and
 * the client sends the document again. The protocol, not a refusal.
 */
const PROTOCOL_STEPS = new Set(['PERSISTED_QUERY_NOT_FOUND']);

const refused = (errors: unknown) =>
  Array.isArray(errors) &&
  errors.some((error: { extensions?: { code?: string } }) => !PROTOCOL_STEPS.has(error.extensions?.code ?? ''));

/** A wrong password is the person's mistake, answered in words on the login form, not a refused request. */
const personsMistake = (operation: string | undefined) => operation === 'Login';

/**
 * Records every GraphQL response of a page that the server refused in whole or in part
 * (HTTP error or an `errors` entry): in normal use the client must send nothing the server's
 * limits or permissions turn down.
 */
export function watchGraphql(page: Page): GraphqlRefusal[] {
  const refusals: GraphqlRefusal[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.endsWith('/graphql')) return;
    const body = (await response.json().catch(() => null)) as { errors?: unknown } | null;
    const request = response.request().postDataJSON() as { operationName?: string; query?: string } | null;
    if (personsMistake(request?.operationName)) return;
    if (response.status() >= 400 || refused(body?.errors)) {
      refusals.push({
        operation: request?.operationName ?? request?.query?.slice(0, 60) ?? '?',
        status: response.status(),
        errors: body?.errors,
      });
    }
  });
  return refusals;
}
