import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { loadDemoData } from '../../server/demo/load-demo';
import { buildNationalDemo } from '../../server/demo/national-demo';
import type { DemoDataSet } from '../../server/demo/demo-data-set';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { serveOrm, type TestServer } from '../support/test-server';
import { startStreamingPair, type StreamingPair } from './streaming-replica';

/**
 * With DATABASE_REPLICA_URLS the server reads from streaming replicas and writes to the
 * primary. Replay on the replica is paused to tell the two apart: what a query returns then
 * can only have come from the replica, what a mutation returns only from the primary.
 */
const BAC_NINH = 'bac-ninh';
const DATABASE = 'phuxanh';

/** The demo data of Bắc Ninh alone (its demo accounts included): enough to serve, quick to load. */
function bacNinhDemo(): DemoDataSet {
  const all = buildNationalDemo();
  const here = (code: string | null) => code === null || code === BAC_NINH;
  const campaigns = all.campaigns.filter((c) => here(c.provinceCode));
  const kept = new Set(campaigns.map((c) => c.code));
  return {
    provinces: all.provinces.filter((p) => p.code === BAC_NINH),
    communes: all.communes.filter((c) => c.provinceCode === BAC_NINH),
    campaigns,
    criteria: all.criteria.filter((c) => kept.has(c.campaignCode)),
    results: all.results.filter((r) => r.provinceCode === BAC_NINH && kept.has(r.campaignCode)),
    pastAnswers: all.pastAnswers.filter((a) => a.provinceCode === BAC_NINH && kept.has(a.campaignCode)),
    solutions: all.solutions.filter((s) => here(s.provinceCode) && kept.has(s.campaignCode)),
    tasks: all.tasks.filter((t) => here(t.provinceCode) && (!t.ownerUnit || t.ownerUnit.provinceCode === BAC_NINH)),
    obstacles: all.obstacles.filter((o) => o.provinceCode === BAC_NINH),
    recommendations: all.recommendations.filter((r) => r.provinceCode === BAC_NINH),
  };
}

const onDatabase = (serverUrl: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
};

const OWN_ASSESSMENTS = `query ($c: ID!) {
  communes(first: 5, filter: { search: "Lâm Thao" }) { nodes { name units { id
    status(campaignId: $c) { met }
    assessments(first: 100, filter: { campaignId: $c }) { nodes { id met version criterion { id answerType } } } } } }
}`;

interface OwnUnit {
  id: string;
  status: { met: number };
  assessments: {
    nodes: { id: string; met: boolean; version: number; criterion: { id: string; answerType: string } }[];
  };
}

let folder: string;
let pair: StreamingPair;
let server: TestServer;
/** A connection to the product's database on the primary, to see what was written there. */
let primaryDatabase: Client;
let nation: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'phuxanh-replicas-'));
  // Under root the servers run as the postgres account, which must reach the folder.
  chmodSync(folder, 0o755);
  pair = await startStreamingPair(folder, async (primaryUrl) => {
    const orm = await openOrm(await ensureDatabase(primaryUrl, DATABASE));
    try {
      await orm.em.fork().transactional((em) => loadDemoData(em, bacNinhDemo()));
    } finally {
      await orm.close();
    }
  });
  primaryDatabase = new Client({ connectionString: onDatabase(pair.primary.url) });
  await primaryDatabase.connect();
  server = await serveOrm(await openOrm(onDatabase(pair.primary.url), [onDatabase(pair.replica.url)]));
  nation = await server.login('quocgia');
}, 180_000);

