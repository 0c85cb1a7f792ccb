import { formatDocument, stringifyDocument } from '@urql/core';
import type { DocumentNode } from 'graphql';
import * as clientDocuments from '../../client/src/gql/graphql';
import { paths } from '../../server/config';
import { documentFingerprint, trustedFingerprints } from '../../server/graphql/trusted-documents';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { parse } from 'graphql';
import { serverWith, type TestServer } from '../support/test-server';

/** Every operation the client can send, as urql sends it: typenames added, printed its own way (fragments go inside operations). */
const sentByClient = Object.entries(clientDocuments)
  .filter(([, value]) => (value as DocumentNode | null)?.definitions?.some((d) => d.kind === 'OperationDefinition'))
  .map(([name, document]) => ({ name, text: stringifyDocument(formatDocument(document as DocumentNode)) }));

it("trusts every document the client sends, and no document of anyone else's", () => {
  const trusted = trustedFingerprints(paths.clientDocuments);
  expect(sentByClient.length).toBeGreaterThan(30);
  const untrusted = sentByClient.filter(({ text }) => !trusted.has(documentFingerprint(parse(text))));
  expect(untrusted.map(({ name }) => name)).toEqual([]);
  expect(trusted.has(documentFingerprint(parse('{ communes(first: 500) { nodes { name } } }')))).toBe(false);
});

describe('PHUXANH_TRUSTED_DOCUMENTS=only', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith({ PHUXANH_TRUSTED_DOCUMENTS: 'only' });
  });
  afterAll(() => server.close());

  it("serves the client's documents as urql sends them and refuses any other with DOCUMENT_NOT_TRUSTED (400)", async () => {
    const login = sentByClient.find(({ name }) => name === 'LoginDocument')!;
    const signedIn = await server.request(login.text, { username: 'quocgia', password: DEMO_PASSWORD });
    expect(signedIn.errors).toBeUndefined();
    const token = signedIn.data!.login.token;
    const other = await server.request('{ me { username } }', {}, token);
    expect(other.status).toBe(400);
    expect(other.data).toBeUndefined();
    expect(other.errors?.[0].extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
  });
});
