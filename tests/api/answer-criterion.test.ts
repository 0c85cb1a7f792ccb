import { AnswerType, Comparator } from '../../server/domain/enums';
import { rebuildProgress } from '../../server/status/status.service';
import { query, sql } from '../../server/database/sql';
import { CAMPAIGN } from '../support/demo-facts';
import { accountWith, campaignId, provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
/** The province overseer reads everything in Bắc Ninh, including who answered. */
let token: string;
let bacNinhCampaign: string;

const officerOf = (communeName: string, bloc: string) =>
  accountWith(server, { role: 'COMMUNE_BLOC_OFFICER', communeName, bloc });

const ANSWER = `mutation ($input: AnswerCriterionInput!) {
  answerCriterion(input: $input) {
    assessment { id met version answer { boolean optionKeys number } evidence { documentNumber documentDate link note } answeredBy { fullName } }
    unitStatus { status met due answered total }
    communeStatus
  } }`;

interface UnitView {
  id: string;
  bloc: string;
  status: { status: string; met: number; due: number };
  assessments: {
    nodes: { id: string; version: number; criterion: { id: string; code: string; answerType: string } }[];
  };
}

async function communeUnits(communeName: string): Promise<{ communeId: string; units: UnitView[] }> {
  const result = await server.request(
    `query ($p: ID!, $search: String, $c: ID!) {
       communes(first: 5, filter: { provinceId: $p, search: $search }) { nodes { id name units {
         id bloc status(campaignId: $c) { status met due }
         assessments(first: 100, filter: { campaignId: $c, met: false }) { nodes { id version criterion { id code answerType } } }
       } } } }`,
    { p: await provinceId(server, token, 'bac-ninh'), search: communeName, c: bacNinhCampaign },
    token,
  );
  const commune = result.data!.communes.nodes.find((c: { name: string }) => c.name === communeName);
  return { communeId: commune.id, units: commune.units };
}

/** The rows that must not move when an answer is refused. */
async function snapshot() {
  const [row] = await query<{ versions: string; history: string; progress: string }>(
    server.orm.em.fork(),
    sql`select (select sum(version) from assessment)::text as versions,
            (select count(*) from assessment_history)::text as history,
            (select sum(met_count * 7 + answered_count) from unit_progress)::text as progress`,
  );
  return row;
}

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login('bacninh.giamsat');
  bacNinhCampaign = await campaignId(server, token, CAMPAIGN.bacNinh);
});
afterAll(() => server.close());

