import { query, sql } from '../../server/database/sql';
import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The change feed through the API: exactly the changes after a cursor, only those the caller may
 * read, stable paging, and no change lost behind a cursor while an older transaction is running.
 */
let server: TestServer;
let bacNinhToken: string;
let national: string;
let overseer: string;

const FEED = `query Feed($first: Int, $after: String, $since: DateTimeISO, $kinds: [ChangeKind!]) {
  changes(first: $first, after: $after, since: $since, kinds: $kinds) {
    edges { cursor node {
      kind changedAt
      assessmentChange { id version met }
      assessment { id unit { name } criterion { code } }
      task { id title updatedAt }
    } }
    pageInfo { hasNextPage endCursor }
    resumeCursor
  } }`;

interface FeedNode {
  kind: 'ASSESSMENT' | 'TASK';
  changedAt: string;
  assessmentChange: { id: string; version: number; met: boolean } | null;
  assessment: { id: string; unit: { name: string }; criterion: { code: string } } | null;
  task: { id: string; title: string; updatedAt: string } | null;
}
interface FeedPage {
  edges: { cursor: string; node: FeedNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  resumeCursor: string;
}

async function ok(text: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const result = await server.request(text, variables, token);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function feed(token: string, variables: Record<string, unknown>): Promise<FeedPage> {
  return (await ok(FEED, variables, token)).changes;
}

/** Every change after a cursor, page by page, as "KIND:id" keys. */
async function changesAfter(token: string, after: string, first = 500): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = after; ;) {
    const page = await feed(token, { first, after: cursor });
    keys.push(...page.edges.map((e) => keyOf(e.node)));
    if (!page.pageInfo.hasNextPage) return keys;
    cursor = page.resumeCursor;
  }
}

const keyOf = (node: FeedNode) =>
  node.kind === 'ASSESSMENT' ? `ASSESSMENT:${node.assessmentChange!.id}` : `TASK:${node.task!.id}`;

/**
 * Transaction ids are shared by every database of the server, so a test file running beside this
 * one holds the feed back while any of its transactions runs: an import applies a whole sheet in
 * one transaction, minutes on a loaded two-core machine (tests/api/import.test.ts). Wait until a
 * committed change has become deliverable, for as long as such a transaction may last.
 */
const SETTLE_MS = 240_000;
// Every test here may wait that long in the feed, on top of its own work.
jest.setTimeout(SETTLE_MS + 60_000);

