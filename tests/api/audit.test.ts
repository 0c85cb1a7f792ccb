import { tokenHash } from '../../server/auth/token';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface EntryRow {
  id: number;
  at: string;
  username: string;
  access_token_id: number | null;
  action: string;
  object_type: string;
  object_id: string;
  province_id: number | null;
  changes: Record<string, unknown>;
}

const lastEntryId = async (): Promise<number> =>
  (await server.orm.em.getConnection().execute<{ id: number | null }[]>('select max(id) as id from audit_entry'))[0]
    .id ?? 0;

const entriesAfter = (id: number) =>
  server.orm.em.getConnection().execute<EntryRow[]>('select * from audit_entry where id > ? order by id', [id]);

const tokenId = async (token: string): Promise<number> =>
  (
    await server.orm.em
      .getConnection()
      .execute<{ id: number }[]>('select id from access_token where token_hash = ?', [tokenHash(token)])
  )[0].id;

/** Runs one mutation and expects it to have written exactly one audit entry, by `username`, just now. */
async function expectOneEntry(
  username: string,
  run: () => Promise<GraphQLResponse>,
  expected: Partial<Pick<EntryRow, 'action' | 'object_type' | 'object_id' | 'access_token_id'>> & {
    changes?: Record<string, unknown>;
  },
): Promise<GraphQLResponse> {
  const before = await lastEntryId();
  const started = Date.now();
  const result = await run();
  expect(result.errors).toBeUndefined();
  const entries = await entriesAfter(before);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry).toMatchObject({ username, ...expected, changes: expect.objectContaining(expected.changes ?? {}) });
  const at = new Date(entry.at).getTime();
  expect(at).toBeGreaterThanOrEqual(started - 1000);
  expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  expect(JSON.stringify(entry.changes)).not.toMatch(/password|hash|MatKhau/i);
  return result;
}

async function expectNoEntry(run: () => Promise<GraphQLResponse>, code: string): Promise<void> {
  const before = await lastEntryId();
  const result = await run();
  expect(result.errors?.[0].extensions?.code).toBe(code);
  expect(await entriesAfter(before)).toHaveLength(0);
}

const ANSWER =
  'mutation ($u: ID!, $c: ID!, $v: Int) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true, expectedVersion: $v }) { assessment { id version } } }';

