import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookOf } from '../support/import-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * docs/api.md promises tool authors that its worked examples run as written. This test reads the
 * document, takes each example's ```graphql text and ```json variables verbatim, substitutes only
 * the documented <PLACEHOLDER> ids, runs them with an API token of Bắc Ninh and checks the results
 * the document describes.
 */
const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');

interface Example {
  title: string;
  query: string;
  variablesText: string;
  description: string;
}

function examples(): Example[] {
  const sections = doc
    .split(/^### /m)
    .slice(1)
    .filter((s) => /^Example \d/.test(s));
  return sections.map((section) => {
    const title = section.slice(0, section.indexOf('\n'));
    const blocks = [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
    const [graphql, json] = blocks;
    if (blocks.length !== 2 || graphql[1] !== 'graphql' || json[1] !== 'json') {
      throw new Error(`"${title}" must have exactly one graphql block followed by one json block`);
    }
    return {
      title,
      query: graphql[2],
      variablesText: json[2],
      description: section.slice(json.index! + json[0].length).trim(),
    };
  });
}

/** The placeholders of the document's table, and the lookups the table describes. */
const PLACEHOLDER_LOOKUPS: Record<string, (token: string) => Promise<string>> = {
  '<CAMPAIGN_ID>': async (token) =>
    (await ok('{ campaign(code: "bac-ninh-phu-xanh-2026-01") { id } }', {}, token)).campaign.id,
  '<PROVINCE_ID>': async (token) => (await ok('{ province(code: "bac-ninh") { id } }', {}, token)).province.id,
  '<UNIT_ID>': async (token) =>
    (
      await ok('{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc } } } }', {}, token)
    ).communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY').id,
  '<ASSESSMENT_ID>': async (token) => {
    const example3 = examples().find((e) => e.title.startsWith('Example 3'))!;
    const result = await ok(example3.query, await variablesOf(example3, token), token);
    return result.unit.pendingWork.items.find((i: { criterion: { code: string } }) => i.criterion.code === 'XA-DU-05')
      .assessment.id;
  },
  // Authoring needs a person's session: an API token is read-only.
  '<DRAFT_CAMPAIGN_ID>': async () => (await run(7, {}, overseer)).createCampaign.id,
};

let server: TestServer;
let token: string;
let overseer: string;
const resolved = new Map<string, string>();

async function ok(query: string, variables: Record<string, unknown>, as: string): Promise<any> {
  const result = await server.request(query, variables, as);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** The id a documented placeholder stands for, looked up once as the document describes. */
async function placeholder(name: string, as: string = token): Promise<string> {
  if (!resolved.has(name)) resolved.set(name, await PLACEHOLDER_LOOKUPS[name](as));
  return resolved.get(name)!;
}

/** The example's variables exactly as written, with each documented placeholder replaced by its id. */
async function variablesOf(example: Example, as: string): Promise<Record<string, unknown>> {
  const substitute = async (value: unknown): Promise<unknown> => {
    if (typeof value === 'string' && /^<[A-Z_]+>$/.test(value)) {
      if (!PLACEHOLDER_LOOKUPS[value]) throw new Error(`${example.title}: ${value} is not a documented placeholder`);
      return placeholder(value, as);
    }
    if (Array.isArray(value)) return Promise.all(value.map(substitute));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await substitute(v)])),
      );
    }
    return value;
  };
  return (await substitute(JSON.parse(example.variablesText))) as Record<string, unknown>;
}

async function run(number: number, overrides: Record<string, unknown> = {}, as: string = token): Promise<any> {
  const example = examples().find((e) => e.title.startsWith(`Example ${number} `))!;
  return ok(example.query, { ...(await variablesOf(example, as)), ...overrides }, as);
}

function description(number: number): string {
  return examples()
    .find((e) => e.title.startsWith(`Example ${number} `))!
    .description.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  server = await startTestServer();
  // As the document says: a province overseer creates a read-only API token for the province.
  overseer = await server.login('bacninh.giamsat');
  const province = await ok('{ province(code: "bac-ninh") { id } }', {}, overseer);
  const created = await ok(
    'mutation ($p: ID!) { createApiToken(input: { name: "Tài liệu API — ví dụ", provinceId: $p }) { token } }',
    { p: province.province.id },
    overseer,
  );
  token = created.createApiToken.token;
  expect(token).toMatch(/^pxa_/);
});
afterAll(() => server.close());