afterAll(async () => {
  await server?.close();
  await primaryDatabase?.end();
  await pair?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('read replicas', () => {
  it('serve queries: a change not yet replayed is not seen, and is once replayed', async () => {
    const read = async () =>
      (await server.request(`{ province(code: "${BAC_NINH}") { name } }`, {}, nation)).data!.province.name;
    expect(await read()).toBe('Bắc Ninh');

    await pair.pauseReplay();
    await primaryDatabase.query("update province set name = 'Bắc Ninh (đổi tên)' where code = $1", [BAC_NINH]);
    expect(await read()).toBe('Bắc Ninh');

    await pair.resumeAndCatchUp();
    expect(await read()).toBe('Bắc Ninh (đổi tên)');
  });

  it('serve a persisted query sent as its hash alone from the replica too', async () => {
    const query = `{ province(code: "${BAC_NINH}") { name } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persisted = async (body: Record<string, unknown>) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${nation}` },
        body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      return ((await response.json()) as { data: { province: { name: string } } }).data.province.name;
    };
    const before = await persisted({ query });

    await pair.pauseReplay();
    await primaryDatabase.query("update province set name = name || ' (mới)' where code = $1", [BAC_NINH]);
    expect(await persisted({})).toBe(before);

    await pair.resumeAndCatchUp();
    expect(await persisted({})).toBe(`${before} (mới)`);
  });

  it('accept a token signed in on the primary at once, before the replica has it', async () => {
    await pair.pauseReplay();
    try {
      const token = await server.login('bacninh.giamsat');
      const result = await server.request(`{ province(code: "${BAC_NINH}") { code } }`, {}, token);
      expect(result.data?.province.code).toBe(BAC_NINH);
    } finally {
      await pair.resumeAndCatchUp();
    }
  });

  it('leave answers to the primary, which returns their figures; readers see them after replay', async () => {
    const officer = await server.login('lamthao.dang');
    const campaign = await campaignId(server, officer, CAMPAIGN.bacNinh);
    const ownUnit = async (): Promise<OwnUnit> => {
      const result = await server.request(OWN_ASSESSMENTS, { c: campaign }, officer);
      return result.data!.communes.nodes.find((c: { name: string }) => c.name === 'Xã Lâm Thao').units[0];
    };
    const before = await ownUnit();
    const assessment = before.assessments.nodes.find((a) => a.criterion.answerType === 'BOOLEAN')!;
    const delta = assessment.met ? -1 : 1;
    const historyLength = async () => {
      const { rows } = await primaryDatabase.query<{ n: number }>(
        'select count(*)::int as n from assessment_history where assessment_id = $1',
        [assessment.id],
      );
      return rows[0].n;
    };
    const earlierChanges = await historyLength();

    await pair.pauseReplay();
    const answered = await server.request(
      `mutation ($input: AnswerCriterionInput!) {
         answerCriterion(input: $input) { assessment { id met version history { totalCount } } unitStatus { met } }
       }`,
      { input: { unitId: before.id, criterionId: assessment.criterion.id, boolean: !assessment.met } },
      officer,
    );
    // The history is read after the answer's transaction, by a nested field: from the primary too.
    expect(answered.data!.answerCriterion).toEqual({
      assessment: {
        id: assessment.id,
        met: !assessment.met,
        version: assessment.version + 1,
        history: { totalCount: earlierChanges + 1 },
      },
      unitStatus: { met: before.status.met + delta },
    });
    const { rows } = await primaryDatabase.query('select met, version from assessment where id = $1', [assessment.id]);
    expect(rows[0]).toEqual({ met: !assessment.met, version: assessment.version + 1 });
    expect(await historyLength()).toBe(earlierChanges + 1);

    const paused = await ownUnit();
    expect(paused.status.met).toBe(before.status.met);
    expect(paused.assessments.nodes.find((a) => a.id === assessment.id)).toMatchObject({
      met: assessment.met,
      version: assessment.version,
    });

    await pair.resumeAndCatchUp();
    const replayed = await ownUnit();
    expect(replayed.status.met).toBe(before.status.met + delta);
    expect(replayed.assessments.nodes.find((a) => a.id === assessment.id)).toMatchObject({
      met: !assessment.met,
      version: assessment.version + 1,
    });
  });
});