it('writes one entry, with the account and token, for every change an officer and an overseer make', async () => {
  const officer = await server.login('lamthao.dang');
  const unitQuery = await server.request(
    `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
       assessments(first: 1, filter: { met: false, campaignId: $c }) { nodes { version criterion { id } } } } } } }`,
    { c: await campaignId(server, officer, CAMPAIGN.bacNinh) },
    officer,
  );
  const party = unitQuery.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  const [pending] = party.assessments.nodes;
  const answered = await expectOneEntry(
    'lamthao.dang',
    () => server.request(ANSWER, { u: party.id, c: pending.criterion.id }, officer),
    {
      action: 'ANSWER',
      object_type: 'Assessment',
      access_token_id: await tokenId(officer),
      changes: { met: true, version: pending.version + 1 },
    },
  );
  expect((await entriesAfter((await lastEntryId()) - 1))[0].object_id).toBe(
    answered.data!.answerCriterion.assessment.id,
  );
  await expectNoEntry(
    () => server.request(ANSWER, { u: party.id, c: pending.criterion.id, v: pending.version }, officer),
    'VERSION_CONFLICT',
  );

  const overseer = await server.login('bacninh.giamsat');
  const { id: assessmentId, version } = answered.data!.answerCriterion.assessment;
  await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($id: ID!, $v: Int!) { verifyAssessment(input: { assessmentId: $id, decision: CONFIRM, expectedVersion: $v }) { assessment { version } } }',
        { id: assessmentId, v: version },
        overseer,
      ),
    { action: 'VERIFY', object_type: 'Assessment', object_id: assessmentId, changes: { version: version + 1 } },
  );
  const bacNinh = await provinceId(server, overseer, 'bac-ninh');
  const solution = await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($c: ID!, $p: ID) { setSolution(input: { criterionId: $c, provinceId: $p, authority: LOCAL, text: "Bổ sung quy chế" }) { id } }',
        { c: pending.criterion.id, p: bacNinh },
        overseer,
      ),
    // The province may already have its solution for the criterion, which this replaces.
    {
      action: expect.stringMatching(/^(CREATE|UPDATE)$/),
      object_type: 'Solution',
      changes: { text: 'Bổ sung quy chế' },
    },
  );
  const solutionId = solution.data!.setSolution.id;
  await expectOneEntry(
    'bacninh.giamsat',
    () => server.request('mutation ($id: ID!) { deleteSolution(id: $id) }', { id: solutionId }, overseer),
    {
      action: 'DELETE',
      object_type: 'Solution',
      object_id: solutionId,
    },
  );
  const task = await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($p: ID!) { createTask(input: { title: "Rà soát hồ sơ", provinceId: $p }) { id } }',
        { p: bacNinh },
        overseer,
      ),
    { action: 'CREATE', object_type: 'Task', changes: { title: 'Rà soát hồ sơ' } },
  );
  const taskId = task.data!.createTask.id;
  await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($id: ID!) { updateTask(id: $id, input: { completedOn: "2026-01-05" }) { id } }',
        { id: taskId },
        overseer,
      ),
    { action: 'UPDATE', object_type: 'Task', object_id: taskId, changes: { completedOn: '2026-01-05' } },
  );
  const campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
  await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($id: ID!) { updateCampaign(id: $id, input: { name: "Đợt rà soát mới" }) { id } }',
        { id: campaign },
        overseer,
      ),
    { action: 'UPDATE', object_type: 'Campaign', object_id: campaign, changes: { name: 'Đợt rà soát mới' } },
  );
  await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($id: ID!) { setCriterionDueDate(id: $id, dueDate: "2027-03-01") { id } }',
        { id: pending.criterion.id },
        overseer,
      ),
    { action: 'UPDATE', object_type: 'Criterion', object_id: pending.criterion.id, changes: { dueDate: '2027-03-01' } },
  );
  const created = await expectOneEntry(
    'bacninh.giamsat',
    () =>
      server.request(
        'mutation ($p: ID!) { createApiToken(input: { name: "Công cụ", provinceId: $p }) { apiToken { id } } }',
        { p: bacNinh },
        overseer,
      ),
    { action: 'CREATE', object_type: 'ApiToken', changes: { name: 'Công cụ' } },
  );
  const apiTokenId = created.data!.createApiToken.apiToken.id;
  await expectOneEntry(
    'bacninh.giamsat',
    () => server.request('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: apiTokenId }, overseer),
    {
      action: 'REVOKE',
      object_type: 'ApiToken',
      object_id: apiTokenId,
    },
  );

  // Refused and invalid changes leave no entry.
  await expectNoEntry(
    () =>
      server.request(
        'mutation ($p: ID!) { createTask(input: { title: "  ", provinceId: $p }) { id } }',
        { p: bacNinh },
        overseer,
      ),
    'BAD_USER_INPUT',
  );
  await expectNoEntry(
    () => server.request('mutation { createTask(input: { title: "Nhiệm vụ quốc gia" }) { id } }', {}, overseer),
    'FORBIDDEN',
  );
  await expectNoEntry(
    () => server.request('mutation ($id: ID!) { deleteSolution(id: $id) }', { id: solutionId }, overseer),
    'NOT_FOUND',
  );
});