async function settled(after: string, key: string): Promise<void> {
  const until = Date.now() + SETTLE_MS;
  for (;;) {
    if ((await changesAfter(national, after)).includes(key)) return;
    if (Date.now() > until) throw new Error(`${key} never reached the feed`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Flips one BOOLEAN answer the account may give and returns the history row it wrote. */
async function answerSomething(
  token: string,
  campaignCode: string,
): Promise<{ assessmentId: string; historyId: string }> {
  const campaign = await campaignId(server, token, campaignCode);
  const { assessments } = await ok(
    `query ($c: ID!) { assessments(first: 200, filter: { campaignId: $c }) { nodes { id met unit { id } criterion { id answerType } } } }`,
    { c: campaign },
    token,
  );
  const target = assessments.nodes.find(
    (a: { criterion: { answerType: string } }) => a.criterion.answerType === 'BOOLEAN',
  );
  const answered = await ok(
    `mutation ($input: AnswerCriterionInput!) { answerCriterion(input: $input) { assessment { id history(first: 500) { nodes { id } } } } }`,
    { input: { unitId: target.unit.id, criterionId: target.criterion.id, boolean: !target.met } },
    token,
  );
  const history = answered.answerCriterion.assessment.history.nodes;
  return { assessmentId: target.id, historyId: history[history.length - 1].id };
}

/** A province bloc officer's first answer to a criterion of its own province unit; the history row it wrote. */
async function answerProvinceCriterion(
  token: string,
  criterionId: string,
): Promise<{ assessmentId: string; historyId: string }> {
  const { units } = await ok('{ units(first: 1, filter: { level: PROVINCE }) { nodes { id } } }', {}, token);
  const answered = await ok(
    `mutation ($input: AnswerCriterionInput!) { answerCriterion(input: $input) { assessment { id history(first: 5) { nodes { id } } } } }`,
    { input: { unitId: units.nodes[0].id, criterionId, boolean: true } },
    token,
  );
  const { id, history } = answered.answerCriterion.assessment;
  return { assessmentId: id, historyId: history.nodes[history.nodes.length - 1].id };
}

async function createTask(token: string, title: string, province: string): Promise<string> {
  return (
    await ok(
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { title, provinceId: province } },
      token,
    )
  ).createTask.id;
}

let start: string;
const expected = {} as {
  lamThaoParty: { assessmentId: string; historyId: string };
  lamThaoCouncil: { assessmentId: string; historyId: string };
  haNoi: { assessmentId: string; historyId: string };
  bacNinhTask: string;
  haNoiTask: string;
  nationalTask: string;
};

beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('bacninh.giamsat');
  national = await server.login('quocgia');
  const bacNinh = await provinceId(server, overseer, 'bac-ninh');
  bacNinhToken = (
    await ok(
      'mutation ($p: ID!) { createApiToken(input: { name: "Đồng bộ thử", provinceId: $p }) { token } }',
      { p: bacNinh },
      overseer,
    )
  ).createApiToken.token;

  // The demo's province-level criteria are placeholders, which nobody reads: the Hà Nội officer answers one authored here.
  const authored = await ok(
    'mutation { createCampaign(input: { name: "Kiểm thử cấp tỉnh", level: PROVINCE, blocs: [PARTY], deadline: "2026-12-31" }) { id } }',
    {},
    national,
  );
  const haNoiCriterion = (
    await ok(
      'mutation ($c: ID!) { addCriterion(campaignId: $c, input: { bloc: PARTY, text: "Có kế hoạch chuyển đổi số", answerType: BOOLEAN }) { id } }',
      { c: authored.createCampaign.id },
      national,
    )
  ).addCriterion.id;
  await ok('mutation ($id: ID!) { publishCampaign(id: $id) { id } }', { id: authored.createCampaign.id }, national);

  // Nothing the demo data wrote is at or after this instant: the first sync starts here.
  const first = await feed(national, { since: new Date().toISOString(), first: 10 });
  expect(first.edges).toEqual([]);
  start = first.resumeCursor;

  expected.lamThaoParty = await answerSomething(await server.login('lamthao.dang'), CAMPAIGN.bacNinh);
  expected.lamThaoCouncil = await answerSomething(await server.login('lamthao.hdnd'), CAMPAIGN.bacNinh);
  const haNoiOfficer = await accountWith(server, {
    role: 'PROVINCE_BLOC_OFFICER',
    provinceCode: 'ha-noi',
    bloc: 'PARTY',
  });
  expected.haNoi = await answerProvinceCriterion(haNoiOfficer.token, haNoiCriterion);
  expected.bacNinhTask = await createTask(overseer, 'Rà soát tiêu chí chưa đạt của các xã', bacNinh);
  expected.haNoiTask = await createTask(
    national,
    'Đôn đốc Hà Nội cập nhật kết quả',
    await provinceId(server, national, 'ha-noi'),
  );
  const { tasks } = await ok('{ tasks(first: 1, filter: { national: true }) { nodes { id } } }', {}, national);
  expected.nationalTask = tasks.nodes[0].id;
  await ok(
    'mutation ($id: ID!) { updateTask(id: $id, input: { completedOn: "2026-11-20" }) { id } }',
    { id: expected.nationalTask },
    national,
  );
  await settled(start, `TASK:${expected.nationalTask}`);
});
afterAll(() => server.close());