describe('answerCriterion', () => {
  it('turns the unit and, with its last unmet criterion, the commune GREEN, writing one history row', async () => {
    // Phường Hạp Lĩnh fails one listed criterion (Party XA-DU-01) and nothing else.
    const { units } = await communeUnits('Phường Hạp Lĩnh');
    const failing = units.filter((u) => u.assessments.nodes.length > 0);
    expect(failing.map((u) => [u.bloc, u.assessments.nodes.map((a) => a.criterion.code)])).toEqual([
      ['PARTY', ['XA-DU-01']],
    ]);
    const [unit] = failing;
    const [unmet] = unit.assessments.nodes;
    expect(unit.status.status).not.toBe('GREEN');
    const officer = await officerOf('Phường Hạp Lĩnh', 'PARTY');
    const before = await snapshot();

    const result = await server.request(
      ANSWER,
      {
        input: {
          unitId: unit.id,
          criterionId: unmet.criterion.id,
          boolean: true,
          expectedVersion: unmet.version,
          evidence: {
            documentNumber: '125/QĐ-ĐU',
            documentDate: '2026-01-08',
            link: 'https://example.gov.vn/vb/125',
            note: 'Đã triển khai',
          },
        },
      },
      officer.token,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.answerCriterion;
    expect(payload.assessment).toMatchObject({
      met: true,
      version: unmet.version + 1,
      answer: { boolean: true },
      answeredBy: { fullName: officer.fullName },
    });
    expect(payload.assessment.evidence).toEqual({
      documentNumber: '125/QĐ-ĐU',
      documentDate: '2026-01-08',
      link: 'https://example.gov.vn/vb/125',
      note: 'Đã triển khai',
    });
    expect(payload.unitStatus).toMatchObject({ status: 'GREEN', met: unit.status.due, due: unit.status.due });
    expect(payload.communeStatus).toBe('GREEN');

    const after = await snapshot();
    expect(Number(after.history) - Number(before.history)).toBe(1);
    const history = await server.request(
      `query ($id: ID!) { assessment(id: $id) { history(first: 10) { totalCount nodes { version met changedBy { fullName } } } } }`,
      { id: unmet.id },
      token,
    );
    expect(history.data!.assessment.history).toEqual({
      totalCount: 2,
      nodes: [
        { version: 1, met: false, changedBy: null },
        { version: 2, met: true, changedBy: { fullName: officer.fullName } },
      ],
    });

    const province = await server.request(
      `query ($c: ID!) { province(code: "bac-ninh") { statusCounts(campaignId: $c) { green total } } }`,
      { c: bacNinhCampaign },
      token,
    );
    expect(province.data!.province.statusCounts).toEqual({ green: 62, total: 99 });
  });

  it('moves a unit back when a met criterion is answered as unmet, keeping both changes', async () => {
    const { units } = await communeUnits('Xã Lâm Thao');
    const party = units.find((u) => u.bloc === 'PARTY')!;
    const [unmet] = party.assessments.nodes;
    const officer = await server.login('lamthao.dang');
    const met = await server.request(
      ANSWER,
      { input: { unitId: party.id, criterionId: unmet.criterion.id, boolean: true } },
      officer,
    );
    expect(met.data!.answerCriterion.unitStatus.status).toBe('GREEN');
    expect(met.data!.answerCriterion.communeStatus).not.toBe('GREEN');
    const unmetAgain = await server.request(
      ANSWER,
      { input: { unitId: party.id, criterionId: unmet.criterion.id, boolean: false } },
      officer,
    );
    expect(unmetAgain.data!.answerCriterion.unitStatus).toMatchObject({
      status: party.status.status,
      met: party.status.met,
    });
    expect(unmetAgain.data!.answerCriterion.assessment.version).toBe(unmet.version + 2);
  });

  describe('refuses bad answers with a clear code and changes nothing', () => {
    let unitId: string;
    let booleanCriterion: string;
    let singleChoice: { id: string };
    let multiChoice: { id: string };
    let numberCriterion: string;
    let otherLevelCriterion: string;
    let officer: string;
    let committeeOfficer: string;
    let provinceParty: { token: string; unitId: string };

    beforeAll(async () => {
      officer = (await officerOf('Xã Lục Sơn', 'PARTY')).token;
      committeeOfficer = (await officerOf('Xã Lục Sơn', 'PEOPLES_COMMITTEE')).token;
      const { units } = await communeUnits('Xã Lục Sơn');
      const party = units.find((u) => u.bloc === 'PARTY')!;
      unitId = party.id;
      booleanCriterion = party.assessments.nodes[0].criterion.id;
      const criteria = await server.request(
        `query ($c: ID!) { criteria(campaignId: $c) { id code bloc answerType } }`,
        { c: bacNinhCampaign },
        token,
      );
      const all = criteria.data!.criteria as { id: string; code: string; bloc: string; answerType: string }[];
      singleChoice = all.find((c) => c.bloc === 'PARTY' && c.answerType === AnswerType.SINGLE_CHOICE)!;
      multiChoice = all.find((c) => c.answerType === AnswerType.MULTI_CHOICE)!;
      otherLevelCriterion = all.find((c) => c.bloc === 'PARTY')!.id;
      const provinceToken = await server.login('bacninh.dang');
      const provinceUnits = await server.request(
        '{ province(code: "bac-ninh") { units { id bloc } } }',
        {},
        provinceToken,
      );
      provinceParty = {
        token: provinceToken,
        unitId: provinceUnits.data!.province.units.find((u: { bloc: string }) => u.bloc === 'PARTY').id,
      };
      // The reports name no numeric criterion; a Party one with target ≥ 98 % is added for these tests.
      const em = server.orm.em.fork();
      const [row] = await query<{ id: number }>(
        em,
        sql`insert into criterion (campaign_id, code, bloc, level, text, position, answer_type, options, passing_option_keys,
                                required_option_keys, comparator, target, min_value, max_value, is_placeholder)
         values (${Number(bacNinhCampaign)}, 'TEST-NUMBER', 'PARTY', 'COMMUNE', 'Tỷ lệ đảng viên sử dụng Sổ tay đảng viên điện tử (%)', 99,
                 'NUMBER', '[]', '[]', '[]', ${Comparator.GTE}, 98, 0, 100, false) returning id`,
      );
      await rebuildProgress(em, Number(bacNinhCampaign));
      numberCriterion = String(row.id);
    });

    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an unknown unit', () => ({ unitId: '999999', criterionId: booleanCriterion, boolean: true }), 'NOT_FOUND'],
      ['an unknown criterion', () => ({ unitId, criterionId: '999999', boolean: true }), 'NOT_FOUND'],
      ['a malformed id', () => ({ unitId: 'abc', criterionId: booleanCriterion, boolean: true }), 'BAD_USER_INPUT'],
      [
        'options for a yes/no criterion',
        () => ({ unitId, criterionId: booleanCriterion, optionKeys: ['A'] }),
        'INVALID_ANSWER',
      ],
      [
        'two kinds of answer at once',
        () => ({ unitId, criterionId: booleanCriterion, boolean: true, number: 1 }),
        'INVALID_ANSWER',
      ],
      ['no answer at all', () => ({ unitId, criterionId: booleanCriterion }), 'INVALID_ANSWER'],
      [
        'an option outside the list',
        () => ({ unitId, criterionId: singleChoice.id, optionKeys: ['Z'] }),
        'INVALID_ANSWER',
      ],
      [
        'two options for a single choice',
        () => ({ unitId, criterionId: singleChoice.id, optionKeys: ['A', 'B'] }),
        'INVALID_ANSWER',
      ],
      ['a number above the range', () => ({ unitId, criterionId: numberCriterion, number: 120 }), 'INVALID_ANSWER'],
      ['a number below the range', () => ({ unitId, criterionId: numberCriterion, number: -1 }), 'INVALID_ANSWER'],
      [
        'a stale version',
        () => ({ unitId, criterionId: booleanCriterion, boolean: true, expectedVersion: 0 }),
        'VERSION_CONFLICT',
      ],
      [
        'a link that is not http(s)',
        () => ({ unitId, criterionId: booleanCriterion, boolean: true, evidence: { link: 'javascript:alert(1)' } }),
        'BAD_USER_INPUT',
      ],
      [
        'a note over 4,000 characters',
        () => ({ unitId, criterionId: booleanCriterion, boolean: true, evidence: { note: 'x'.repeat(4001) } }),
        'BAD_USER_INPUT',
      ],
    ];

    it.each(cases)('%s', async (_name, input, code) => {
      const before = await snapshot();
      const result = await server.request(ANSWER, { input: input() }, officer);
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions!.code).toBe(code);
      expect(result.errors![0].message).not.toMatch(/at .*\.ts|stack/i);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a commune criterion for a province-level unit of the same bloc', async () => {
      const before = await snapshot();
      const result = await server.request(
        ANSWER,
        { input: { unitId: provinceParty.unitId, criterionId: otherLevelCriterion, boolean: true } },
        provinceParty.token,
      );
      expect(result.errors![0].extensions!.code).toBe('CRITERION_NOT_APPLICABLE');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a value of the wrong GraphQL type before anything runs', async () => {
      const before = await snapshot();
      const result = await server.request(
        ANSWER,
        { input: { unitId, criterionId: booleanCriterion, boolean: 'có' } },
        officer,
      );
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    });

    it('accepts a number within range and applies the target', async () => {
      const low = await server.request(
        ANSWER,
        { input: { unitId, criterionId: numberCriterion, number: 97.5 } },
        officer,
      );
      expect(low.data!.answerCriterion.assessment).toMatchObject({ met: false, answer: { number: 97.5 } });
      const high = await server.request(
        ANSWER,
        { input: { unitId, criterionId: numberCriterion, number: 98 } },
        officer,
      );
      expect(high.data!.answerCriterion.assessment).toMatchObject({ met: true, answer: { number: 98 } });
    });

    it('scores choices by the pass rule: a passing option meets, a missing required tick does not', async () => {
      const single = await server.request(
        ANSWER,
        { input: { unitId, criterionId: singleChoice.id, optionKeys: ['A'] } },
        officer,
      );
      expect(single.data!.answerCriterion.assessment.met).toBe(true);
      const notPassing = await server.request(
        ANSWER,
        { input: { unitId, criterionId: singleChoice.id, optionKeys: ['C'] } },
        officer,
      );
      expect(notPassing.data!.answerCriterion.assessment.met).toBe(false);
      const multiUnit = (await communeUnits('Xã Lục Sơn')).units.find((u) => u.bloc === 'PEOPLES_COMMITTEE')!;
      const partial = await server.request(
        ANSWER,
        { input: { unitId: multiUnit.id, criterionId: multiChoice.id, optionKeys: ['A'] } },
        committeeOfficer,
      );
      expect(partial.data!.answerCriterion.assessment.met).toBe(false);
    });
  });
});
