import { Bloc } from '../../server/domain/enums';
import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId, provinceId, readAllPages } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let token: string;
let unmetByBloc: Map<Bloc, Map<string, number>>;

interface UnmetRow {
  criterion: { code: string };
  unit: { bloc: Bloc; commune: { name: string } };
}

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login('bacninh.giamsat');
  const unmet = await readAllPages<UnmetRow>(
    server,
    token,
    `query ($filter: AssessmentFilter, $after: String) {
       assessments(first: 500, after: $after, filter: $filter) {
         nodes { criterion { code } unit { bloc commune { name } } }
         pageInfo { hasNextPage endCursor }
       } }`,
    {
      filter: {
        campaignId: await campaignId(server, token, CAMPAIGN.bacNinh),
        provinceId: await provinceId(server, token, 'bac-ninh'),
        met: false,
      },
    },
    (data) => data.assessments,
  );
  unmetByBloc = new Map();
  for (const row of unmet) {
    const counts = unmetByBloc.get(row.unit.bloc) ?? new Map<string, number>();
    counts.set(row.unit.commune.name, (counts.get(row.unit.commune.name) ?? 0) + 1);
    unmetByBloc.set(row.unit.bloc, counts);
  }
});
afterAll(() => server.close());

/** Counts, per commune, the listed criteria it fails — taken from the report's per-criterion lists alone. */
function countFromLists(bloc: Bloc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of (facts.bacNinh.blocs as Record<string, { items: { communes: string[] }[] }>)[bloc].items) {
    for (const commune of item.communes) counts.set(commune, (counts.get(commune) ?? 0) + 1);
  }
  return counts;
}

const withoutPrefix = (name: string) => name.replace(/^(Xã|Phường|Đặc khu)\s+/, '');

describe('Bắc Ninh "phủ xanh" before 10/01/2026, computed by the API', () => {
  it.each(Object.values(Bloc))("%s: commune → unmet criteria equals the report's per-criterion lists", (bloc) => {
    expect(Object.fromEntries(unmetByBloc.get(bloc) ?? [])).toEqual(Object.fromEntries(countFromLists(bloc)));
  });

  it('has 61 of 99 communes green and names the 38 others', async () => {
    const result = await server.request(
      `query ($c: ID!, $p: ID!) { province(id: $p) { statusCounts(campaignId: $c) { green total } } }`,
      { c: await campaignId(server, token, CAMPAIGN.bacNinh), p: await provinceId(server, token, 'bac-ninh') },
      token,
    );
    expect(result.data!.province.statusCounts).toEqual({ green: 61, total: 99 });
    const failing = new Set([...unmetByBloc.values()].flatMap((counts) => [...counts.keys()]));
    expect([...failing].sort()).toEqual([...facts.bacNinh.communesNamed].sort());
  });

  it('counts every commune "chưa đến hạn" on 2025-12-01, before anything was due: none green, none red', async () => {
    const c = await campaignId(server, token, CAMPAIGN.bacNinh);
    const p = await provinceId(server, token, 'bac-ninh');
    const result = await server.request(
      `query ($c: ID!, $p: ID!) { province(id: $p) {
         statusCounts(campaignId: $c, asOf: "2025-12-01") { green yellow red notDue total greenPercent }
         communes(first: 99) { nodes { status(campaignId: $c, asOf: "2025-12-01") } } } }`,
      { c, p },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.province.statusCounts).toEqual({
      green: 0,
      yellow: 0,
      red: 0,
      notDue: 99,
      total: 99,
      greenPercent: 0,
    });
    const statuses = new Set(result.data!.province.communes.nodes.map((n: { status: string }) => n.status));
    expect([...statuses]).toEqual(['NOT_DUE']);
  });

  it("names the rows where the report's hand-made summary tables are wrong", () => {
    const wrongRows: string[] = [];
    for (const bloc of Object.values(Bloc)) {
      const computed = new Map([...(unmetByBloc.get(bloc) ?? [])].map(([name, n]) => [withoutPrefix(name), n]));
      const stated = new Map<string, number[]>();
      const summary = (
        facts.bacNinh.blocs as Record<string, { statedSummary: { communes: string[]; unmet: number }[] }>
      )[bloc].statedSummary;
      for (const row of summary) {
        for (const commune of row.communes)
          stated.set(withoutPrefix(commune), [...(stated.get(withoutPrefix(commune)) ?? []), row.unmet]);
      }
      for (const name of new Set([...computed.keys(), ...stated.keys()])) {
        const says = stated.get(name) ?? [];
        const is = computed.get(name) ?? 0;
        if (says.length !== 1 || says[0] !== is)
          wrongRows.push(`${bloc} ${name}: báo cáo ghi ${says.join(' và ') || 'không có'}, thực tế ${is}`);
      }
    }
    expect(wrongRows.sort()).toEqual(
      [
        'PARTY Lục Sơn: báo cáo ghi 4, thực tế 2',
        'PARTY Tuấn Đạo: báo cáo ghi 3, thực tế 1',
        'PARTY Dương Hưu: báo cáo ghi 3, thực tế 2',
        'PARTY Trí Quả: báo cáo ghi 2, thực tế 1',
        'PARTY Xuân Lương: báo cáo ghi 2, thực tế 1',
        'PARTY Trung Chính: báo cáo ghi 2, thực tế 1',
        'PARTY Lâm Thao: báo cáo ghi 2, thực tế 1',
        'PARTY Trường Sơn: báo cáo ghi 2, thực tế 1',
        'PARTY Yên Trung: báo cáo ghi 1, thực tế 2',
        'PEOPLES_COMMITTEE Đèo Gia: báo cáo ghi không có, thực tế 4',
        'PEOPLES_COMMITTEE Biên Sơn: báo cáo ghi không có, thực tế 1',
        'FATHERLAND_FRONT Bảo Đài: báo cáo ghi không có, thực tế 3',
        'FATHERLAND_FRONT Cẩm Lý: báo cáo ghi không có, thực tế 1',
        'FATHERLAND_FRONT Kép: báo cáo ghi 3, thực tế 2',
        'FATHERLAND_FRONT Lục Sơn: báo cáo ghi 5 và 1, thực tế 5',
        'FATHERLAND_FRONT Trường Sơn: báo cáo ghi 2, thực tế 0',
        'FATHERLAND_FRONT Yên Trung: báo cáo ghi 1, thực tế 0',
        'FATHERLAND_FRONT Quang Trung: báo cáo ghi 1, thực tế 0',
      ].sort(),
    );
  });

  it("serves the province's remediation solutions with their authority", async () => {
    const c = await campaignId(server, token, CAMPAIGN.bacNinh);
    const p = await provinceId(server, token, 'bac-ninh');
    const result = await server.request(
      `query ($c: ID!, $p: ID!) { criteria(campaignId: $c, bloc: PARTY) { code solutions(provinceId: $p) { authority text province { code } } } }`,
      { c, p },
      token,
    );
    const du03 = result.data!.criteria.find((x: { code: string }) => x.code === 'XA-DU-03');
    expect(du03.solutions).toEqual([expect.objectContaining({ authority: 'LOCAL', province: { code: 'bac-ninh' } })]);
  });
});
