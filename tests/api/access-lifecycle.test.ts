import { CAMPAIGN } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LAM_THAO_PARTY = `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
  assessments(first: 1, filter: { met: false, campaignId: $c }) { nodes { criterion { id campaign { id } } } } } } } }`;

it('an officer answers only while the campaign is open; the overseer closes and reopens it', async () => {
  const officer = await server.login('lamthao.dang');
  const units = await server.request(
    LAM_THAO_PARTY,
    { c: await campaignId(server, officer, CAMPAIGN.bacNinh) },
    officer,
  );
  const party = units.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  const criterion = party.assessments.nodes[0].criterion;
  const overseer = await server.login('bacninh.giamsat');
  const close = (closedOn: string | null) =>
    server.request(
      'mutation ($id: ID!, $d: LocalDate) { updateCampaign(id: $id, input: { closedOn: $d }) { closedOn } }',
      { id: criterion.campaign.id, d: closedOn },
      overseer,
    );
  expect((await close('2026-01-11')).data!.updateCampaign.closedOn).toBe('2026-01-11');
  const answer = () =>
    server.request(
      'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { met } } }',
      { u: party.id, c: criterion.id },
      officer,
    );
  const refused = await answer();
  expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  expect(refused.errors![0].message).toContain('đã khóa');
  expect((await close(null)).data!.updateCampaign.closedOn).toBeNull();
  expect((await answer()).data!.answerCriterion.assessment.met).toBe(true);
});

it('a province overseer cannot touch a national campaign', async () => {
  const overseer = await server.login('bacninh.giamsat');
  const oneStop = await campaignId(server, overseer, CAMPAIGN.oneStop);
  const result = await server.request(
    'mutation ($id: ID!) { updateCampaign(id: $id, input: { closedOn: "2026-01-01" }) { id } }',
    { id: oneStop },
    overseer,
  );
  expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
});

it('an API token is read-only, limited to its province, shows its last use, and stops when revoked', async () => {
  const overseer = await server.login('bacninh.giamsat');
  const ownProvince = await server.request(
    'mutation { createApiToken(input: { name: "Bảng điều khiển tỉnh" }) { token } }',
    {},
    overseer,
  );
  expect(ownProvince.errors![0].extensions!.code).toBe('FORBIDDEN');
  const bacNinh = (await server.request('{ province(code: "bac-ninh") { id } }', {}, overseer)).data!.province.id;
  const created = await server.request(
    'mutation ($p: ID!) { createApiToken(input: { name: "Bảng điều khiển tỉnh", provinceId: $p }) { token apiToken { id name province { code } lastUsedAt revokedAt } } }',
    { p: bacNinh },
    overseer,
  );
  const { token, apiToken } = created.data!.createApiToken;
  expect(token).toMatch(/^pxa_/);
  expect(apiToken).toMatchObject({
    name: 'Bảng điều khiển tỉnh',
    province: { code: 'bac-ninh' },
    lastUsedAt: null,
    revokedAt: null,
  });

  const read = await server.request('{ provinces { code } me { grants { role province { code } } } }', {}, token);
  expect(read.data).toEqual({
    provinces: [{ code: 'bac-ninh' }],
    me: { grants: [{ role: 'API_CLIENT', province: { code: 'bac-ninh' } }] },
  });
  const listed = await server.request('{ apiTokens { id lastUsedAt } }', {}, overseer);
  expect(listed.data!.apiTokens.find((t: { id: string }) => t.id === apiToken.id).lastUsedAt).not.toBeNull();

  const other = await server.login('quocgia');
  const notHis = await server.request(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
    { id: apiToken.id },
    other,
  );
  expect(notHis.errors![0].extensions!.code).toBe('NOT_FOUND');
  const revoked = await server.request(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
    { id: apiToken.id },
    overseer,
  );
  expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
  expect((await server.request('{ provinces { code } }', {}, token)).errors![0].extensions!.code).toBe(
    'UNAUTHENTICATED',
  );
});

it('an administrator grants roles in the shapes the roles require', async () => {
  const admin = await server.login('quantri');
  const user = await server.request(
    'mutation { createUser(input: { username: "can.bo.moi", fullName: "Cán bộ mới", password: "MatKhau@2026", email: "canbo@example.gov.vn" }) { id email } }',
    {},
    admin,
  );
  expect(user.data!.createUser.email).toBe('canbo@example.gov.vn');
  const missingBloc = await server.request(
    'mutation ($u: ID!) { grantRole(input: { userId: $u, role: PROVINCE_BLOC_OFFICER, provinceId: "1" }) { id } }',
    { u: user.data!.createUser.id },
    admin,
  );
  expect(missingBloc.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  const duplicate = await server.request(
    'mutation { createUser(input: { username: "can.bo.moi", fullName: "X", password: "MatKhau@2026" }) { id } }',
    {},
    admin,
  );
  expect(duplicate.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  const adminReadsNoData = await server.request(
    '{ assessments(first: 5) { totalCount } units(first: 1) { totalCount } }',
    {},
    admin,
  );
  expect(adminReadsNoData.data).toEqual({ assessments: { totalCount: 0 }, units: { totalCount: 0 } });
});