describe('docs/api.md', () => {
  it('has eight worked examples, each a graphql block and its json variables, using only documented placeholders', () => {
    const found = examples();
    expect(found.map((e) => e.title.slice(0, 9))).toEqual([
      'Example 1',
      'Example 2',
      'Example 3',
      'Example 4',
      'Example 5',
      'Example 6',
      'Example 7',
      'Example 8',
    ]);
    const table = doc.slice(doc.indexOf('| placeholder |'), doc.indexOf('### Example 1'));
    const used = new Set(found.flatMap((e) => e.variablesText.match(/<[A-Z_]+>/g) ?? []));
    for (const placeholder of used) {
      expect(table).toContain(`\`${placeholder}\``);
      expect(Object.keys(PLACEHOLDER_LOOKUPS)).toContain(placeholder);
    }
    expect([...used].sort()).toEqual(Object.keys(PLACEHOLDER_LOOKUPS).sort());
  });

  it('copies the error codes of README.md exactly', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const codeTable = (text: string) => {
      const start = text.indexOf('| code | meaning |');
      return text.slice(start, text.indexOf('\n\n', start)).split('\n');
    };
    expect(codeTable(doc)).toEqual(codeTable(readme));
    expect(codeTable(doc).length).toBeGreaterThan(5);
  });

  it('Example 1: Bắc Ninh has 99 communes, 61 GREEN, 38 YELLOW, none RED; Lâm Thao is YELLOW', async () => {
    const { province } = await run(1);
    expect(province.name).toBe('Bắc Ninh');
    expect(province.statusCounts).toMatchObject({ green: 61, yellow: 38, red: 0, total: 99 });
    expect(province.communes.totalCount).toBe(99);
    expect(province.communes.pageInfo.hasNextPage).toBe(false);
    const statuses = province.communes.nodes.map((c: { status: string }) => c.status);
    expect(statuses).toHaveLength(99);
    expect(statuses.filter((s: string) => s === 'GREEN')).toHaveLength(61);
    expect(statuses.filter((s: string) => s === 'YELLOW')).toHaveLength(38);
    expect(province.communes.nodes.find((c: { name: string }) => c.name === 'Xã Lâm Thao').status).toBe('YELLOW');
    expect(description(1)).toContain('**99 communes**');
    expect(description(1)).toContain('**61 GREEN**, 38 YELLOW and 0 RED');
  });

  it('Example 2: 9 named Party criteria; XA-DU-01 is met by 74 of 99 Bắc Ninh communes (74.75 %)', async () => {
    const { criteria } = await run(2);
    expect(criteria).toHaveLength(9);
    expect(criteria[0].code).toBe('XA-DU-01');
    const first = criteria.find((c: { code: string }) => c.code === 'XA-DU-01');
    expect(first.text).toContain('quản lý cán bộ');
    expect(first.provinceResults).toEqual([{ province: { name: 'Bắc Ninh' }, met: 74, total: 99, ratePercent: 74.75 }]);
    expect(description(2)).toContain('the **9** Party-bloc commune criteria the reports name, `XA-DU-01` first');
    expect(description(2)).toContain('**Bắc Ninh 74/99, 74.75 %**');
  });

  it('Example 3: Đảng ủy Xã Lâm Thao is YELLOW, 17 of 18, with XA-DU-05 pending (LOCAL, 0 days left)', async () => {
    const { unit } = await run(3);
    expect(unit.name).toBe('Đảng ủy Xã Lâm Thao');
    expect(unit.pendingWork.status).toEqual({ status: 'YELLOW', met: 17, due: 18, total: 18 });
    expect(unit.pendingWork.items).toEqual([
      {
        criterion: {
          code: 'XA-DU-05',
          text: expect.stringContaining('chuyển đổi số vào chương trình kiểm tra, giám sát năm 2025'),
        },
        dueDate: '2026-01-10',
        daysLeft: 0,
        authority: 'LOCAL',
        solution: { text: expect.stringContaining('thẩm quyền của địa phương') },
        assessment: { id: expect.any(String) },
      },
    ]);
    expect(description(3)).toContain('**YELLOW, 17 of 18**');
    expect(description(3)).toContain('criterion **XA-DU-05**');
    expect(description(3)).toContain('2026-01-10, 0 days left, authority `LOCAL`');
  });

  it('Example 4: the answer to XA-DU-05 has one history row since 1 January 2026, none after the import', async () => {
    const { assessment } = await run(4);
    expect(assessment).toEqual({
      criterion: { code: 'XA-DU-05' },
      unit: { name: 'Đảng ủy Xã Lâm Thao' },
      met: false,
      version: 1,
      history: {
        totalCount: 1,
        nodes: [{ version: 1, met: false, answer: { boolean: false }, changedAt: '2026-01-10T01:00:00.000Z' }],
      },
    });
    expect(description(4)).toContain('changed at `2026-01-10T01:00:00.000Z`');
    const later = await run(4, { since: '2026-01-10T01:00:00.001Z' });
    expect(later.assessment.history).toEqual({ totalCount: 0, nodes: [] });
    expect(description(4)).toContain('A `since` after that instant returns no rows (`totalCount: 0`)');
  });

  it('Example 5: exports the 90 unmet answers of Bắc Ninh in two pages, 50 then 40', async () => {
    const first = (await run(5)).assessments;
    expect(first.totalCount).toBe(90);
    expect(first.nodes).toHaveLength(50);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await run(5, { after: first.pageInfo.endCursor })).assessments;
    expect(second.totalCount).toBe(90);
    expect(second.nodes).toHaveLength(40);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.nodes, ...second.nodes];
    expect(new Set(all.map((a: { id: string }) => a.id)).size).toBe(90);
    expect(
      all.every((a: { met: boolean; unit: { commune: unknown } }) => a.met === false && a.unit.commune !== null),
    ).toBe(true);
    const lamThaoParty = await placeholder('<ASSESSMENT_ID>');
    expect(all.find((a: { id: string }) => a.id === lamThaoParty)).toMatchObject({
      criterion: { code: 'XA-DU-05', bloc: 'PARTY' },
      unit: { name: 'Đảng ủy Xã Lâm Thao', commune: { name: 'Xã Lâm Thao' } },
    });
    expect(description(5)).toContain('50 of **90** unmet answers');
    expect(description(5)).toContain('remaining **40** with `hasNextPage: false`');
  });

  it('Example 6: the change feed hands out 100 answers since 10 January 2026, then the next 100 from resumeCursor', async () => {
    const first = (await run(6)).changes;
    expect(first.nodes).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    for (const node of first.nodes) {
      expect(node).toMatchObject({
        kind: 'ASSESSMENT',
        changedAt: '2026-01-10T01:00:00.000Z',
        assessmentChange: { kind: 'ANSWER' },
      });
    }
    const second = (await run(6, { after: first.resumeCursor, since: null })).changes;
    expect(second.nodes).toHaveLength(100);
    const ids = [...first.nodes, ...second.nodes].map(
      (n: { assessmentChange: { id: string } }) => n.assessmentChange.id,
    );
    expect(new Set(ids).size).toBe(200);
    expect(description(6)).toContain('the first **100** changes');
    expect(description(6)).toContain('returns the **next 100**, none of them repeated');
  });

  it('Example 7: a province overseer creates a draft campaign of the province, code made from the name', async () => {
    const draftId = await placeholder('<DRAFT_CAMPAIGN_ID>');
    const { campaign } = await ok(
      `{ campaign(id: "${draftId}") { code name state level blocs deadline redBelowPercent countUnverifiedClaims province { code } } }`,
      {},
      overseer,
    );
    expect(campaign).toEqual({
      code: 'phu-xanh-thang-6-2026',
      name: 'Phủ xanh tháng 6/2026',
      state: 'DRAFT',
      level: 'COMMUNE',
      blocs: ['PEOPLES_COMMITTEE'],
      deadline: '2026-06-30',
      redBelowPercent: 50,
      countUnverifiedClaims: true,
      province: { code: 'bac-ninh' },
    });
    expect(description(7)).toContain('the code **`phu-xanh-thang-6-2026`** made from the name');
    // The same example with the read-only API token, and without a province as a province overseer: refused.
    const example = examples().find((e) => e.title.startsWith('Example 7 '))!;
    const byToken = await server.request(example.query, await variablesOf(example, token), token);
    expect(byToken.errors![0].extensions!.code).toBe('FORBIDDEN');
    const national = await server.request(
      example.query,
      { input: { ...((await variablesOf(example, overseer)).input as object), provinceId: undefined } },
      overseer,
    );
    expect(national.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(description(7)).toContain('a province overseer gets `FORBIDDEN`');
  });

  it('Example 8: adds the satisfaction indicator CT-14 (PERCENT ≥ 98 %) to the draft; a target of 120 lists its field error', async () => {
    const { addCriterion } = await run(8, {}, overseer);
    expect(addCriterion).toMatchObject({
      code: 'CT-14',
      bloc: 'PEOPLES_COMMITTEE',
      answerType: 'PERCENT',
      measureUnit: '%',
      comparator: 'GTE',
      target: 98,
      allowsNotApplicable: false,
      dueDate: '2026-06-30',
      position: 1,
    });
    expect(description(8)).toContain('Returns criterion **`CT-14`**, `position: 1`, `measureUnit: "%"`');
    const example = examples().find((e) => e.title.startsWith('Example 8 '))!;
    const variables = await variablesOf(example, overseer);
    const bad = await server.request(
      example.query,
      { ...variables, input: { ...(variables.input as object), code: 'CT-15', target: 120 } },
      overseer,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'target', message: 'Tỷ lệ phần trăm phải từ 0 đến 100.' }],
    });
    expect(description(8)).toContain('`{ "field": "target", "message": "Tỷ lệ phần trăm phải từ 0 đến 100." }`');
  });

  it('states the limits the server enforces: page size 1–500 and a 1 MB body', async () => {
    const tooBig = await server.request('{ communes(first: 501) { totalCount } }', {}, token);
    expect(tooBig.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const maxPage = await server.request('{ communes(first: 500) { totalCount } }', {}, token);
    expect(maxPage.errors).toBeUndefined();
    const huge = await server.request(`{ provinces { code } } # ${'x'.repeat(1_100_000)}`, {}, token);
    expect(huge.status).toBe(413);
    expect(huge.errors![0].extensions!.code).toBe('BAD_REQUEST');
    expect(doc).toContain('| page size (`first`) | 1–500 rows per page (default 50) | `BAD_USER_INPUT` |');
    expect(doc).toContain('| request body | 1 MB of JSON | HTTP 413 with `BAD_REQUEST` |');
  });

  it('the API token is read-only, as the document says', async () => {
    const write = await server.request(
      'mutation ($u: ID!) { answerCriterion(input: { unitId: $u, criterionId: "1", boolean: true }) { assessment { met } } }',
      { u: await placeholder('<UNIT_ID>') },
      token,
    );
    expect(write.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('docs/api.md, "Import example — import answers"', () => {
  const section = doc.slice(doc.indexOf('### Import example — import answers'));
  const block = (language: string) => new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(section)![1];

  /** The request as written: its method and path, and its headers with the documented placeholders replaced. */
  async function documentedRequest(officer: string): Promise<{ method: string; path: string; headers: Headers }> {
    const [requestLine, ...headerLines] = block('http').trim().split('\n');
    const [method, path] = requestLine.split(' ');
    const headers = new Headers(
      headerLines
        .map((line) => line.split(': ') as [string, string])
        .map(([k, v]): [string, string] => [k, v.replace('<TOKEN>', officer)]),
    );
    return { method, path: path.replace('<CAMPAIGN_ID>', await placeholder('<CAMPAIGN_ID>')), headers };
  }

  /** The sheet block as an .xlsx: its first line the headers, the others the rows, cells split at " | ". */
  const sheetFile = (text: string) =>
    workbookOf([
      {
        name: 'Kết quả',
        rows: text
          .trim()
          .split('\n')
          .map((line) => line.split(' | ')),
      },
    ]);

  it('runs as written: the dry run answers the documented report, the apply writes, a bad value is listed', async () => {
    const officer = await server.login('lamthao.dang');
    const { method, path, headers } = await documentedRequest(officer);
    const send = async (target: string, body: Buffer) => {
      const response = await fetch(server.url.replace(/\/graphql$/, target), {
        method,
        headers,
        body: new Uint8Array(body),
      });
      return { status: response.status, body: await response.json() };
    };
    const sheet = block('sheet');
    const dryRun = await send(path, await sheetFile(sheet));
    expect(dryRun).toEqual({ status: 200, body: JSON.parse(block('json')) });

    const bad = await send(path, await sheetFile(sheet.replace('| Có |', '| Có lẽ |')));
    expect(bad.body.errors).toEqual([
      {
        sheet: 'Kết quả',
        row: 2,
        column: 'Kết quả',
        code: 'INVALID_ANSWER',
        message: expect.stringContaining('Có lẽ'),
      },
    ]);
    const refused = await send(
      path.replace('mode=dryRun', 'mode=apply'),
      await sheetFile(sheet.replace('| Có |', '| Có lẽ |')),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].extensions.code).toBe('IMPORT_ROWS_INVALID');

    const applied = await send(path.replace('mode=dryRun', 'mode=apply'), await sheetFile(sheet));
    expect(applied).toMatchObject({ status: 200, body: { applied: true, errors: [] } });
    const answer = await server.request(
      'query ($id: ID!) { assessment(id: $id) { met version evidence { documentNumber documentDate } } }',
      { id: await placeholder('<ASSESSMENT_ID>') },
      officer,
    );
    expect(answer.data!.assessment).toEqual({
      met: true,
      version: 2,
      evidence: { documentNumber: '15/QĐ-ĐU', documentDate: '2026-01-12' },
    });
    expect(section).toContain('`mode=apply` writes it (`"applied": true`)');
  });
});