it('writes one entry for account changes, sign-in and sign-out; none for refused changes; a refused sign-in as LOGIN_FAILED', async () => {
  const admin = await server.login('quantri');
  const user = await expectOneEntry(
    'quantri',
    () =>
      server.request(
        'mutation { createUser(input: { username: "kiemtoan.mot", fullName: "Kiểm Toán Một", password: "MatKhau@2026" }) { id } }',
        {},
        admin,
      ),
    { action: 'CREATE', object_type: 'User', changes: { username: 'kiemtoan.mot' } },
  );
  const userId = user.data!.createUser.id;
  const bacNinh = await provinceId(server, admin, 'bac-ninh');
  const grant = await expectOneEntry(
    'quantri',
    () =>
      server.request(
        'mutation ($u: ID!, $p: ID!) { grantRole(input: { userId: $u, role: PROVINCE_OVERSEER, provinceId: $p }) { id } }',
        { u: userId, p: bacNinh },
        admin,
      ),
    { action: 'GRANT', object_type: 'RoleGrant', changes: { role: 'PROVINCE_OVERSEER', userId: Number(userId) } },
  );
  await expectOneEntry(
    'quantri',
    () => server.request('mutation ($g: ID!) { revokeRole(grantId: $g) }', { g: grant.data!.grantRole.id }, admin),
    {
      action: 'REVOKE',
      object_type: 'RoleGrant',
      object_id: grant.data!.grantRole.id,
    },
  );
  await expectNoEntry(
    () =>
      server.request(
        'mutation { createUser(input: { username: "kiemtoan.mot", fullName: "Trùng tên", password: "MatKhau@2026" }) { id } }',
        {},
        admin,
      ),
    'BAD_USER_INPUT',
  );
  const overseer = await server.login('bacninh.giamsat');
  await expectNoEntry(
    () =>
      server.request(
        'mutation ($u: ID!) { grantRole(input: { userId: $u, role: ADMINISTRATOR }) { id } }',
        { u: userId },
        overseer,
      ),
    'FORBIDDEN',
  );

  const signIn = 'mutation ($p: String!) { login(username: "lamthao.lanhdao", password: $p) { token } }';
  const beforeRefusal = await lastEntryId();
  const refused = await server.request(signIn, { p: 'sai mật khẩu' });
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await entriesAfter(beforeRefusal)).toEqual([
    expect.objectContaining({
      action: 'LOGIN_FAILED',
      object_type: 'Session',
      username: 'lamthao.lanhdao',
      changes: { address: expect.any(String) },
    }),
  ]);
  await expectOneEntry('lamthao.lanhdao', () => server.request(signIn, { p: DEMO_PASSWORD }), {
    action: 'LOGIN',
    object_type: 'Session',
  });
  const leader = await server.login('lamthao.lanhdao');
  await expectOneEntry('lamthao.lanhdao', () => server.request('mutation { logout }', {}, leader), {
    action: 'LOGOUT',
    object_type: 'Session',
    access_token_id: await tokenId(leader),
  });
});

const ENTRIES = `query ($after: String, $filter: AuditFilter) { auditEntries(first: 500, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id at username accessTokenId action objectType objectId changes } } }`;

it("lets administrators read every entry, overseers their province's changes, and others none", async () => {
  const admin = await server.login('quantri');
  const all = await server.request(ENTRIES, {}, admin);
  expect(all.errors).toBeUndefined();
  const total = Number(
    (await server.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from audit_entry'))[0].n,
  );
  expect(all.data!.auditEntries.totalCount).toBe(total);
  expect(total).toBeGreaterThan(10);

  // National readers may not learn who answered (README, field rules): they ask without the actor.
  const national = await server.request(
    ENTRIES.replace(' username accessTokenId', ''),
    {},
    await server.login('quocgia'),
  );
  expect(national.errors).toBeUndefined();
  const nationalTypes = new Set(national.data!.auditEntries.nodes.map((e: { objectType: string }) => e.objectType));
  expect(nationalTypes.has('Assessment')).toBe(true);
  expect([...nationalTypes].filter((t) => ['User', 'RoleGrant', 'ApiToken', 'Session'].includes(t as string))).toEqual(
    [],
  );

  const overseer = await server.request(
    ENTRIES,
    { filter: { objectType: 'Task' } },
    await server.login('bacninh.giamsat'),
  );
  const tasks = overseer.data!.auditEntries.nodes;
  expect(tasks.length).toBeGreaterThan(0);
  const bacNinh = Number(await provinceId(server, admin, 'bac-ninh'));
  const provinces = await server.orm.em
    .getConnection()
    .execute<{ province_id: number }[]>('select distinct province_id from audit_entry where id in (?)', [
      tasks.map((e: { id: string }) => Number(e.id)),
    ]);
  expect(provinces).toEqual([{ province_id: bacNinh }]);

  const officer = await server.request(ENTRIES, {}, await server.login('lamthao.dang'));
  expect(officer.data!.auditEntries).toMatchObject({ totalCount: 0, nodes: [] });
  const page = await server.request(
    '{ auditEntries(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }',
    {},
    admin,
  );
  const next = await server.request(ENTRIES, { after: page.data!.auditEntries.pageInfo.endCursor }, admin);
  expect(next.data!.auditEntries.nodes[0].id).toBe(all.data!.auditEntries.nodes[2].id);
});