describe('changes (the change feed)', () => {
  it('returns exactly the changes after the cursor, in the order they were made, for a nation-wide reader', async () => {
    expect(await changesAfter(national, start)).toEqual([
      `ASSESSMENT:${expected.lamThaoParty.historyId}`,
      `ASSESSMENT:${expected.lamThaoCouncil.historyId}`,
      `ASSESSMENT:${expected.haNoi.historyId}`,
      `TASK:${expected.bacNinhTask}`,
      `TASK:${expected.haNoiTask}`,
      `TASK:${expected.nationalTask}`,
    ]);
  });

  it('gives a province API token only its province and the national plan, and hands out private fields to it', async () => {
    expect(await changesAfter(bacNinhToken, start)).toEqual([
      `ASSESSMENT:${expected.lamThaoParty.historyId}`,
      `ASSESSMENT:${expected.lamThaoCouncil.historyId}`,
      `TASK:${expected.bacNinhTask}`,
      `TASK:${expected.nationalTask}`,
    ]);
    const page = await feed(bacNinhToken, { after: start, first: 1 });
    expect(page.edges[0].node).toMatchObject({
      kind: 'ASSESSMENT',
      assessment: { id: expected.lamThaoParty.assessmentId, unit: { name: 'Đảng ủy Xã Lâm Thao' } },
      task: null,
    });
    const changedBy = await server.request(
      'query ($after: String) { changes(first: 1, after: $after) { nodes { assessmentChange { changedBy { fullName } } } } }',
      { after: start },
      bacNinhToken,
    );
    expect(changedBy.errors).toBeUndefined();
    expect(changedBy.data!.changes.nodes[0].assessmentChange.changedBy.fullName).toBeTruthy();
  });

  it('gives a province bloc officer only its bloc, and keeps who answered from nation-wide readers', async () => {
    const officer = await server.login('bacninh.dang');
    expect(await changesAfter(officer, start)).toEqual([`ASSESSMENT:${expected.lamThaoParty.historyId}`]);
    const guarded = await server.request(
      'query ($after: String) { changes(first: 1, after: $after) { nodes { assessmentChange { id changedBy { fullName } evidence { note } } } } }',
      { after: start },
      national,
    );
    expect(guarded.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('filters by kind and since, and pages one change at a time without skipping or repeating', async () => {
    expect(await changesAfter(national, start, 1)).toEqual(await changesAfter(national, start));
    const tasks = await feed(national, { after: start, kinds: ['TASK'] });
    expect(tasks.edges.map((e) => e.node.task!.id)).toEqual([
      expected.bacNinhTask,
      expected.haNoiTask,
      expected.nationalTask,
    ]);
    const lastTask = tasks.edges[2].node.task!;
    const since = await feed(national, { after: start, since: lastTask.updatedAt });
    expect(since.edges.map((e) => keyOf(e.node))).toEqual([`TASK:${expected.nationalTask}`]);

    // A change made while a tool pages arrives after the rows it has read, never among them.
    const firstPage = await feed(national, { after: start, first: 2 });
    const later = await answerSomething(await server.login('lamthao.ubnd'), CAMPAIGN.bacNinh);
    await settled(start, `ASSESSMENT:${later.historyId}`);
    const rest = await changesAfter(national, firstPage.resumeCursor, 2);
    const all = await changesAfter(national, start);
    expect(all).toHaveLength(7);
    expect(all.slice(-1)).toEqual([`ASSESSMENT:${later.historyId}`]);
    expect([...firstPage.edges.map((e) => keyOf(e.node)), ...rest]).toEqual(all);
  });

  it('does not pass a change whose id was taken by a transaction that commits later', async () => {
    const before = await feed(national, { after: start, first: 500 });
    expect(before.pageInfo.hasNextPage).toBe(false);
    const cursor = before.resumeCursor;
    const knex = server.orm.em.getKnex();
    const slow = await knex.transaction();
    // An older writer takes the lower sequence id and is still running…
    const [row] = (
      await slow.raw(
        `insert into assessment_history (assessment_id, version, answer_boolean, met, changed_at)
         select assessment_id, version, answer_boolean, met, now() from assessment_history where id = ? returning id`,
        [expected.lamThaoParty.historyId],
      )
    ).rows;
    // …while a later answer commits first with a higher one.
    const later = await answerSomething(await server.login('lamthao.mttq'), CAMPAIGN.bacNinh);
    expect(Number(later.historyId)).toBeGreaterThan(row.id);
    const during = await feed(national, { after: cursor, first: 500 });
    expect(during.edges).toEqual([]);
    await slow.commit();
    await settled(during.resumeCursor, `ASSESSMENT:${later.historyId}`);
    expect(await changesAfter(national, during.resumeCursor)).toEqual([
      `ASSESSMENT:${row.id}`,
      `ASSESSMENT:${later.historyId}`,
    ]);
  });

  it("feeds an overseer's verification once, as the history row it wrote", async () => {
    const cursor = (await feed(national, { after: start, first: 500 })).resumeCursor;
    const campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
    const { verificationQueue } = await ok(
      'query ($c: ID!) { verificationQueue(campaignId: $c, first: 1) { nodes { id version } } }',
      { c: campaign },
      overseer,
    );
    const [claim] = verificationQueue.nodes;
    const verified = await ok(
      `mutation ($input: VerifyAssessmentInput!) { verifyAssessment(input: $input) { assessment { id history(first: 500) { nodes { id kind } } } } }`,
      { input: { assessmentId: claim.id, decision: 'CONFIRM', expectedVersion: claim.version } },
      overseer,
    );
    const written = verified.verifyAssessment.assessment.history.nodes.slice(-1)[0];
    expect(written.kind).toBe('VERIFICATION');
    await settled(cursor, `ASSESSMENT:${written.id}`);
    const { changes } = await ok(
      'query ($after: String) { changes(after: $after) { nodes { kind assessment { id verification } assessmentChange { id kind verification verifiedBy { fullName } } } } }',
      { after: cursor },
      bacNinhToken,
    );
    expect(changes.nodes).toEqual([
      {
        kind: 'ASSESSMENT',
        assessment: { id: claim.id, verification: 'CONFIRMED' },
        assessmentChange: {
          id: written.id,
          kind: 'VERIFICATION',
          verification: 'CONFIRMED',
          verifiedBy: { fullName: expect.any(String) },
        },
      },
    ]);
  });

  it('refuses a malformed cursor or page size with BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'not-a-cursor' }, { first: 0 }, { first: 501 }]) {
      const result = await server.request(FEED, variables, national);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('counts what the database holds: every history row after the start is in the feed', async () => {
    const [row] = await query<{ rows: number }>(
      server.orm.em.fork(),
      sql`select count(*)::int as rows from assessment_history where changed_at >= now() - interval '1 hour'`,
    );
    const assessments = (await changesAfter(national, start)).filter((k) => k.startsWith('ASSESSMENT:'));
    expect(assessments).toHaveLength(row.rows);
  });
});
