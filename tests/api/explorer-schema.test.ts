import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { provinceApiToken } from '../support/graphql-helpers';
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
const LIMITED_QUERIES = ['apiTokens', 'auditEntries', 'editableCampaigns', 'verificationQueue'];
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
    expect(await seen('lamthao.dang')).toEqual(['answerCriterion', 'logout']);
    expect(await seen('bacninh.dang')).toEqual(['answerCriterion', 'logout']);
    expect(await seen('lamthao.lanhdao')).toEqual(['logout']);
    expect(await seen('congcu.bacninh')).toEqual(['logout']);
    const overseer = [
      'addCriterion',
      'copyCampaign',
      'createApiToken',
      'createCampaign',
      'createTask',
      'deleteSolution',
      'logout',
      'publishCampaign',
      'removeCriterion',
      'reorderCriteria',
      'revokeApiToken',
      'setCriterionDueDate',
      'setSolution',
      'updateCampaign',
      'updateCriterion',
      'updateTask',
      'verifyAssessment',
    ];
    expect(await seen('bacninh.giamsat')).toEqual(overseer);
    expect(await seen('quocgia')).toEqual(overseer);
    expect(await seen('quantri')).toEqual([
      'createApiToken',
      'createUser',
      'grantRole',
      'logout',
      'revokeApiToken',
      'revokeRole',
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
