import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let campaign: string;
let bacNinh: string;
let overseer: string;
beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('bacninh.giamsat');
  campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
  bacNinh = await provinceId(server, overseer, 'bac-ninh');
});
afterAll(() => server.close());

const ASSESSMENT = `id version met verification verificationReason verifiedAt verifiedBy { fullName }
  unit { id name commune { id } } criterion { id code }`;
const VERIFY = `mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) {
  assessment { ${ASSESSMENT} } unitStatus { status met due } communeStatus } }`;
const QUEUE = `query ($c: ID!, $p: ID, $b: Bloc, $first: Int, $after: String) {
  verificationQueue(campaignId: $c, provinceId: $p, bloc: $b, first: $first, after: $after) {
    totalCount nodes { ${ASSESSMENT} answeredAt } pageInfo { hasNextPage endCursor } } }`;
const READ = `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT}
  history { nodes { version kind met verification verificationReason verifiedBy { fullName } changedBy { fullName } } } } }`;

type Claim = {
  id: string;
  version: number;
  unit: { id: string; name: string; commune: { id: string } };
  criterion: { id: string; code: string };
};

async function queue(token: string, variables: Record<string, unknown> = {}): Promise<Claim[]> {
  const result = await server.request(QUEUE, { c: campaign, p: bacNinh, first: 500, ...variables }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.verificationQueue.nodes;
}

async function read(id: string) {
  const result = await server.request(READ, { id }, overseer);
  expect(result.errors).toBeUndefined();
  return result.data!.assessment;
}

function verify(
  token: string,
  claim: { id: string; version: number },
  decision: 'CONFIRM' | 'REJECT',
  reason?: string,
) {
  return server.request(
    VERIFY,
    { i: { assessmentId: claim.id, decision, reason, expectedVersion: claim.version } },
    token,
  );
}

async function lamThaoClaims(bloc = 'PARTY'): Promise<Claim[]> {
  return (await queue(overseer, { b: bloc })).filter((c) => c.unit.name.endsWith('Xã Lâm Thao'));
}

describe('verifying claims (xác minh)', () => {
  it('lists met, unverified claims oldest first, paged, only for those who may verify', async () => {
    const first = await server.request(QUEUE, { c: campaign, p: bacNinh, first: 3 }, overseer);
    const page = first.data!.verificationQueue;
    expect(page.nodes).toHaveLength(3);
    expect(page.totalCount).toBeGreaterThan(3);
    expect(page.nodes.every((n: any) => n.met && n.verification === 'UNVERIFIED')).toBe(true);
    const second = await server.request(
      QUEUE,
      { c: campaign, p: bacNinh, first: 3, after: page.pageInfo.endCursor },
      overseer,
    );
    const both = [...page.nodes, ...second.data!.verificationQueue.nodes];
    expect(new Set(both.map((n: any) => n.id)).size).toBe(6);
    const order = both.map((n: any) => `${n.answeredAt}|${String(n.id).padStart(10, '0')}`);
    expect(order).toEqual([...order].sort());
    for (const username of ['lamthao.dang', 'bacninh.dang', 'congcu.bacninh']) {
      const result = await server.request(QUEUE, { c: campaign, first: 5 }, await server.login(username));
      expect(result.data!.verificationQueue.totalCount).toBe(0);
    }
  });

  it('rejects with a reason (required), keeps it in the history and stops counting the claim', async () => {
    const [claim] = await lamThaoClaims();
    const noReason = await verify(overseer, claim, 'REJECT', '  ');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await read(claim.id)).version).toBe(claim.version);

    const rejected = await verify(overseer, claim, 'REJECT', 'Văn bản minh chứng không đúng nội dung tiêu chí.');
    expect(rejected.errors).toBeUndefined();
    const payload = rejected.data!.verifyAssessment;
    expect(payload.assessment).toMatchObject({
      met: true,
      verification: 'REJECTED',
      verificationReason: 'Văn bản minh chứng không đúng nội dung tiêu chí.',
      verifiedBy: { fullName: 'Nguyễn Thị Bắc' },
      version: claim.version + 1,
    });
    // Lâm Thao's Party unit met 17 of 18; the rejected claim no longer counts.
    expect(payload.unitStatus).toEqual({ status: 'YELLOW', met: 16, due: 18 });
    const stored = await read(claim.id);
    expect(stored.history.nodes.at(-1)).toEqual({
      version: claim.version + 1,
      kind: 'VERIFICATION',
      met: true,
      verification: 'REJECTED',
      verificationReason: 'Văn bản minh chứng không đúng nội dung tiêu chí.',
      verifiedBy: { fullName: 'Nguyễn Thị Bắc' },
      changedBy: { fullName: 'Nguyễn Thị Bắc' },
    });
    expect(stored.history.nodes.at(-2)).toMatchObject({ kind: 'ANSWER', verification: 'UNVERIFIED' });
    expect((await lamThaoClaims()).map((c) => c.id)).not.toContain(claim.id);

    const confirmed = await verify(
      await server.login('quocgia'),
      { id: claim.id, version: claim.version + 1 },
      'CONFIRM',
    );
    expect(confirmed.data!.verifyAssessment).toMatchObject({
      assessment: { verification: 'CONFIRMED', verificationReason: null },
      unitStatus: { met: 17 },
    });
  });

  it('verifies only claims that are met', async () => {
    const officer = await server.login('lamthao.dang');
    const unmet = await server.request(
      `query ($c: ID!) { assessments(first: 1, filter: { campaignId: $c, met: false }) { nodes { id version } } }`,
      { c: campaign },
      officer,
    );
    const claim = unmet.data!.assessments.nodes[0];
    const result = await verify(overseer, claim, 'CONFIRM');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
    expect(await read(claim.id)).toMatchObject({ version: claim.version, verification: 'UNVERIFIED' });
  });

  it('a new answer is a new claim: verification resets to UNVERIFIED', async () => {
    const [claim] = await lamThaoClaims();
    await verify(overseer, claim, 'CONFIRM');
    const officer = await server.login('lamthao.dang');
    const answered = await server.request(
      `mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { version verification verifiedBy { fullName } verifiedAt } } }`,
      {
        i: {
          unitId: claim.unit.id,
          criterionId: claim.criterion.id,
          boolean: true,
          expectedVersion: claim.version + 1,
        },
      },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerCriterion.assessment).toEqual({
      version: claim.version + 2,
      verification: 'UNVERIFIED',
      verifiedBy: null,
      verifiedAt: null,
    });
    const history = (await read(claim.id)).history.nodes;
    expect(history.slice(-2).map((h: any) => [h.kind, h.verification])).toEqual([
      ['VERIFICATION', 'CONFIRMED'],
      ['ANSWER', 'UNVERIFIED'],
    ]);
  });

  it('lets the campaign count only confirmed claims toward GREEN', async () => {
    const counts = `query ($c: ID!) { province(code: "bac-ninh") { statusCounts(campaignId: $c) { green total } } }`;
    const green = async () =>
      (await server.request(counts, { c: campaign }, overseer)).data!.province.statusCounts.green;
    const setRule = (value: boolean) =>
      server.request(
        'mutation ($id: ID!, $v: Boolean) { updateCampaign(id: $id, input: { countUnverifiedClaims: $v }) { countUnverifiedClaims } }',
        { id: campaign, v: value },
        overseer,
      );
    const before = await green();
    expect(before).toBe(61);
    // A GREEN commune: every claim of its four units is met.
    const commune = await server.request(
      `query ($c: ID!, $p: ID) { communes(first: 1, filter: { provinceId: $p, campaignId: $c, status: GREEN }) { nodes { id } } }`,
      { c: campaign, p: bacNinh },
      overseer,
    );
    const claimsOf = await server.request(
      `query ($c: ID!, $m: ID) { assessments(first: 500, filter: { campaignId: $c, communeId: $m }) { nodes { id version met } } }`,
      { c: campaign, m: commune.data!.communes.nodes[0].id },
      overseer,
    );
    const claims: { id: string; version: number; met: boolean }[] = claimsOf.data!.assessments.nodes;
    // 92 criteria, of which the 63 the reports name are listed; placeholders count as confirmed, nobody can check them.
    expect(claims.length).toBe(63);
    expect(claims.every((c) => c.met)).toBe(true);

    expect((await setRule(false)).data!.updateCampaign.countUnverifiedClaims).toBe(false);
    expect(await green()).toBe(0);
    for (const claim of claims.slice(1)) expect((await verify(overseer, claim, 'CONFIRM')).errors).toBeUndefined();
    expect(await green()).toBe(0);
    const last = await verify(overseer, claims[0], 'CONFIRM');
    expect(last.data!.verifyAssessment.communeStatus).toBe('GREEN');
    expect(await green()).toBe(1);

    await setRule(true);
    expect(await green()).toBe(before);
    // Rejected claims never count, whatever the rule.
    const rejected = await verify(
      overseer,
      { id: claims[0].id, version: claims[0].version + 1 },
      'REJECT',
      'Chưa có quyết định ban hành.',
    );
    expect(rejected.data!.verifyAssessment.communeStatus).not.toBe('GREEN');
    expect(await green()).toBe(before - 1);
  });

  it('lets only one of two overseers deciding on the same claim at once win', async () => {
    const [claim] = await lamThaoClaims('PEOPLES_COUNCIL');
    const national = await server.login('quocgia');
    const results = await Promise.all([
      verify(overseer, claim, 'CONFIRM'),
      verify(national, claim, 'REJECT', 'Minh chứng chưa đủ.'),
      verify(overseer, claim, 'REJECT', 'Thiếu văn bản.'),
      verify(national, claim, 'CONFIRM'),
    ]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors))
      expect(loser.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    const stored = await read(claim.id);
    expect(stored.version).toBe(claim.version + 1);
    expect(stored.verification).toBe(winners[0].data!.verifyAssessment.assessment.verification);
    expect(stored.history.nodes.filter((h: any) => h.kind === 'VERIFICATION')).toHaveLength(1);
  });

  it("refuses officers, leaders and API tokens, and hides other provinces' claims; nothing changes", async () => {
    const [claim] = await lamThaoClaims('PARTY');
    for (const username of ['lamthao.dang', 'lamthao.lanhdao', 'bacninh.dang', 'congcu.bacninh']) {
      const result = await verify(await server.login(username), claim, 'CONFIRM');
      expect({ username, code: result.errors?.[0].extensions?.code }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const national = await server.login('quocgia');
    const elsewhere = await server.request(
      `query ($c: ID!) { verificationQueue(campaignId: $c, first: 1) { nodes { id version unit { name } } } }`,
      { c: await campaignId(server, national, CAMPAIGN.oneStop) },
      national,
    );
    const other = elsewhere.data!.verificationQueue.nodes[0];
    const outside = await verify(overseer, other, 'CONFIRM');
    expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await read(claim.id)).toMatchObject({ version: claim.version, verification: 'UNVERIFIED' });
  });
});
