import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId, provinceId } from '../support/graphql-helpers';
import { upload, workbookOf } from '../support/import-helpers';
import { startTestServer, type TestServer } from '../support/test-server';
import { query, sql, type Sql } from '../../server/database/sql';

/**
 * Role × object × action, checked against the demo data. The expectations below restate the
 * product's rules (PRODUCT.md, issue 3) independently of the ability code.
 */

type RoleName =
  | 'national'
  | 'provinceOverseer'
  | 'provinceBlocOfficer'
  | 'communeLeader'
  | 'communeOfficer'
  | 'administrator'
  | 'apiNational'
  | 'apiBacNinh'
  | 'inspectionProvince'
  | 'inspectionCommune';

interface Place {
  province: string;
  commune: string | null;
  bloc: string;
}

/** Who reads a unit, its answers, obstacles and tasks: the product rules, per role. */
const reads: Record<RoleName, (p: Place) => boolean> = {
  national: () => true,
  apiNational: () => true,
  provinceOverseer: (p) => p.province === 'bac-ninh',
  apiBacNinh: (p) => p.province === 'bac-ninh',
  provinceBlocOfficer: (p) => p.province === 'bac-ninh' && p.bloc === 'PARTY',
  communeLeader: (p) => p.commune === 'Xã Lâm Thao',
  communeOfficer: (p) => p.commune === 'Xã Lâm Thao' && p.bloc === 'PARTY',
  administrator: () => false,
  inspectionProvince: (p) => p.province === 'bac-ninh',
  inspectionCommune: (p) => p.commune === 'Xã Lâm Thao',
};

/** Who reads a commune or a province by name: administrators too, to grant roles. */
const readsPlace: Record<RoleName, (province: string, commune: string | null) => boolean> = {
  national: () => true,
  apiNational: () => true,
  administrator: () => true,
  provinceOverseer: (province) => province === 'bac-ninh',
  apiBacNinh: (province) => province === 'bac-ninh',
  provinceBlocOfficer: (province) => province === 'bac-ninh',
  communeLeader: (province, commune) => province === 'bac-ninh' && (commune === null || commune === 'Xã Lâm Thao'),
  communeOfficer: (province, commune) => province === 'bac-ninh' && (commune === null || commune === 'Xã Lâm Thao'),
  inspectionProvince: (province) => province === 'bac-ninh',
  inspectionCommune: (province, commune) => province === 'bac-ninh' && (commune === null || commune === 'Xã Lâm Thao'),
};

/** Who answers for a unit: its own officers, while the campaign is open; nobody else. */
const answers: Record<RoleName, (p: Place) => boolean> = {
  ...Object.fromEntries(Object.keys(reads).map((r) => [r, () => false])),
  communeOfficer: (p) => p.commune === 'Xã Lâm Thao' && p.bloc === 'PARTY',
  provinceBlocOfficer: (p) => p.province === 'bac-ninh' && p.commune === null && p.bloc === 'PARTY',
} as Record<RoleName, (p: Place) => boolean>;

/** Who confirms or rejects a unit's claim (xác minh): overseers over their reach; never officers, leaders or API tokens. */
const verifies: Record<RoleName, (p: Place) => boolean> = {
  national: () => true,
  apiNational: () => false,
  provinceOverseer: (p) => p.province === 'bac-ninh',
  apiBacNinh: () => false,
  provinceBlocOfficer: () => false,
  communeLeader: () => false,
  communeOfficer: () => false,
  administrator: () => false,
  inspectionProvince: () => false,
  inspectionCommune: () => false,
};

/** Bắc Ninh's GREEN / total communes in its campaign, as each role's counts must show them. */
const bacNinhCounts: Record<RoleName, { green: number; total: number }> = {
  national: { green: 61, total: 99 },
  apiNational: { green: 61, total: 99 },
  provinceOverseer: { green: 61, total: 99 },
  apiBacNinh: { green: 61, total: 99 },
  provinceBlocOfficer: { green: 66, total: 99 },
  communeLeader: { green: 0, total: 1 },
  communeOfficer: { green: 0, total: 1 },
  administrator: { green: 0, total: 0 },
  inspectionProvince: { green: 61, total: 99 },
  inspectionCommune: { green: 0, total: 1 },
};

let server: TestServer;
const tokens = {} as Record<RoleName, string>;
let cells = 0;
const samples: {
  id: string;
  place: Place;
  assessmentId: string;
  criterionId: string;
  commune: { id: string } | null;
}[] = [];
let bacNinhCampaign: string;
/** Tasks owned by Lâm Thao's Party unit and by Bắc Ninh's province Party unit, assigned by the national overseer. */
const ownedTasks = {} as { lamThaoParty: string; bacNinhParty: string };
/** Demo reports: Lâm Thao's Party drafts in Bắc Ninh's three rounds (latest first), submitted ones elsewhere. */
const reports = {} as {
  lamThaoDrafts: string[];
  bacNinhSubmitted: string[];
  giaPhuc: string;
  phuThinh: string;
  bacNinhRound: string;
  giaPhucRecommendation: string;
  supervisionTemplate: string;
};

async function ask(role: RoleName, text: string, variables: Record<string, unknown> = {}) {
  cells++;
  return server.request(text, variables, tokens[role]);
}

const CREATE_TARGET = 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }';

async function writesSnapshot(): Promise<string> {
  const [row] = await query<{ s: string }>(
    server.orm.em.fork(),
    sql`select concat_ws('|', (select sum(version) from assessment), (select count(*) from assessment_history),
       (select count(*) from solution), (select count(*) from task), (select count(*) from task_progress_entry), (select string_agg(coalesce(closed_on::text, '-'), ',' order by id) from campaign),
       (select count(*) from app_user), (select md5(string_agg(concat(id, ':', disabled_at, ':', must_change_password, ':', password_hash), ',' order by id)) from app_user), (select count(*) from role_grant), (select count(*) from access_token where kind = 'API'),
       (select count(*) from campaign), (select string_agg(state, ',' order by id) from campaign),
       (select string_agg(concat(id, ':', position, ':', text, ':', current_version), ',' order by id) from criterion where campaign_id > 4),
       (select count(*) from criterion_version),
       (select count(*) from report_template), (select count(*) from report_schedule), (select count(*) from reporting_round),
       (select coalesce(sum(version), 0) from report_submission), (select count(*) from report_submission_version),
       (select string_agg(status || coalesce(answer, ''), ',' order by id) from recommendation where source <> 'IMPORTED')) as s`,
  );
  return row.s;
}

/**
 * The demo's province-level criteria are all placeholders, which nobody reads: a province-level
 * campaign authored and published through the API, answered by Bắc Ninh's four province bloc
 * officers, gives each province unit an answer the roles can be checked against.
 */
