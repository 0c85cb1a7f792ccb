import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/** A commune's own solution comes before its province's and the national one, and only its province sets it. */

let server: TestServer;
let campaign: string;
let criterion: string;
let lamThao: string;
let bacNinh: string;
let national: string;
let overseer: string;
beforeAll(async () => {
  server = await startTestServer();
  national = await server.login('quocgia');
  overseer = await server.login('bacninh.giamsat');
  campaign = await campaignId(server, national, CAMPAIGN.bacNinh);
  bacNinh = await provinceId(server, national, 'bac-ninh');
  const found = await server.request(
    `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { id } }
       criteria(campaignId: $c, bloc: PARTY) { id code } }`,
    { c: campaign },
    national,
  );
  lamThao = found.data!.communes.nodes[0].id;
  criterion = found.data!.criteria.find((c: { code: string }) => c.code === 'XA-DU-05').id;
});
afterAll(() => server.close());

const SET =
  'mutation ($i: SetSolutionInput!) { setSolution(input: $i) { id text commune { name } province { code } } }';
const DELETE = 'mutation ($id: ID!) { deleteSolution(id: $id) }';

/** The solution the Party officer of Lâm Thao sees on XA-DU-05. */
async function officerSees(): Promise<{
  text: string;
  commune: { name: string } | null;
  province: { code: string } | null;
}> {
  const result = await server.request(
    `query ($c: ID!) { communes(first: 1, filter: { search: "lam thao" }) { nodes { units {
       pendingWork(campaignId: $c, asOf: "2026-01-10") { items { criterion { code } authority
         solution { text commune { name } province { code } } } } } } } }`,
    { c: campaign },
    await server.login('lamthao.dang'),
  );
  expect(result.errors).toBeUndefined();
  const items = result.data!.communes.nodes[0].units[0].pendingWork.items as {
    criterion: { code: string };
    solution: { text: string; commune: { name: string } | null; province: { code: string } | null };
  }[];
  return items.find((item) => item.criterion.code === 'XA-DU-05')!.solution;
}

describe('solutions for one commune', () => {
  it('the commune officer sees the commune solution before the province one and the national one', async () => {
    const nation = await server.request(
      SET,
      { i: { criterionId: criterion, authority: 'PROVIDED_SYSTEM', text: 'Dùng phần mềm quản lý đảng viên chung.' } },
      national,
    );
    expect(nation.errors).toBeUndefined();
    // The demo's Bắc Ninh solution already stands for the province.
    expect(await officerSees()).toMatchObject({ commune: null, province: { code: 'bac-ninh' } });

    const own = await server.request(
      SET,
      {
        i: { criterionId: criterion, communeId: lamThao, authority: 'LOCAL', text: 'Xã tự số hóa hồ sơ trong tháng.' },
      },
      overseer,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.setSolution).toMatchObject({ commune: { name: 'Xã Lâm Thao' }, province: { code: 'bac-ninh' } });
    expect(await officerSees()).toEqual({
      text: 'Xã tự số hóa hồ sơ trong tháng.',
      commune: { name: 'Xã Lâm Thao' },
      province: { code: 'bac-ninh' },
    });

    // Setting it again replaces the commune's solution rather than adding a second one.
    const again = await server.request(
      SET,
      { i: { criterionId: criterion, communeId: lamThao, authority: 'BOTH', text: 'Xã số hóa, tỉnh hỗ trợ.' } },
      overseer,
    );
    expect(again.data!.setSolution.id).toBe(own.data!.setSolution.id);
    expect((await officerSees()).text).toBe('Xã số hóa, tỉnh hỗ trợ.');

    // The province page lists the commune's solution beside the province's.
    const page = await server.request(
      `query ($c: ID!) { province(code: "bac-ninh") { viewerSetsSolutions remediation(campaignId: $c, asOf: "2026-01-10") {
         blocs { bloc unmetCriteria { criterion { code } solution { province { code } commune { name } }
           communeSolutions { text commune { name } } } } } } }`,
      { c: campaign },
      overseer,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.province.viewerSetsSolutions).toBe(true);
    const party = page.data!.province.remediation.blocs.find((b: { bloc: string }) => b.bloc === 'PARTY');
    const unmet = party.unmetCriteria.find((u: { criterion: { code: string } }) => u.criterion.code === 'XA-DU-05');
    expect(unmet).toMatchObject({
      solution: { province: { code: 'bac-ninh' }, commune: null },
      communeSolutions: [{ text: 'Xã số hóa, tỉnh hỗ trợ.', commune: { name: 'Xã Lâm Thao' } }],
    });

    expect((await server.request(DELETE, { id: own.data!.setSolution.id }, overseer)).data).toEqual({
      deleteSolution: true,
    });
    const province = await officerSees();
    expect(province).toMatchObject({ commune: null, province: { code: 'bac-ninh' } });

    const provinceRow = await server.request(
      `query ($c: ID!, $p: ID) { criteria(campaignId: $c, bloc: PARTY) { code solutions(provinceId: $p) { id province { code } } } }`,
      { c: campaign, p: bacNinh },
      overseer,
    );
    const solutions = provinceRow.data!.criteria.find((c: { code: string }) => c.code === 'XA-DU-05').solutions as {
      id: string;
      province: { code: string } | null;
    }[];
    for (const own of solutions.filter((s) => s.province)) await server.request(DELETE, { id: own.id }, overseer);
    expect(await officerSees()).toEqual({
      text: 'Dùng phần mềm quản lý đảng viên chung.',
      commune: null,
      province: null,
    });
  });

  it("refuses another province's overseer and a commune outside the named province", async () => {
    const other = await server.request(
      SET,
      { i: { criterionId: criterion, communeId: lamThao, authority: 'LOCAL', text: 'Không được phép.' } },
      await server.login('thainguyen.giamsat'),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(other.errors?.[0]?.extensions?.code);
    const thaiNguyen = await provinceId(server, national, 'thai-nguyen');
    const mismatch = await server.request(
      SET,
      {
        i: {
          criterionId: criterion,
          communeId: lamThao,
          provinceId: thaiNguyen,
          authority: 'LOCAL',
          text: 'Sai tỉnh.',
        },
      },
      national,
    );
    expect(mismatch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await officerSees()).text).not.toMatch(/Không được phép|Sai tỉnh/);
  });
});
