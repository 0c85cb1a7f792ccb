import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let overseer: string;
let campaign: string;
let bacNinh: string;
beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('bacninh.giamsat');
  campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
  bacNinh = await provinceId(server, overseer, 'bac-ninh');
});
afterAll(() => server.close());

const LIST = `query ($unread: Boolean, $first: Int, $after: String) {
  unreadNotificationCount
  notifications(unreadOnly: $unread, first: $first, after: $after) {
    totalCount nodes { id kind title body link readAt createdAt } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { version } } }`;
const MARK = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

async function inbox(token: string, variables: Record<string, unknown> = {}) {
  const result = await server.request(LIST, variables, token);
  expect(result.errors).toBeUndefined();
  return result.data! as {
    unreadNotificationCount: number;
    notifications: { totalCount: number; nodes: Record<string, any>[]; pageInfo: { endCursor: string } };
  };
}

/** A met, unverified claim of Lâm Thao's unit of a bloc. */
async function lamThaoClaim(bloc: string) {
  const result = await server.request(
    `query ($c: ID!, $p: ID, $b: Bloc) { verificationQueue(campaignId: $c, provinceId: $p, bloc: $b, first: 500) {
       nodes { id version unit { id name } criterion { code } } } }`,
    { c: campaign, p: bacNinh, b: bloc },
    overseer,
  );
  return result.data!.verificationQueue.nodes.find((c: any) => c.unit.name.endsWith('Xã Lâm Thao'));
}

const reject = (claim: { id: string; version: number }, reason: string) =>
  server.request(
    VERIFY,
    { i: { assessmentId: claim.id, decision: 'REJECT', reason, expectedVersion: claim.version } },
    overseer,
  );

describe('notifications (thông báo)', () => {
  it("tells the unit's officers, and nobody else, that a claim was rejected, with the reason", async () => {
    const claim = await lamThaoClaim('PARTY');
    const everyone = [
      'lamthao.dang',
      'lamthao.hdnd',
      'lamthao.lanhdao',
      'lamthao.ubkt',
      'bacninh.dang',
      'bacninh.giamsat',
      'bacninh.ubkt',
      'quocgia',
      'quantri',
      'phuthinh.ubnd',
    ];
    const tokens = Object.fromEntries(
      await Promise.all(everyone.map(async (u) => [u, await server.login(u)] as const)),
    );
    const before = Object.fromEntries(
      await Promise.all(everyone.map(async (u) => [u, (await inbox(tokens[u])).unreadNotificationCount] as const)),
    );

    const result = await reject(claim, 'Văn bản minh chứng không đúng nội dung tiêu chí.');
    expect(result.errors).toBeUndefined();

    for (const username of everyone) {
      const after = await inbox(tokens[username]);
      const told = username === 'lamthao.dang';
      expect({ username, added: after.unreadNotificationCount - before[username] }).toEqual({
        username,
        added: told ? 1 : 0,
      });
    }
    const [note] = (await inbox(tokens['lamthao.dang'])).notifications.nodes;
    expect(note).toMatchObject({
      kind: 'CLAIM_REJECTED',
      title: `Kết quả tự đánh giá tiêu chí ${claim.criterion.code} bị bác bỏ`,
      link: `/don-vi/${claim.unit.id}?dot=${CAMPAIGN.bacNinh}`,
      readAt: null,
    });
    expect(note.body).toContain('Lý do: Văn bản minh chứng không đúng nội dung tiêu chí.');
    expect(note.body).toContain(claim.unit.name);
  });

  it('a refused or failed rejection tells nobody; a rejection retried on the same version adds nothing', async () => {
    const claim = await lamThaoClaim('PEOPLES_COUNCIL');
    const officer = await server.login('lamthao.hdnd');
    const count = async () => (await inbox(officer)).unreadNotificationCount;
    const start = await count();
    const refused = await server.request(
      VERIFY,
      { i: { assessmentId: claim.id, decision: 'REJECT', reason: 'Thiếu văn bản.', expectedVersion: claim.version } },
      await server.login('lamthao.lanhdao'),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(start);
    expect((await reject(claim, 'Thiếu văn bản.')).errors).toBeUndefined();
    const stale = await reject(claim, 'Thiếu văn bản.');
    expect(stale.errors?.[0].extensions?.code).toBe('VERSION_CONFLICT');
    expect(await count()).toBe(start + 1);
  });

  it('lists newest first, pages, filters unread, marks read only what is the caller’s own', async () => {
    const officer = await server.login('lamthao.dang');
    for (const bloc of ['PARTY', 'PARTY']) {
      const claim = await lamThaoClaim(bloc);
      expect((await reject(claim, 'Chưa có quyết định ban hành.')).errors).toBeUndefined();
    }
    const all = await inbox(officer);
    expect(all.notifications.totalCount).toBeGreaterThanOrEqual(3);
    const ids = all.notifications.nodes.map((n) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const first = await inbox(officer, { first: 1 });
    const second = await inbox(officer, { first: 1, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.nodes[0].id).toBe(all.notifications.nodes[1].id);

    const newest = all.notifications.nodes[0].id;
    // Another account's ids are passed over: nothing of the officer's changes.
    const other = await server.request(MARK, { ids: [newest] }, await server.login('lamthao.hdnd'));
    expect(other.errors).toBeUndefined();
    expect((await inbox(officer)).unreadNotificationCount).toBe(all.unreadNotificationCount);

    const marked = await server.request(MARK, { ids: [newest] }, officer);
    expect(marked.data!.markNotificationsRead).toBe(all.unreadNotificationCount - 1);
    const unread = await inbox(officer, { unread: true });
    expect(unread.notifications.nodes.map((n) => n.id)).not.toContain(newest);
    expect(unread.notifications.totalCount).toBe(all.unreadNotificationCount - 1);
    const read = (await inbox(officer)).notifications.nodes.find((n) => n.id === newest)!;
    expect(read.readAt).not.toBeNull();

    const bad = await server.request(MARK, { ids: ['x'] }, officer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('keeps e-mail preferences per account and kind', async () => {
    const officer = await server.login('lamthao.mttq');
    const read = `{ notificationPreferences { kind email } }`;
    const initial = await server.request(read, {}, officer);
    expect(initial.data!.notificationPreferences).toContainEqual({ kind: 'CLAIM_REJECTED', email: 'IMMEDIATE' });
    const set = await server.request(
      `mutation ($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind email } }`,
      { p: [{ kind: 'CLAIM_REJECTED', email: 'NONE' }] },
      officer,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setNotificationPreferences).toContainEqual({ kind: 'CLAIM_REJECTED', email: 'NONE' });
    expect(set.data!.setNotificationPreferences).toContainEqual({ kind: 'DEADLINE_APPROACHING', email: 'IMMEDIATE' });
    const twice = await server.request(
      `mutation { setNotificationPreferences(preferences: [{ kind: CLAIM_REJECTED, email: NONE }, { kind: CLAIM_REJECTED, email: DIGEST }]) { kind } }`,
      {},
      officer,
    );
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await server.request(read, {}, await server.login('lamthao.dang'));
    expect(other.data!.notificationPreferences).toContainEqual({ kind: 'CLAIM_REJECTED', email: 'IMMEDIATE' });
  });
});