async function answerProvinceCampaign(): Promise<void> {
  const national = tokens.national;
  const must = async (text: string, variables: Record<string, unknown>, token: string) => {
    const result = await server.request(text, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const { createCampaign } = await must(
    'mutation { createCampaign(input: { name: "Kiểm thử cấp tỉnh", level: PROVINCE, deadline: "2026-12-31" }) { id } }',
    {},
    national,
  );
  const blocs = ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'];
  const criteria: Record<string, string> = {};
  for (const bloc of blocs) {
    const { addCriterion } = await must(
      `mutation ($c: ID!) { addCriterion(campaignId: $c, input: { bloc: ${bloc}, text: "Có kế hoạch chuyển đổi số", answerType: BOOLEAN }) { id } }`,
      { c: createCampaign.id },
      national,
    );
    criteria[bloc] = addCriterion.id;
  }
  await must('mutation ($id: ID!) { publishCampaign(id: $id) { id } }', { id: createCampaign.id }, national);
  const { province } = await must('{ province(code: "bac-ninh") { units { id bloc } } }', {}, national);
  for (const bloc of blocs) {
    const officer = await accountWith(server, { role: 'PROVINCE_BLOC_OFFICER', provinceCode: 'bac-ninh', bloc });
    const unitId = province.units.find((u: { bloc: string }) => u.bloc === bloc).id;
    await must(
      'mutation ($i: AnswerCriterionInput!) { answerCriterion(input: $i) { assessment { id } } }',
      { i: { unitId, criterionId: criteria[bloc], boolean: true } },
      officer.token,
    );
  }
}

beforeAll(async () => {
  server = await startTestServer();
  const accounts: [RoleName, string][] = [
    ['national', 'quocgia'],
    ['provinceOverseer', 'bacninh.giamsat'],
    ['provinceBlocOfficer', 'bacninh.dang'],
    ['communeLeader', 'lamthao.lanhdao'],
    ['communeOfficer', 'lamthao.dang'],
    ['administrator', 'quantri'],
    ['inspectionProvince', 'bacninh.ubkt'],
    ['inspectionCommune', 'lamthao.ubkt'],
  ];
  for (const [role, username] of accounts) tokens[role] = await server.login(username);
  bacNinhCampaign = await campaignId(server, tokens.national, CAMPAIGN.bacNinh);
  const createToken = async (creator: RoleName, provinceCode?: string) => {
    const result = await server.request(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      {
        input: {
          name: 'Công cụ kiểm thử',
          provinceId: provinceCode ? await provinceId(server, tokens.national, provinceCode) : undefined,
        },
      },
      tokens[creator],
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createApiToken.token as string;
  };
  tokens.apiNational = await createToken('national');
  tokens.apiBacNinh = await createToken('provinceOverseer', 'bac-ninh');

  await answerProvinceCampaign();
  const units = await server.request(
    `query {
       bn: province(code: "bac-ninh") { units { ...U } communes(first: 500, filter: { search: "lam thao" }) { nodes { units { ...U } } } }
       hl: communes(first: 1, filter: { search: "phuong hap linh" }) { nodes { units { ...U } } }
       hn: province(code: "ha-noi") { communes(first: 1) { nodes { units { ...U } } } }
     }
     fragment U on Unit { id bloc province { code } commune { id name }
       assessments(first: 1) { nodes { id criterion { id } } } }`,
    {},
    tokens.national,
  );
  const found = [
    ...units.data!.bn.units,
    ...units.data!.bn.communes.nodes.flatMap((c: { units: unknown[] }) => c.units),
    ...units.data!.hl.nodes.flatMap((c: { units: unknown[] }) => c.units),
  ];
  const hanoiUnit = units.data!.hn.communes.nodes[0].units.find(
    (u: { bloc: string }) => u.bloc === 'PEOPLES_COMMITTEE',
  );
  for (const unit of [...found, hanoiUnit]) {
    const [assessment] = unit.assessments.nodes;
    samples.push({
      id: unit.id,
      place: { province: unit.province.code, commune: unit.commune?.name ?? null, bloc: unit.bloc },
      assessmentId: assessment.id,
      criterionId: assessment.criterion.id,
      commune: unit.commune,
    });
  }
  expect(samples.length).toBe(13);

  const em = server.orm.em.fork();
  const ids = async (statement: Sql) => (await query<{ id: number }>(em, statement)).map((r) => String(r.id));
  const submissions = sql`select s.id from report_submission s join reporting_round r on r.id = s.round_id
    join unit u on u.id = s.unit_id join province p on p.id = s.province_id left join commune c on c.id = s.commune_id`;
  reports.lamThaoDrafts = await ids(
    sql`${submissions} where p.code = 'bac-ninh' and c.name = 'Xã Lâm Thao' and u.bloc = 'PARTY' order by r.period_start desc`,
  );
  reports.bacNinhSubmitted = await ids(
    sql`${submissions} where p.code = 'bac-ninh' and s.status = 'SUBMITTED' and c.name <> 'Xã Lâm Thao' order by s.id limit 2`,
  );
  [reports.giaPhuc] = await ids(sql`${submissions} where c.name = 'Xã Gia Phúc'`);
  [reports.phuThinh] = await ids(sql`${submissions} where c.name = 'Xã Phú Thịnh' and r.period = '2026-04'`);
  [reports.bacNinhRound] = await ids(
    sql`select r.id from reporting_round r join province p on p.id = r.province_id where p.code = 'bac-ninh' and r.due_on < current_date order by r.period_start desc limit 1`,
  );
  [reports.giaPhucRecommendation] = await ids(
    sql`select r.id from recommendation r join report_submission s on s.id = r.submission_id join commune c on c.id = s.commune_id where c.name = 'Xã Gia Phúc' limit 1`,
  );
  [reports.supervisionTemplate] = await ids(
    sql`select id from report_template where code = 'bao-cao-giam-sat-thuong-xuyen'`,
  );
  expect(reports.lamThaoDrafts).toHaveLength(3);
  expect(reports.bacNinhSubmitted).toHaveLength(2);

  const unitOf = (commune: string | null) =>
    samples.find((s) => s.place.province === 'bac-ninh' && s.place.commune === commune && s.place.bloc === 'PARTY')!.id;
  for (const [key, unit] of [
    ['lamThaoParty', unitOf('Xã Lâm Thao')],
    ['bacNinhParty', unitOf(null)],
  ] as const) {
    const created = await server.request(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { title: 'Xây dựng kế hoạch chuyển đổi số của đơn vị', ownerUnitId: unit, deadline: '2026-12-31' } },
      tokens.national,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    ownedTasks[key] = created.data.createTask.id;
  }
}, 120_000);

afterAll(async () => {
  console.log(`Authorization matrix: ${cells} cells checked.`);
  await server.close();
});

const ROLES = Object.keys(reads) as RoleName[];

describe.each(ROLES)('%s', (role) => {
  it('reads units and answers by id, in lists, nested and counted exactly as the rules say', async () => {
    for (const sample of samples) {
      const visible = reads[role](sample.place);
      const label = `${role} ${sample.place.province}/${sample.place.commune ?? '(tỉnh)'}/${sample.place.bloc}`;
      const byId = await ask(role, 'query ($id: ID!) { unit(id: $id) { id } }', { id: sample.id });
      expect({ label, byId: byId.data?.unit?.id ?? byId.errors![0].extensions!.code }).toEqual({
        label,
        byId: visible ? sample.id : 'NOT_FOUND',
      });

      const assessment = await ask(role, 'query ($id: ID!) { assessment(id: $id) { id met } }', {
        id: sample.assessmentId,
      });
      expect({ label, assessment: assessment.data?.assessment?.id ?? assessment.errors![0].extensions!.code }).toEqual({
        label,
        assessment: visible ? sample.assessmentId : 'NOT_FOUND',
      });

      const listed = await ask(
        role,
        'query ($id: ID!) { units(first: 10, filter: { provinceId: $id }) { totalCount } assessments(first: 500, filter: { unitId: $u }) { totalCount nodes { id } } }'.replace(
          '$id: ID!',
          '$id: ID!, $u: ID!',
        ),
        {
          id: await provinceId(server, tokens.national, sample.place.province),
          u: sample.id,
        },
      );
      expect({
        label,
        listed: listed.data!.assessments.nodes.some((n: { id: string }) => n.id === sample.assessmentId),
      }).toEqual({ label, listed: visible });
      expect({ label, counted: listed.data!.assessments.totalCount > 0 }).toEqual({ label, counted: visible });

      if (sample.commune) {
        const nested = await ask(role, 'query ($id: ID!) { commune(id: $id) { units { id } } }', {
          id: sample.commune.id,
        });
        const seen = nested.data?.commune?.units.some((u: { id: string }) => u.id === sample.id) ?? false;
        expect({ label, nested: seen }).toEqual({ label, nested: visible });
        expect({ label, commune: !!nested.data?.commune }).toEqual({
          label,
          commune: readsPlace[role](sample.place.province, sample.place.commune),
        });
      }
    }
  });

  it('reads provinces and communes as the rules say', async () => {
    for (const code of ['bac-ninh', 'ha-noi']) {
      const result = await ask(role, 'query ($code: String) { province(code: $code) { code } }', { code });
      expect({ role, code, seen: result.data?.province?.code === code }).toEqual({
        role,
        code,
        seen: readsPlace[role](code, null),
      });
    }
    const list = await ask(role, '{ provinces { code } communes(first: 1) { totalCount } }');
    const expectedProvinces = ['national', 'apiNational', 'administrator'].includes(role) ? 34 : 1;
    expect({ role, provinces: list.data!.provinces.length }).toEqual({ role, provinces: expectedProvinces });
    const communes = {
      national: 3321,
      apiNational: 3321,
      administrator: 3321,
      provinceOverseer: 99,
      apiBacNinh: 99,
      provinceBlocOfficer: 99,
      communeLeader: 1,
      communeOfficer: 1,
      inspectionProvince: 99,
      inspectionCommune: 1,
    }[role];
    expect({ role, communes: list.data!.communes.totalCount }).toEqual({ role, communes });
  });

  it('computes aggregates only over what the role may read', async () => {
    const result = await ask(
      role,
      'query ($c: ID!) { province(code: "bac-ninh") { statusCounts(campaignId: $c) { green total } } }',
      { c: bacNinhCampaign },
    );
    const headline = await ask(
      role,
      'query ($c: ID!) { coverageHeadline(campaignId: $c) { provinces overHalf { code } allGreen { code } } }',
      { c: bacNinhCampaign },
    );
    if (!readsPlace[role]('bac-ninh', null)) {
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
      const outcome =
        headline.errors?.[0]?.extensions?.code ?? `provinces ${headline.data!.coverageHeadline.provinces}`;
      expect(['NOT_FOUND', 'provinces 0']).toContain(outcome);
      return;
    }
    const counts = bacNinhCounts[role];
    expect({ role, counts: result.data!.province.statusCounts }).toEqual({ role, counts });
    const bacNinh = [{ code: 'bac-ninh' }];
    // A role that counts no commune of the campaign (the administrator) may not read the campaign.
    expect({ role, headline: headline.data?.coverageHeadline ?? headline.errors?.[0]?.extensions?.code }).toEqual({
      role,
      headline:
        counts.total === 0
          ? 'NOT_FOUND'
          : {
              provinces: 1,
              overHalf: counts.green * 2 > counts.total ? bacNinh : [],
              allGreen: counts.green === counts.total ? bacNinh : [],
            },
    });

    const criteria = await ask(
      role,
      'query ($c: ID!) { criteria(campaignId: $c, bloc: PARTY) { code provinceResults { met total } } }',
      { c: bacNinhCampaign },
    );
    const du01 = criteria.data?.criteria.find((c: { code: string }) => c.code === 'XA-DU-01');
    const expectedTotal = {
      provinceOverseer: 99,
      apiBacNinh: 99,
      national: 99,
      apiNational: 99,
      provinceBlocOfficer: 99,
      communeLeader: 1,
      communeOfficer: 1,
      administrator: 0,
      inspectionProvince: 99,
      inspectionCommune: 1,
    }[role];
    expect({ role, du01Total: du01?.provinceResults[0]?.total ?? 0 }).toEqual({ role, du01Total: expectedTotal });
  });

  it("sees the commune's overall colour only where the rules grant it", async () => {
    const lamThao = samples.find((s) => s.place.commune === 'Xã Lâm Thao')!.commune!;
    const result = await ask(role, 'query ($id: ID!, $c: ID!) { commune(id: $id) { status(campaignId: $c) } }', {
      id: lamThao.id,
      c: bacNinhCampaign,
    });
    // Lâm Thao fails criteria in three blocs, so every view that counts any of its units shows it not green.
    const expected = ['administrator'].includes(role) ? null : 'YELLOW';
    expect({ role, status: result.data?.commune?.status ?? null }).toEqual({ role, status: expected });
  });

  it('answers for a unit only where the rules allow, and a refusal writes nothing', async () => {
    for (const sample of samples) {
      const before = await writesSnapshot();
      const result = await ask(
        role,
        'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { id } } }',
        { u: sample.id, c: sample.criterionId },
      );
      const label = `${role} answers ${sample.place.commune ?? sample.place.province}/${sample.place.bloc}`;
      if (answers[role](sample.place)) {
        expect({ label, ok: !!result.data?.answerCriterion }).toEqual({ label, ok: true });
        continue;
      }
      const expectedCode = reads[role](sample.place) ? 'FORBIDDEN' : 'NOT_FOUND';
      expect({ label, code: result.errors?.[0]?.extensions?.code }).toEqual({
        label,
        code: role.startsWith('api') && reads[role](sample.place) ? 'FORBIDDEN' : expectedCode,
      });
      expect(await writesSnapshot()).toBe(before);
    }
  });

  it("verifies a unit's met claim only where the rules allow, and a refusal writes nothing", async () => {
    for (const sample of samples) {
      const claims = await server.request(
        'query ($u: ID!) { assessments(first: 1, filter: { unitId: $u, met: true }) { nodes { id version } } }',
        { u: sample.id },
        tokens.national,
      );
      const [claim] = claims.data!.assessments.nodes;
      const before = await writesSnapshot();
      const result = await ask(
        role,
        'mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { verification } } }',
        { i: { assessmentId: claim.id, decision: 'CONFIRM', expectedVersion: claim.version } },
      );
      const label = `${role} verifies ${sample.place.commune ?? sample.place.province}/${sample.place.bloc}`;
      if (verifies[role](sample.place)) {
        expect({ label, verification: result.data?.verifyAssessment?.assessment.verification }).toEqual({
          label,
          verification: 'CONFIRMED',
        });
        continue;
      }
      const expectedCode = reads[role](sample.place) ? 'FORBIDDEN' : 'NOT_FOUND';
      expect({ label, code: result.errors?.[0]?.extensions?.code }).toEqual({ label, code: expectedCode });
      expect(await writesSnapshot()).toBe(before);
    }
  });

  it('bulk-verifies waiting claims only where the rules allow, and a refusal writes nothing', async () => {
    for (const sample of samples) {
      const claims = await server.request(
        'query ($u: ID!) { assessments(first: 100, filter: { unitId: $u, met: true }) { nodes { id verification } } }',
        { u: sample.id },
        tokens.national,
      );
      const met: { id: string; verification: string }[] = claims.data!.assessments.nodes;
      // A unit whose every claim the earlier roles decided: an allowed role is then told so, and nothing changes.
      const claim = met.find((c) => c.verification === 'UNVERIFIED') ?? met[0];
      const before = await writesSnapshot();
      const result = await ask(
        role,
        'mutation ($i: VerifyAssessmentsInput!) { verifyAssessments(input: $i) { count assessments { verification } } }',
        { i: { assessmentIds: [claim.id], decision: 'CONFIRM' } },
      );
      const label = `${role} bulk-verifies ${sample.place.commune ?? sample.place.province}/${sample.place.bloc}`;
      if (verifies[role](sample.place) && claim.verification !== 'UNVERIFIED') {
        expect({ label, code: result.errors?.[0]?.extensions?.code }).toEqual({ label, code: 'ALREADY_VERIFIED' });
        expect(await writesSnapshot()).toBe(before);
        continue;
      }
      if (verifies[role](sample.place)) {
        expect({ label, payload: result.data?.verifyAssessments }).toEqual({
          label,
          payload: { count: 1, assessments: [{ verification: 'CONFIRMED' }] },
        });
        continue;
      }
      const expectedCode = reads[role](sample.place) ? 'FORBIDDEN' : 'NOT_FOUND';
      expect({ label, code: result.errors?.[0]?.extensions?.code }).toEqual({ label, code: expectedCode });
      expect(await writesSnapshot()).toBe(before);
    }
  });

  it('manages solutions, tasks, campaigns, accounts and API tokens only as the rules allow', async () => {
    const bacNinhId = await provinceId(server, tokens.national, 'bac-ninh');
    const criterionId = samples.find((s) => s.place.commune === 'Xã Lâm Thao' && s.place.bloc === 'PARTY')!.criterionId;
    // An account of its own for each role to disable and reset (made by the administrator, not counted as a cell).
    const target = await ask('administrator', CREATE_TARGET, {
      i: { username: `muctieu.${role.toLowerCase()}`, fullName: 'Tài khoản mục tiêu', password: 'MatKhau@2026' },
    });
    const targetId = target.data!.createUser.id as string;
    const mutations: { name: string; text: string; variables: Record<string, unknown>; allowed: RoleName[] }[] = [
      {
        name: 'setSolution for Bắc Ninh',
        text: 'mutation ($i: SetSolutionInput!) { setSolution(input: $i) { id } }',
        variables: {
          i: { criterionId, provinceId: bacNinhId, authority: 'LOCAL', text: 'Ban hành quy chế trong tuần.' },
        },
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: 'setSolution for Xã Lâm Thao',
        text: 'mutation ($i: SetSolutionInput!) { setSolution(input: $i) { id } }',
        variables: {
          i: {
            criterionId,
            communeId: samples.find((s) => s.place.commune === 'Xã Lâm Thao')!.commune!.id,
            authority: 'LOCAL',
            text: 'Xã bổ sung hồ sơ trong tuần.',
          },
        },
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: 'setSolution nation-wide',
        text: 'mutation ($i: SetSolutionInput!) { setSolution(input: $i) { id } }',
        variables: { i: { criterionId, authority: 'PROVIDED_SYSTEM', text: 'Dùng hệ thống đã triển khai.' } },
        allowed: ['national'],
      },
      {
        name: 'createTask in Bắc Ninh',
        text: 'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        variables: { i: { title: 'Rà soát tiêu chí còn thiếu', provinceId: bacNinhId, deadline: '2026-12-31' } },
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: "createTask for Lâm Thao's Party unit",
        text: 'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        variables: {
          i: {
            title: 'Số hóa hồ sơ đảng viên',
            ownerUnitId: samples.find((s) => s.place.commune === 'Xã Lâm Thao' && s.place.bloc === 'PARTY')!.id,
          },
        },
        allowed: ['national', 'provinceOverseer', 'communeLeader'],
      },
      {
        name: "reportTaskProgress on Lâm Thao's Party task",
        text: 'mutation ($id: ID!, $i: ReportTaskProgressInput!) { reportTaskProgress(id: $id, input: $i) { id } }',
        variables: { id: ownedTasks.lamThaoParty, i: { progressPercent: ROLES.indexOf(role) + 1 } },
        allowed: ['national', 'provinceOverseer', 'communeLeader', 'communeOfficer'],
      },
      {
        name: "reportTaskProgress on Bắc Ninh's province Party task",
        text: 'mutation ($id: ID!, $i: ReportTaskProgressInput!) { reportTaskProgress(id: $id, input: $i) { id } }',
        variables: { id: ownedTasks.bacNinhParty, i: { result: `Kết quả ghi bởi ${role}` } },
        allowed: ['national', 'provinceOverseer', 'provinceBlocOfficer'],
      },
      {
        name: 'updateCampaign of Bắc Ninh',
        text: 'mutation ($id: ID!) { updateCampaign(id: $id, input: { deadline: "2026-01-10" }) { id } }',
        variables: { id: bacNinhCampaign },
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: 'createUser',
        text: 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
        variables: { i: { username: `tk.${role.toLowerCase()}`, fullName: 'Tài khoản mới', password: 'MatKhau@2026' } },
        allowed: ['administrator'],
      },
      {
        name: 'setAccountDisabled',
        text: 'mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { id } }',
        variables: { id: targetId },
        allowed: ['administrator'],
      },
      {
        name: 'resetPassword',
        text: 'mutation ($id: ID!) { resetPassword(userId: $id, temporaryPassword: "TamThoi@2026") { id } }',
        variables: { id: targetId },
        allowed: ['administrator'],
      },
      {
        name: 'createApiToken for Bắc Ninh',
        text: 'mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }',
        variables: { i: { name: 'Bảng điều khiển', provinceId: bacNinhId } },
        allowed: ['national', 'provinceOverseer', 'administrator'],
      },
      {
        name: 'createApiToken nation-wide',
        text: 'mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }',
        variables: { i: { name: 'Hệ thống giám sát quốc gia' } },
        allowed: ['national', 'administrator'],
      },
    ];
    for (const mutation of mutations) {
      const before = await writesSnapshot();
      const result = await ask(role, mutation.text, mutation.variables);
      const allowed = mutation.allowed.includes(role);
      const outcome = result.errors ? result.errors[0].extensions!.code : 'OK';
      expect({ role, mutation: mutation.name, allowed: outcome === 'OK' }).toEqual({
        role,
        mutation: mutation.name,
        allowed,
      });
      if (!allowed) {
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(outcome);
        expect(await writesSnapshot()).toBe(before);
      }
    }
  });

  it('authors, publishes, closes, reopens and copies campaigns only as the rules allow', async () => {
    const bacNinhId = await provinceId(server, tokens.national, 'bac-ninh');
    // Fresh drafts for each role, made by the national overseer (not counted as cells).
    const draft = async (province?: string) => {
      const created = await server.request(
        'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
        { i: { name: `Bản nháp kiểm thử ${role}`, level: 'COMMUNE', deadline: '2026-12-31', provinceId: province } },
        tokens.national,
      );
      const id = created.data!.createCampaign.id as string;
      const added = await server.request(
        'mutation ($c: ID!) { addCriterion(campaignId: $c, input: { bloc: PARTY, text: "Có quy chế", answerType: BOOLEAN }) { id } }',
        { c: id },
        tokens.national,
      );
      return { id, criterion: added.data!.addCriterion.id as string };
    };
    const scopes = { 'Bắc Ninh': await draft(bacNinhId), 'toàn quốc': await draft() };
    const authors: Record<keyof typeof scopes, RoleName[]> = {
      'Bắc Ninh': ['national', 'provinceOverseer'],
      'toàn quốc': ['national'],
    };
    const readers: Record<keyof typeof scopes, RoleName[]> = authors;
    for (const [scope, { id, criterion }] of Object.entries(scopes) as [
      keyof typeof scopes,
      { id: string; criterion: string },
    ][]) {
      const seen = await ask(role, 'query ($id: ID!) { campaign(id: $id) { id criteria { id } } }', { id });
      expect({ role, scope, draftSeen: seen.data?.campaign?.criteria.length === 1 }).toEqual({
        role,
        scope,
        draftSeen: readers[scope].includes(role),
      });
      const actions: { name: string; text: string; variables: Record<string, unknown> }[] = [
        {
          name: 'createCampaign',
          text: 'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
          variables: {
            i: {
              name: 'Đợt mới',
              level: 'COMMUNE',
              deadline: '2026-12-31',
              provinceId: scope === 'Bắc Ninh' ? bacNinhId : undefined,
            },
          },
        },
        {
          name: 'addCriterion',
          text: 'mutation ($c: ID!) { addCriterion(campaignId: $c, input: { bloc: PARTY, text: "Có kế hoạch", answerType: BOOLEAN }) { id } }',
          variables: { c: id },
        },
        {
          name: 'updateCriterion (draft)',
          text: 'mutation ($id: ID!) { updateCriterion(id: $id, input: { bloc: PARTY, text: "Có quy chế làm việc", answerType: BOOLEAN }) { id } }',
          variables: { id: criterion },
        },
        {
          name: 'publishCampaign',
          text: 'mutation ($id: ID!) { publishCampaign(id: $id) { id } }',
          variables: { id },
        },
        {
          name: 'updateCriterion (new version)',
          text: 'mutation ($id: ID!) { updateCriterion(id: $id, input: { bloc: PARTY, text: "Có quy chế đã ban hành", answerType: BOOLEAN }) { id } }',
          variables: { id: criterion },
        },
        {
          name: 'close (updateCampaign closedOn)',
          text: 'mutation ($id: ID!) { updateCampaign(id: $id, input: { closedOn: "2026-01-01" }) { id } }',
          variables: { id },
        },
        {
          name: 'reopen (updateCampaign closedOn null)',
          text: 'mutation ($id: ID!) { updateCampaign(id: $id, input: { closedOn: null }) { id } }',
          variables: { id },
        },
        {
          name: 'copyCampaign',
          text: 'mutation ($id: ID!) { copyCampaign(id: $id, input: { name: "Kỳ sau", deadline: "2027-01-31" }) { id } }',
          variables: { id },
        },
      ];
      for (const action of actions) {
        const before = await writesSnapshot();
        const result = await ask(role, action.text, action.variables);
        const allowed = authors[scope].includes(role);
        const outcome = result.errors ? result.errors[0].extensions!.code : 'OK';
        expect({ role, scope, action: action.name, outcome: allowed ? outcome : 'refused' }).toEqual({
          role,
          scope,
          action: action.name,
          outcome: allowed ? 'OK' : 'refused',
        });
        if (!allowed) {
          expect(['FORBIDDEN', 'NOT_FOUND']).toContain(outcome);
          expect(await writesSnapshot()).toBe(before);
        }
      }
    }
  });

  it('reads, writes, submits and reviews periodic reports only as the rules allow, and a refusal writes nothing', async () => {
    const read = async (id: string) => {
      const result = await ask(role, 'query ($id: ID!) { reportSubmission(id: $id) { id } }', { id });
      return result.data?.reportSubmission?.id === id;
    };
    const draftReaders: RoleName[] = ['communeLeader', 'communeOfficer', 'provinceBlocOfficer'];
    const bacNinhReaders: RoleName[] = [
      'national',
      'apiNational',
      'provinceOverseer',
      'apiBacNinh',
      'provinceBlocOfficer',
      'inspectionProvince',
    ];
    expect({ role, lamThaoDraft: await read(reports.lamThaoDrafts[0]) }).toEqual({
      role,
      lamThaoDraft: draftReaders.includes(role),
    });
    expect({ role, bacNinhSubmitted: await read(reports.bacNinhSubmitted[1]) }).toEqual({
      role,
      bacNinhSubmitted: bacNinhReaders.includes(role),
    });
    for (const other of [reports.giaPhuc, reports.phuThinh]) {
      expect({ role, otherProvince: await read(other) }).toEqual({
        role,
        otherProvince: ['national', 'apiNational'].includes(role),
      });
    }

    const round = await ask(role, 'query ($id: ID!) { reportingRound(id: $id) { consolidation { total } } }', {
      id: reports.bacNinhRound,
    });
    const expectedTotal = {
      national: 99,
      apiNational: 99,
      provinceOverseer: 99,
      apiBacNinh: 99,
      provinceBlocOfficer: 99,
      inspectionProvince: 99,
      communeLeader: 1,
      communeOfficer: 1,
      inspectionCommune: 1,
      administrator: null,
    }[role];
    expect({ role, total: round.data?.reportingRound?.consolidation.total ?? null }).toEqual({
      role,
      total: expectedTotal,
    });

    const version = async (id: string) =>
      (
        await query<{ version: number }>(
          server.orm.em.fork(),
          sql`select version from report_submission where id = ${Number(id)}`,
        )
      )[0].version;
    const reviewTarget =
      role === 'inspectionProvince'
        ? reports.bacNinhSubmitted[0]
        : role === 'inspectionCommune'
          ? reports.lamThaoDrafts[1]
          : reports.bacNinhSubmitted[1];
    const actions: {
      name: string;
      text: string;
      variables: () => Promise<Record<string, unknown>>;
      allowed: RoleName[];
    }[] = [
      {
        name: 'saveReportDraft of Lâm Thao (Party)',
        text: 'mutation ($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { id } }',
        variables: async () => ({
          i: {
            submissionId: reports.lamThaoDrafts[0],
            expectedVersion: await version(reports.lamThaoDrafts[0]),
            values: [{ fieldKey: 'A.tinh-hinh', value: `Ghi bởi ${role}` }],
          },
        }),
        allowed: ['communeOfficer'],
      },
      {
        name: 'submitReport of Lâm Thao (Party)',
        text: 'mutation ($id: ID!) { submitReport(id: $id) { id } }',
        variables: async () => ({
          id: role === 'communeOfficer' ? reports.lamThaoDrafts[1] : reports.lamThaoDrafts[2],
        }),
        allowed: ['communeOfficer', 'communeLeader'],
      },
      {
        name: 'reviewReport (return with a comment)',
        text: 'mutation ($i: ReviewReportInput!) { reviewReport(input: $i) { id } }',
        variables: async () => ({
          i: { submissionId: reviewTarget, decision: 'RETURN', comment: `Trả lại bởi ${role}` },
        }),
        allowed: ['inspectionProvince', 'inspectionCommune'],
      },
      {
        name: 'createReportTemplate for Bắc Ninh',
        text: 'mutation ($i: CreateReportTemplateInput!) { createReportTemplate(input: $i) { id } }',
        variables: async () => ({
          i: {
            code: `mau-${role.toLowerCase()}`,
            name: 'Mẫu thử',
            title: 'Báo cáo thử',
            level: 'COMMUNE',
            reviewer: 'STEERING_COMMITTEE',
            provinceId: await provinceId(server, tokens.national, 'bac-ninh'),
            documentSymbol: 'BC-UBND',
            signatureTitle: 'CHỦ TỊCH',
            addressees: ['Ban Chỉ đạo tỉnh'],
            sections: [{ key: 'I', number: 'I', title: 'KẾT QUẢ', fields: [] }],
          },
        }),
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: 'createReportSchedule for Bắc Ninh',
        text: 'mutation ($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { id } }',
        variables: async () => ({
          i: {
            templateId: reports.supervisionTemplate,
            blocs: ['PEOPLES_COUNCIL'],
            provinceId: await provinceId(server, tokens.national, 'bac-ninh'),
            frequency: 'ONCE',
            startsOn: '2026-01-01',
            dueOn: '2026-01-31',
          },
        }),
        allowed: ['national', 'provinceOverseer'],
      },
      {
        name: 'updateRecommendationFollowUp of Gia Phúc (Hải Phòng)',
        text: 'mutation ($i: UpdateFollowUpInput!) { updateRecommendationFollowUp(input: $i) { id } }',
        variables: async () => ({ i: { id: reports.giaPhucRecommendation, answer: `Trả lời ghi bởi ${role}` } }),
        allowed: ['national'],
      },
    ];
    for (const action of actions) {
      const variables = await action.variables();
      const before = await writesSnapshot();
      const result = await ask(role, action.text, variables);
      const outcome = result.errors ? result.errors[0].extensions!.code : 'OK';
      const allowed = action.allowed.includes(role);
      expect({ role, action: action.name, outcome: allowed ? outcome : 'refused' }).toEqual({
        role,
        action: action.name,
        outcome: allowed ? 'OK' : 'refused',
      });
      if (!allowed) {
        expect({ role, action: action.name, code: ['FORBIDDEN', 'NOT_FOUND'].includes(outcome as string) }).toEqual({
          role,
          action: action.name,
          code: true,
        });
        expect(await writesSnapshot()).toBe(before);
      }
    }
  });

  it('keeps evidence notes and authors within the province and account e-mails for administrators', async () => {
    const lamThao = samples.find((s) => s.place.commune === 'Xã Lâm Thao' && s.place.bloc === 'PARTY')!;
    const result = await ask(
      role,
      'query ($id: ID!) { assessment(id: $id) { id evidence { documentNumber note } answeredBy { fullName } } }',
      { id: lamThao.assessmentId },
    );
    if (!reads[role](lamThao.place)) {
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    } else {
      const outside = ['national', 'apiNational'].includes(role);
      const forbiddenPaths = (result.errors ?? [])
        .filter((e) => e.extensions?.code === 'FORBIDDEN')
        .map((e) => e.path!.join('.'))
        .sort();
      expect({ role, forbiddenPaths }).toEqual({
        role,
        forbiddenPaths: outside ? ['assessment.answeredBy', 'assessment.evidence.note'] : [],
      });
    }
    const me = await ask(role, '{ me { username email } }');
    expect({ role, emailCode: me.errors?.[0]?.extensions?.code ?? 'OK' }).toEqual({
      role,
      emailCode: role === 'administrator' ? 'OK' : 'FORBIDDEN',
    });
  });
});

/** Audit entries by the type of object changed: monitoring changes for overseers of their reach, accounts for administrators. */
const AUDITED_TYPES = ['Assessment', 'Task', 'ApiToken', 'Session', 'User'] as const;
const readsAudit: Record<RoleName, (type: (typeof AUDITED_TYPES)[number]) => boolean> = {
  administrator: () => true,
  national: (type) => type === 'Assessment' || type === 'Task',
  provinceOverseer: (type) => type === 'Assessment' || type === 'Task',
  provinceBlocOfficer: () => false,
  communeLeader: () => false,
  communeOfficer: () => false,
  apiNational: () => false,
  apiBacNinh: () => false,
  inspectionProvince: () => false,
  inspectionCommune: () => false,
};
/** Who may learn who made a change in Bắc Ninh: roles of the province, and administrators. */
const readsActor: RoleName[] = ['administrator', 'provinceOverseer'];
/** Bắc Ninh's communes as each role counts them in "N/total communes" rankings. */
const rankingTotal: Record<RoleName, number | null> = {
  national: 99,
  apiNational: 99,
  provinceOverseer: 99,
  apiBacNinh: 99,
  provinceBlocOfficer: 99,
  communeLeader: 1,
  communeOfficer: 1,
  administrator: null,
  inspectionProvince: 99,
  inspectionCommune: 1,
};

describe.each(ROLES)('%s, counts, names and the schema', (role) => {
  beforeAll(async () => {
    // A change of each monitoring type in Bắc Ninh, so every role has entries it should or should not see.
    const lamThao = samples.find((s) => s.place.commune === 'Xã Lâm Thao' && s.place.bloc === 'PARTY')!;
    await server.request(
      'mutation ($u: ID!, $c: ID!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: true }) { assessment { id } } }',
      { u: lamThao.id, c: lamThao.criterionId },
      tokens.communeOfficer,
    );
    await server.request(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      {
        i: {
          title: 'Rà soát nhật ký',
          provinceId: await provinceId(server, tokens.national, 'bac-ninh'),
          deadline: '2026-12-31',
        },
      },
      tokens.provinceOverseer,
    );
  });

  it('counts rankings over the communes it may read', async () => {
    for (const kind of ['OBSTACLE', 'RECOMMENDATION']) {
      // No bloc: all blocs together (Phụ lục 6), over the same communes.
      for (const bloc of ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT', null]) {
        const result = await ask(
          role,
          'query ($k: ReportKind!, $b: Bloc) { province(code: "bac-ninh") { reportRanking(kind: $k, bloc: $b, limit: 5) { total } } }',
          { k: kind, b: bloc },
        );
        const totals = [...new Set(result.data?.province?.reportRanking.map((r: { total: number }) => r.total) ?? [])];
        const expected = rankingTotal[role];
        // A bloc's readers see no ranking of another bloc; a commune's readers none where their commune reported nothing.
        const blocReader = role === 'provinceBlocOfficer' || role === 'communeOfficer';
        const empty =
          expected === null ||
          (blocReader && bloc !== 'PARTY' && bloc !== null) ||
          (expected === 1 && totals.length === 0);
        expect({ role, kind, bloc, totals }).toEqual({ role, kind, bloc, totals: empty ? [] : [expected] });
      }
    }
  });

  it('reads audit entries of each type, and who made them, only as the rules say', async () => {
    for (const type of AUDITED_TYPES) {
      const counted = await ask(
        role,
        'query ($t: String) { auditEntries(first: 5, filter: { objectType: $t }) { totalCount } }',
        { t: type },
      );
      expect({ role, type, seen: (counted.data?.auditEntries.totalCount ?? 0) > 0 }).toEqual({
        role,
        type,
        seen: readsAudit[role](type),
      });
      const named = await ask(
        role,
        'query ($t: String) { auditEntries(first: 5, filter: { objectType: $t }) { nodes { username accessTokenId } } }',
        { t: type },
      );
      const outcome = named.errors?.[0]?.extensions?.code ?? (named.data!.auditEntries.nodes.length ? 'NAMED' : 'NONE');
      expect({ role, type, actors: outcome }).toEqual({
        role,
        type,
        actors: !readsAudit[role](type) ? 'NONE' : readsActor.includes(role) ? 'NAMED' : 'FORBIDDEN',
      });
    }
  });

  it("reads an answer's history only where it reads the answer", async () => {
    for (const sample of samples) {
      const result = await ask(role, 'query ($id: ID!) { assessment(id: $id) { history(first: 5) { totalCount } } }', {
        id: sample.assessmentId,
      });
      const label = `${role} history ${sample.place.commune ?? sample.place.province}/${sample.place.bloc}`;
      expect({ label, outcome: result.errors?.[0]?.extensions?.code ?? 'READ' }).toEqual({
        label,
        outcome: reads[role](sample.place) ? 'READ' : 'NOT_FOUND',
      });
    }
  });

  it('introspects the schema only when signed in', async () => {
    const signedIn = await ask(role, '{ __schema { queryType { name } } }');
    expect({ role, name: signedIn.data?.__schema.queryType.name }).toEqual({ role, name: 'Query' });
    cells++;
    const anonymous = await server.request('{ __schema { queryType { name } } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/** Who may run which Excel import: exactly who may make the same changes one at a time. */
const imports: Record<'accounts' | 'answers' | 'criteriaOfProvince' | 'criteriaOfNation', RoleName[]> = {
  accounts: ['administrator'],
  answers: ['provinceBlocOfficer', 'communeOfficer'],
  criteriaOfProvince: ['national', 'provinceOverseer'],
  criteriaOfNation: ['national'],
};

describe('Excel imports: a dry run, then an apply, only for roles that could make each change', () => {
  let files: Record<'accounts' | 'answers' | 'criteria', Buffer>;
  const lamThaoParty: Place = { province: 'bac-ninh', commune: 'Xã Lâm Thao', bloc: 'PARTY' };

  /** Criteria go into drafts only; a draft is seen by its authors alone. */
  let bacNinhDraft: string;
  let nationalDraft: string;
  const draftOf = async (author: RoleName, provinceCode?: string) => {
    const created = await server.request(
      'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      {
        i: {
          name: `Ma trận quyền — đợt dự thảo ${provinceCode ?? 'toàn quốc'}`,
          provinceId: provinceCode ? await provinceId(server, tokens[author], provinceCode) : undefined,
          level: 'COMMUNE',
          deadline: '2026-12-31',
        },
      },
      tokens[author],
    );
    return created.data!.createCampaign.id as string;
  };

  beforeAll(async () => {
    bacNinhDraft = await draftOf('provinceOverseer', 'bac-ninh');
    nationalDraft = await draftOf('national');
    const lamThao = await server.request(
      '{ communes(first: 1, filter: { search: "lam thao" }) { nodes { code } } }',
      {},
      tokens.national,
    );
    files = {
      accounts: await workbookOf([
        {
          name: 'Tài khoản',
          rows: [
            ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Mã tỉnh'],
            ['matran.giamsat', 'Người kiểm thử', 'Giám sát cấp tỉnh', 'bac-ninh'],
          ],
        },
      ]),
      answers: await workbookOf([
        {
          name: 'Kết quả',
          rows: [
            ['Mã xã', 'Khối', 'Mã tiêu chí', 'Kết quả'],
            [lamThao.data!.communes.nodes[0].code, 'Đảng ủy', 'XA-DU-01', 'Có'],
          ],
        },
      ]),
      criteria: await workbookOf([
        {
          name: 'Tiêu chí',
          rows: [
            ['Mã tiêu chí', 'Khối', 'Cấp', 'Nội dung', 'Thứ tự', 'Kiểu trả lời'],
            ['MATRAN-01', 'UBND', 'Xã', 'Tiêu chí kiểm thử', 1, 'Có/Không'],
          ],
        },
      ]),
    };
  });

  it.each(ROLES)(
    '%s',
    async (role) => {
      const cases = [
        { kind: 'accounts', allowed: imports.accounts, params: {} },
        { kind: 'answers', allowed: imports.answers, params: { campaignId: bacNinhCampaign } },
        { kind: 'criteria', allowed: imports.criteriaOfProvince, params: { campaignId: bacNinhDraft } },
        { kind: 'criteria', allowed: imports.criteriaOfNation, params: { campaignId: nationalDraft } },
      ] as const;
      for (const { kind, allowed, params } of cases) {
        const label = `${role} imports ${kind} ${JSON.stringify(params)}`;
        const before = await writesSnapshot();
        for (const mode of ['dryRun', 'apply'] as const) {
          if (mode === 'apply' && allowed.includes(role)) continue;
          cells++;
          const result = await upload(server, kind, mode, files[kind], tokens[role], params);
          if (!allowed.includes(role)) {
            // Another author's draft is not even seen: not found, where a role authoring nothing is forbidden.
            const authorsElsewhere = kind === 'criteria' && imports.criteriaOfProvince.includes(role);
            expect({ label, mode, status: result.status, code: result.body.errors?.[0]?.extensions?.code }).toEqual({
              label,
              mode,
              ...(authorsElsewhere ? { status: 404, code: 'NOT_FOUND' } : { status: 403, code: 'FORBIDDEN' }),
            });
            continue;
          }
          expect({ label, status: result.status }).toEqual({ label, status: 200 });
          // The answer row is checked with the abilities of one answer: the rows a role may not answer are refused.
          const expected =
            kind !== 'answers' || answers[role](lamThaoParty)
              ? []
              : [reads[role](lamThaoParty) ? 'FORBIDDEN' : 'NOT_FOUND'];
          expect({ label, codes: result.body.errors.map((e: { code: string }) => e.code) }).toEqual({
            label,
            codes: expected,
          });
        }
        expect(await writesSnapshot()).toBe(before);
      }
    },
    120_000,
  );
});

describe('hops through relations never reach a forbidden row, whatever aliases and fragments ask', () => {
  // Each root is asked on its own: a refused root (NOT_FOUND) would null the others' data.
  const roots = [
    'a: province(code: "bac-ninh") { communes(first: 200) { nodes { units { ...U } } } units { ...U } }',
    'b: province(code: "ha-noi") { communes(first: 5) { nodes { units { ...U } } } }',
    'c: assessments(first: 300, filter: { campaignId: $c }) { nodes { unit { ...U } } }',
    'd: obstacles(first: 200) { nodes { unit { ...U } } }',
    'e: tasks(first: 100) { nodes { ownerUnit { ...U } } }',
    'f: units(first: 200) { nodes { commune { units { ...U } } } }',
  ];
  it.each(ROLES)('%s', async (role) => {
    const responses = [];
    for (const root of roots) {
      responses.push(
        await ask(
          role,
          `query ($c: ID!) { ${root} }
           fragment U on Unit { id bloc province { code } commune { name }
             assessments(first: 20) { nodes { unit { id bloc province { code } commune { name } } } } }`.replace(
            'query ($c: ID!)',
            root.includes('$c') ? 'query ($c: ID!)' : 'query',
          ),
          root.includes('$c') ? { c: bacNinhCampaign } : {},
        ),
      );
    }
    const result = { data: responses.map((r) => r.data) };
    const reached: Place[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, any>;
      if (typeof node.bloc === 'string' && node.province) {
        reached.push({ province: node.province.code, commune: node.commune?.name ?? null, bloc: node.bloc });
      }
      Object.values(node).forEach(walk);
    };
    walk(result.data);
    const leaks = reached.filter((p) => !reads[role](p));
    expect({ role, leaks }).toEqual({ role, leaks: [] });
    if (role !== 'administrator') expect(reached.length).toBeGreaterThan(0);
  });
});

describe("notifications: a rejected claim tells the unit's officers only; each account reads and marks only its own", () => {
  const lamThaoParty: Place = { province: 'bac-ninh', commune: 'Xã Lâm Thao', bloc: 'PARTY' };
  let rejected: string;
  let notice: string;
  const ownerReadAt = async () => {
    const result = await server.request(
      '{ notifications(first: 50) { nodes { id readAt } } }',
      {},
      tokens.communeOfficer,
    );
    return result.data!.notifications.nodes.find((n: { id: string }) => n.id === notice)?.readAt ?? 'MISSING';
  };

  beforeAll(async () => {
    const unit = samples.find((s) => s.place.commune === lamThaoParty.commune && s.place.bloc === lamThaoParty.bloc)!;
    const claims = await server.request(
      'query ($u: ID!) { assessments(first: 100, filter: { unitId: $u, met: true }) { nodes { id version verification } } }',
      { u: unit.id },
      tokens.national,
    );
    const claim = claims.data!.assessments.nodes.find((c: { verification: string }) => c.verification === 'UNVERIFIED');
    const result = await server.request(
      'mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { id } } }',
      {
        i: {
          assessmentId: claim.id,
          decision: 'REJECT',
          reason: 'Minh chứng chưa đủ.',
          expectedVersion: claim.version,
        },
      },
      tokens.provinceOverseer,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    rejected = claim.id;
    const own = await server.request('{ notifications(first: 50) { nodes { id kind } } }', {}, tokens.communeOfficer);
    notice = own.data!.notifications.nodes.find((n: { kind: string }) => n.kind === 'CLAIM_REJECTED').id;
  });

  it.each(ROLES)('%s', async (role) => {
    const listed = await ask(role, '{ unreadNotificationCount notifications(first: 100) { nodes { id kind } } }');
    const told = listed.data!.notifications.nodes.some((n: { id: string }) => n.id === notice);
    expect({ role, rejected, told }).toEqual({ role, rejected, told: answers[role](lamThaoParty) });

    const before = await ownerReadAt();
    const marked = await ask(role, 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [notice] });
    const after = await ownerReadAt();
    if (role.startsWith('api')) {
      expect({ role, code: marked.errors?.[0]?.extensions?.code, same: after === before }).toEqual({
        role,
        code: 'FORBIDDEN',
        same: true,
      });
      return;
    }
    expect({ role, errors: marked.errors, marksIt: after !== before }).toEqual({
      role,
      errors: undefined,
      marksIt: role === 'communeOfficer',
    });
  });
});
