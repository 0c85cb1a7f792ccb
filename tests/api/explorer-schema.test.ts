import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { graphqlSchema } from '../../server/graphql/schema';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceApiToken, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let schemaUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  schemaUrl = server.url.replace(/\/graphql$/, '/explorer/schema');
});

afterAll(() => server.close());

async function schemaFor(token?: string): Promise<GraphQLSchema> {
  const response = await fetch(schemaUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return buildClientSchema(((await response.json()) as { data: never }).data);
}

const mutations = (schema: GraphQLSchema) => Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
const LIMITED_QUERIES = [
  'apiTokens',
  'auditEntries',
  'editableCampaigns',
  'verificationQueue',
  'verificationQueueCounts',
  'verificationSample',
];
const limitedQueries = (schema: GraphQLSchema) =>
  LIMITED_QUERIES.filter((name) => name in schema.getQueryType()!.getFields());

describe('the schema the explorer shows a caller (/explorer/schema)', () => {
  it("a read-only API token: every query, no mutation, and none of the mutations' input types", async () => {
    const schema = await schemaFor(await provinceApiToken(server, 'bac-ninh', 'bacninh.giamsat'));
    expect(schema.getMutationType()).toBeNull();
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['provinces', 'communes', 'assessments', 'exportTable']),
    );
    expect(limitedQueries(schema)).toEqual([]);
    for (const inputOnly of ['AnswerCriterionInput', 'CreateTaskInput', 'CreateUserInput', 'LoginPayload'])
      expect(schema.getType(inputOnly)).toBeUndefined();
  });

  it('each role sees the mutations its abilities can allow somewhere, and no others', async () => {
    const seen = async (username: string) => mutations(await schemaFor(await server.login(username)));
    const unitOfficer = [
      'answerCriterion',
      'changePassword',
      'logout',
      'markNotificationsRead',
      'reportTaskProgress',
      'saveReportDraft',
      'setNotificationPreferences',
      'submitReport',
    ];
    expect(await seen('lamthao.dang')).toEqual(unitOfficer);
    expect(await seen('bacninh.dang')).toEqual(unitOfficer);
    // The commune leader submits the commune's reports on a unit's behalf and runs the commune's own tasks.
    expect(await seen('lamthao.lanhdao')).toEqual([
      'changePassword',
      'createTask',
      'logout',
      'markNotificationsRead',
      'reportTaskProgress',
      'setNotificationPreferences',
      'submitReport',
    ]);
    expect(await seen('congcu.bacninh')).toEqual([
      'changePassword',
      'logout',
      'markNotificationsRead',
      'setNotificationPreferences',
    ]);
    const overseer = [
      'addCriterion',
      'changePassword',
      'copyCampaign',
      'createApiToken',
      'createCampaign',
      'createTask',
      'deleteSolution',
      'logout',
      'markNotificationsRead',
      'publishCampaign',
      'removeCriterion',
      'reorderCriteria',
      'reportTaskProgress',
      'revokeApiToken',
      'setCriterionDueDate',
      'setNotificationPreferences',
      'setSolution',
      'updateCampaign',
      'updateCriterion',
      'updateTask',
      'verifyAssessment',
      'verifyAssessments',
    ];
    // Both author report templates and schedules and follow recommendations up; the province's steering committee reviews.
    const reportAuthor = [
      'createReportSchedule',
      'createReportTemplate',
      'updateObstacleFollowUp',
      'updateRecommendationFollowUp',
      'updateReportTemplate',
    ];
    expect(await seen('bacninh.giamsat')).toEqual(
      [...overseer, ...reportAuthor, 'reopenReport', 'reviewReport'].sort(),
    );
    expect(await seen('quocgia')).toEqual([...overseer, ...reportAuthor].sort());
    expect(await seen('quantri')).toEqual([
      'changePassword',
      'createApiToken',
      'createUser',
      'grantRole',
      'logout',
      'markNotificationsRead',
      'resetPassword',
      'revokeApiToken',
      'revokeRole',
      'setAccountDisabled',
      'setNotificationPreferences',
    ]);
  });

  it('queries that serve only some roles are offered to those roles', async () => {
    const offered = async (username: string) => limitedQueries(await schemaFor(await server.login(username)));
    expect(await offered('lamthao.dang')).toEqual([]);
    expect(await offered('bacninh.giamsat')).toEqual(LIMITED_QUERIES);
    expect(await offered('quantri')).toEqual(['apiTokens', 'auditEntries']);
  });

  it('without a token only signing in is offered; an unknown token is refused', async () => {
    expect(mutations(await schemaFor())).toEqual(['login']);
    const response = await fetch(schemaUrl, { headers: { authorization: 'Bearer pxa_khong-ton-tai' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

/**
 * What the explorer offers each caller is what the server lets it do: every mutation of the
 * full schema is sent by every demo caller, aimed at objects of Bắc Ninh (within the reach of
 * every province and commune account there), and is refused (FORBIDDEN, or NOT_FOUND for what
 * it may not read) exactly when the explorer hides it. Signing in and out concern sessions,
 * not abilities, and are checked above.
 */
describe('the mutations offered are the ones the server runs', () => {
  type Result = { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
  type Sample = (token: string) => Promise<Result>;
  const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];
  const ids = {} as Record<string, string> & { claimVersion: number };
  const waiting: string[] = [];
  const request = (query: string, variables: Record<string, unknown>, token: string): Promise<Result> =>
    server.request(query, variables, token);
  const created = (result: Result, field: string, fallback: string): string =>
    result.data?.[field]?.id ?? result.data?.[field]?.apiToken?.id ?? fallback;

  beforeAll(async () => {
    const nation = await server.login('quocgia');
    const admin = await server.login('quantri');
    ids.bacNinh = await provinceId(server, nation, 'bac-ninh');
    ids.campaign = await campaignId(server, nation, CAMPAIGN.bacNinh);
    const places = await request(
      `query ($p: ID!, $c: ID!) {
         province(id: $p) { units { id bloc } }
         communes(first: 1, filter: { provinceId: $p, search: "Lâm Thao" }) { nodes { units { id bloc } } }
         campaign(id: $c) { criteria(bloc: PARTY, level: COMMUNE) { id answerType } }
         verificationQueue(campaignId: $c, provinceId: $p, first: 6) { nodes { id version } }
       }`,
      { p: ids.bacNinh, c: ids.campaign },
      nation,
    );
    expect(places.errors).toBeUndefined();
    ids.communeUnit = places.data!.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY').id;
    ids.provinceUnit = places.data!.province.units.find((u: { bloc: string }) => u.bloc === 'PARTY').id;
    ids.criterion = places.data!.campaign.criteria.find((c: { answerType: string }) => c.answerType === 'BOOLEAN').id;
    // The demo's province-level criteria are all placeholders, which nobody reads: one published of its own.
    const provinceCampaign = await request(
      'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'Đợt cấp tỉnh kiểm thử', level: 'PROVINCE', deadline: '2026-12-31' } },
      nation,
    );
    const provinceCampaignId = provinceCampaign.data!.createCampaign.id;
    const provinceCriterion = await request(
      'mutation ($c: ID!) { addCriterion(campaignId: $c, input: { bloc: PARTY, text: "Có quy chế", answerType: BOOLEAN }) { id } }',
      { c: provinceCampaignId },
      nation,
    );
    await request('mutation ($id: ID!) { publishCampaign(id: $id) { id } }', { id: provinceCampaignId }, nation);
    ids.provinceCriterion = provinceCriterion.data!.addCriterion.id;
    ids.claim = places.data!.verificationQueue.nodes[0].id;
    ids.claimVersion = places.data!.verificationQueue.nodes[0].version;
    // Each bulk verifier that may decides a claim nobody decided yet.
    waiting.push(...places.data!.verificationQueue.nodes.slice(1).map((n: { id: string }) => n.id));
    // Objects for callers that may not create their own to aim at.
    ids.token = created(await samples.createApiToken(nation), 'createApiToken', '');
    ids.solution = created(await samples.setSolution(nation), 'setSolution', '');
    ids.task = created(await samples.createTask(nation), 'createTask', '');
    // A task of Bắc Ninh's own Party committee, for its officer to report on.
    await request(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { title: 'Nhiệm vụ thử của tỉnh', ownerUnitId: ids.provinceUnit } },
      nation,
    );
    ids.user = created(await samples.createUser(admin), 'createUser', '');
    ids.grant = created(await samples.grantRole(admin), 'grantRole', '');
    expect(Object.values(ids).every((v) => v !== '')).toBe(true);
  });

  const mine: Record<string, string> = {};
  const samples: Record<string, Sample> = {
    answerCriterion: async (token) => {
      const unit = await request(
        'query ($u: ID!) { unit(id: $u) { viewerCanAnswer } }',
        { u: ids.provinceUnit },
        token,
      );
      const province = unit.data?.unit?.viewerCanAnswer === true;
      return request(
        'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { id } } }',
        {
          i: {
            unitId: province ? ids.provinceUnit : ids.communeUnit,
            criterionId: province ? ids.provinceCriterion : ids.criterion,
            boolean: false,
          },
        },
        token,
      );
    },
    verifyAssessment: (token) =>
      request(
        'mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { version } } }',
        { i: { assessmentId: ids.claim, decision: 'CONFIRM', expectedVersion: ids.claimVersion } },
        token,
      ).then((result) => {
        // The next verifier confirms the claim again, as it now stands.
        if (result.data) ids.claimVersion = result.data.verifyAssessment.assessment.version;
        return result;
      }),
    verifyAssessments: (token) =>
      request(
        'mutation ($i: VerifyAssessmentsInput!) { verifyAssessments(input: $i) { count } }',
        { i: { assessmentIds: [waiting.at(-1)], decision: 'CONFIRM' } },
        token,
      ).then((result) => {
        if (result.data) waiting.pop();
        return result;
      }),
    createApiToken: async (token) => {
      const result = await request(
        'mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { apiToken { id } } }',
        { i: { name: 'Công cụ thử', provinceId: ids.bacNinh } },
        token,
      );
      mine.token = created(result, 'createApiToken', ids.token);
      return result;
    },
    revokeApiToken: (token) =>
      request('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: mine.token ?? ids.token }, token),
    updateCampaign: (token) =>
      request(
        'mutation ($id: ID!) { updateCampaign(id: $id, input: { countUnverifiedClaims: true }) { id } }',
        { id: ids.campaign },
        token,
      ),
    setCriterionDueDate: (token) =>
      request(
        'mutation ($id: ID!) { setCriterionDueDate(id: $id, dueDate: null) { id } }',
        { id: ids.criterion },
        token,
      ),
    setSolution: async (token) => {
      const result = await request(
        'mutation ($i: SetSolutionInput!) { setSolution(input: $i) { id } }',
        { i: { criterionId: ids.criterion, provinceId: ids.bacNinh, authority: 'LOCAL', text: 'Giải pháp thử.' } },
        token,
      );
      mine.solution = created(result, 'setSolution', ids.solution);
      return result;
    },
    deleteSolution: (token) =>
      request('mutation ($id: ID!) { deleteSolution(id: $id) }', { id: mine.solution ?? ids.solution }, token),
    createTask: async (token) => {
      const result = await request(
        'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        // Owned by a Lâm Thao unit: the overseers and the commune's leader may all assign it.
        { i: { title: 'Nhiệm vụ thử', ownerUnitId: ids.communeUnit } },
        token,
      );
      mine.task = created(result, 'createTask', ids.task);
      return result;
    },
    updateTask: (token) =>
      request(
        'mutation ($id: ID!) { updateTask(id: $id, input: { title: "Nhiệm vụ thử, sửa" }) { id } }',
        { id: mine.task ?? ids.task },
        token,
      ),
    reportTaskProgress: async (token) => {
      // Each caller reports on a task it owns where it has one: a province unit's officer owns none of Lâm Thao's.
      const own = await request('{ tasks(first: 1, filter: { reportable: true }) { nodes { id } } }', {}, token);
      return request(
        'mutation ($id: ID!) { reportTaskProgress(id: $id, input: { progressPercent: 10 }) { id } }',
        { id: own.data?.tasks?.nodes[0]?.id ?? ids.task },
        token,
      );
    },
    markNotificationsRead: (token) => request('mutation { markNotificationsRead(ids: []) }', {}, token),
    setNotificationPreferences: (token) =>
      request(
        'mutation { setNotificationPreferences(preferences: [{ kind: CLAIM_REJECTED, email: IMMEDIATE }]) { kind } }',
        {},
        token,
      ),
    createUser: async (token) => {
      const username = `kiemthu.${Math.random().toString(36).slice(2, 10)}`;
      const result = await request(
        'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { username, fullName: 'Tài khoản thử', password: 'MatKhau@2026' } },
        token,
      );
      mine.user = created(result, 'createUser', ids.user);
      return result;
    },
    grantRole: async (token) => {
      const result = await request(
        'mutation ($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
        { i: { userId: mine.user ?? ids.user, role: 'PROVINCE_OVERSEER', provinceId: ids.bacNinh } },
        token,
      );
      mine.grant = created(result, 'grantRole', ids.grant);
      return result;
    },
    revokeRole: (token) =>
      request('mutation ($id: ID!) { revokeRole(grantId: $id) }', { id: mine.grant ?? ids.grant }, token),
    setAccountDisabled: (token) =>
      request(
        'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { id } }',
        { id: mine.user ?? ids.user },
        token,
      ),
    resetPassword: (token) =>
      request(
        'mutation ($id: ID!) { resetPassword(userId: $id, temporaryPassword: "TamThoi@2026") { id } }',
        { id: mine.user ?? ids.user },
        token,
      ),
  };

  it.each([
    'lamthao.dang',
    'bacninh.dang',
    'lamthao.lanhdao',
    'congcu.bacninh',
    'bacninh.giamsat',
    'quocgia',
    'quantri',
  ])('%s', async (username) => {
    const token = await server.login(username);
    const offered = mutations(await schemaFor(token));
    for (const key of Object.keys(mine)) delete mine[key];
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [name, sample] of Object.entries(samples)) {
      const result = await sample(token);
      const code = result.errors?.[0]?.extensions?.code as string | undefined;
      outcome[name] = code && REFUSED.includes(code) ? 'refused' : (code ?? 'ran');
      expected[name] = offered.includes(name) ? 'ran' : 'refused';
    }
    expect(outcome).toEqual(expected);
  });

  it('the samples cover every mutation but signing in and out', async () => {
    const full = Object.keys((await graphqlSchema()).getMutationType()!.getFields()).sort();
    // Campaign authoring and the periodic reports' mutations are proved per role in
    // authorization-matrix.test.ts (and reports.test.ts, campaign-authoring.test.ts).
    const reports = new Set([
      'createCampaign',
      'publishCampaign',
      'copyCampaign',
      'addCriterion',
      'updateCriterion',
      'removeCriterion',
      'reorderCriteria',
      'createReportTemplate',
      'updateReportTemplate',
      'createReportSchedule',
      'saveReportDraft',
      'submitReport',
      'reviewReport',
      'reopenReport',
      'updateRecommendationFollowUp',
      'updateObstacleFollowUp',
    ]);
    expect(full.filter((name) => !(name in samples) && !reports.has(name))).toEqual([
      'changePassword',
      'login',
      'logout',
    ]);
  });
});
