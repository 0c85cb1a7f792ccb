import { readDocx } from '../support/docx-text';
import { accountWith } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Tasks run by their owners (issue 13, item 6): the owner unit reports progress, result,
 * evidence and dates; the commune chair assigns the commune's own tasks; who may not is refused
 * and nothing changes.
 */
let server: TestServer;
let owner: string;
const ids = {} as Record<string, string>;

const TASK = `query ($id: ID!) { task(id: $id) { id code status progressPercent result evidence startedOn completedOn assignedBy viewerCanReport
  progressHistory { changedByName changedAt changes progressPercent result evidence startedOn completedOn } } }`;
const REPORT = `mutation ($id: ID!, $i: ReportTaskProgressInput!) { reportTaskProgress(id: $id, input: $i) {
  id status progressPercent result evidence startedOn completedOn progressHistory { changedByName changes } } }`;

async function taskIdByCode(code: string): Promise<string> {
  const [row] = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ id: number }[]>('select id from task where code = ?', [code]);
  return String(row.id);
}

async function stateOf(id: string) {
  const result = await server.request(TASK, { id }, await server.login('quocgia'));
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const [counts] = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ history: string; audit: string }[]>(
      `select (select count(*) from task_progress_entry where task_id = ?) as history,
              (select count(*) from audit_entry where object_type = 'Task' and object_id = ?) as audit`,
      [Number(id), id],
    );
  return { task: result.data!.task, counts };
}

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.login('phuthinh.ubnd');
  for (const code of ['PHU-THINH-02', 'PHU-THINH-03', 'PHU-THINH-07', 'PHU-THINH-08'])
    ids[code] = await taskIdByCode(code);
});
afterAll(() => server.close());

describe("the owner's report on its task", () => {
  it('records progress, result and evidence, then the completion, each as a history row and an audit entry', async () => {
    const first = await server.request(
      REPORT,
      {
        id: ids['PHU-THINH-02'],
        i: {
          progressPercent: 40,
          result: 'Đã tập huấn 2/5 lớp cho cán bộ.',
          evidence: 'https://phuthinh.gov.vn/tap-huan',
        },
      },
      owner,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.reportTaskProgress).toMatchObject({
      status: 'IN_PROGRESS',
      progressPercent: 40,
      result: 'Đã tập huấn 2/5 lớp cho cán bộ.',
      evidence: 'https://phuthinh.gov.vn/tap-huan',
      completedOn: null,
    });
    // Progress without a start date starts the task today.
    expect(first.data!.reportTaskProgress.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const done = await server.request(
      REPORT,
      { id: ids['PHU-THINH-02'], i: { completedOn: '2026-04-15', startedOn: '2026-02-01' } },
      owner,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.reportTaskProgress).toMatchObject({
      status: 'DONE_ON_TIME',
      progressPercent: 100,
      startedOn: '2026-02-01',
      completedOn: '2026-04-15',
    });

    const { task, counts } = await stateOf(ids['PHU-THINH-02']);
    expect(counts).toEqual({ history: '2', audit: '2' });
    const history = (await server.request(TASK, { id: ids['PHU-THINH-02'] }, owner)).data!.task.progressHistory;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      changedByName: 'phuthinh.ubnd',
      progressPercent: 40,
      changes: {
        progressPercent: { from: null, to: 40 },
        result: { from: null, to: 'Đã tập huấn 2/5 lớp cho cán bộ.' },
        evidence: { from: null, to: 'https://phuthinh.gov.vn/tap-huan' },
      },
    });
    expect(history[1]).toMatchObject({
      changedByName: 'phuthinh.ubnd',
      changes: { progressPercent: { from: 40, to: 100 }, completedOn: { from: null, to: '2026-04-15' } },
      completedOn: '2026-04-15',
    });
    expect(task.progressHistory).toHaveLength(2);

    // A report that changes nothing writes nothing.
    const same = await server.request(REPORT, { id: ids['PHU-THINH-02'], i: { completedOn: '2026-04-15' } }, owner);
    expect(same.errors).toBeUndefined();
    expect((await stateOf(ids['PHU-THINH-02'])).counts).toEqual({ history: '2', audit: '2' });
  });

  it('is audited with who reported and what changed', async () => {
    const overseer = await server.login('thainguyen.giamsat');
    const result = await server.request(
      `query ($id: ID) { auditEntries(first: 10, filter: { objectType: "Task", objectId: $id }) { nodes { username action changes } } }`,
      { id: ids['PHU-THINH-02'] },
      overseer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditEntries.nodes).toEqual([
      expect.objectContaining({ username: 'phuthinh.ubnd', action: 'REPORT_PROGRESS' }),
      expect.objectContaining({
        username: 'phuthinh.ubnd',
        action: 'REPORT_PROGRESS',
        changes: expect.objectContaining({ completedOn: { from: null, to: '2026-04-15' } }),
      }),
    ]);
  });

  it('lets the overseers and the inspection committee read the progress; who reported only within the province', async () => {
    await server.request(REPORT, { id: ids['PHU-THINH-03'], i: { progressPercent: 70 } }, owner);
    const inspection = await accountWith(server, { role: 'INSPECTION_COMMITTEE', provinceCode: 'thai-nguyen' });
    for (const [reader, token] of [
      ['thainguyen.giamsat', await server.login('thainguyen.giamsat')],
      ['UBKT Thái Nguyên', inspection.token],
    ]) {
      const read = await server.request(TASK, { id: ids['PHU-THINH-03'] }, token);
      expect({ reader, errors: read.errors }).toEqual({ reader, errors: undefined });
      expect(read.data!.task).toMatchObject({
        progressPercent: 70,
        progressHistory: [{ changedByName: 'phuthinh.ubnd', progressPercent: 70 }],
      });
    }
    const national = await server.request(TASK, { id: ids['PHU-THINH-03'] }, await server.login('quocgia'));
    expect(national.data!.task.progressHistory).toEqual([expect.objectContaining({ changedByName: null })]);
  });

  it('refuses officers of another unit or commune and readers, with a stable code, changing nothing', async () => {
    const id = ids['PHU-THINH-07'];
    const before = await stateOf(id);
    const partyOfficer = await accountWith(server, {
      role: 'COMMUNE_BLOC_OFFICER',
      communeName: 'Xã Phú Thịnh',
      bloc: 'PARTY',
    });
    const inspection = await accountWith(server, {
      role: 'INSPECTION_COMMITTEE',
      communeName: 'Xã Phú Thịnh',
    });
    const refused: [string, string, string][] = [
      ['another commune (Lâm Thao UBND)', await server.login('lamthao.ubnd'), 'NOT_FOUND'],
      ["another commune's leader", await server.login('lamthao.lanhdao'), 'NOT_FOUND'],
      ['another unit of Phú Thịnh (Party)', partyOfficer.token, 'NOT_FOUND'],
      ["Phú Thịnh's inspection committee", inspection.token, 'FORBIDDEN'],
      ['another province overseer', await server.login('bacninh.giamsat'), 'NOT_FOUND'],
    ];
    for (const [who, token, code] of refused) {
      const result = await server.request(REPORT, { id, i: { progressPercent: 10, result: 'Không được ghi' } }, token);
      expect({ who, code: codeOf(result), data: result.data?.reportTaskProgress ?? null }).toEqual({
        who,
        code,
        data: null,
      });
    }
    const readable = await server.request(TASK, { id }, inspection.token);
    expect(readable.data!.task.viewerCanReport).toBe(false);
    expect(await stateOf(id)).toEqual(before);
  });

  it('refuses bad input with a stable code and names the field, changing nothing', async () => {
    const id = ids['PHU-THINH-08'];
    const before = await stateOf(id);
    const cases: [string, string, Record<string, unknown>, string, string | undefined][] = [
      ['unknown id', '999999', { progressPercent: 10 }, 'NOT_FOUND', undefined],
      ['percent 150', id, { progressPercent: 150 }, 'BAD_USER_INPUT', 'progressPercent'],
      ['percent -1', id, { progressPercent: -1 }, 'BAD_USER_INPUT', 'progressPercent'],
      ['oversize result', id, { result: 'x'.repeat(4001) }, 'BAD_USER_INPUT', 'result'],
      ['oversize evidence', id, { evidence: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'evidence'],
      ['100 % without a completion date', id, { progressPercent: 100 }, 'BAD_USER_INPUT', 'completedOn'],
      ['completion in the future', id, { completedOn: '2099-01-01' }, 'BAD_USER_INPUT', 'completedOn'],
      [
        'completion before the start',
        id,
        { startedOn: '2026-03-01', completedOn: '2026-02-01' },
        'BAD_USER_INPUT',
        'completedOn',
      ],
      ['not a date', id, { completedOn: '31/02/2026' }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [name, taskId, input, code, field] of cases) {
      const result = await server.request(REPORT, { id: taskId, i: input }, owner);
      expect({ name, code: codeOf(result) }).toEqual({ name, code });
      if (field) expect({ name, field: result.errors![0].extensions!.field }).toEqual({ name, field });
    }
    expect(await stateOf(id)).toEqual(before);
  });
});

describe("the commune chair's own tasks", () => {
  it("assigns a task to one of the commune's units, which its officers then run", async () => {
    const leader = await accountWith(server, {
      role: 'COMMUNE_LEADER',
      communeName: 'Xã Phú Thịnh',
    });
    const units = await server.request(
      `{ communes(first: 5, filter: { search: "phu thinh" }) { nodes { id name units { id bloc } } } }`,
      {},
      leader.token,
    );
    const commune = units.data!.communes.nodes.find((c: { name: string }) => c.name === 'Xã Phú Thịnh');
    const committee = commune.units.find((u: { bloc: string }) => u.bloc === 'PEOPLES_COMMITTEE');
    const created = await server.request(
      `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id assignedBy deadline province { code } ownerUnit { id } } }`,
      { i: { title: 'Số hóa hồ sơ địa chính của xã', ownerUnitId: committee.id, deadline: '2026-12-31' } },
      leader.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTask).toMatchObject({
      assignedBy: 'COMMUNE_CHAIR',
      deadline: '2026-12-31',
      province: { code: 'thai-nguyen' },
      ownerUnit: { id: committee.id },
    });
    const id = created.data!.createTask.id;

    const mine = await server.request(
      `{ tasks(first: 50, filter: { reportable: true }) { nodes { id code assignedBy viewerCanReport } } }`,
      {},
      owner,
    );
    expect(mine.data!.tasks.nodes.map((t: { id: string }) => t.id)).toContain(id);
    expect(mine.data!.tasks.nodes.every((t: { viewerCanReport: boolean }) => t.viewerCanReport)).toBe(true);
    const assigned = await server.request(
      `query ($c: ID) { tasks(first: 50, filter: { communeId: $c, assignedBy: COMMUNE_CHAIR }) { nodes { id } } }`,
      { c: commune.id },
      leader.token,
    );
    // The six tasks report 001 lists as the chair's, and the new one.
    expect(assigned.data!.tasks.nodes).toHaveLength(7);

    const reported = await server.request(REPORT, { id, i: { progressPercent: 20 } }, leader.token);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportTaskProgress.progressHistory).toEqual([
      expect.objectContaining({ changes: { progressPercent: { from: null, to: 20 }, startedOn: expect.anything() } }),
    ]);
  });

  it("refuses a commune leader a task outside the commune's units", async () => {
    const leader = await server.login('lamthao.lanhdao');
    const [phuThinhUnit] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number }[]>(
        `select u.id from unit u join commune c on c.id = u.commune_id where c.name = 'Xã Phú Thịnh' limit 1`,
      );
    const [bacNinh] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number }[]>(`select id from province where code = 'bac-ninh'`);
    const [before] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from task');
    const attempts: [string, Record<string, unknown>, string][] = [
      ['a unit of another commune', { title: 'Nhiệm vụ thử', ownerUnitId: String(phuThinhUnit.id) }, 'NOT_FOUND'],
      ['a province task', { title: 'Nhiệm vụ thử', provinceId: String(bacNinh.id) }, 'FORBIDDEN'],
      ['a national task', { title: 'Nhiệm vụ thử' }, 'FORBIDDEN'],
    ];
    for (const [what, input, code] of attempts) {
      const result = await server.request(
        'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        { i: input },
        leader,
      );
      expect({ what, code: codeOf(result) }).toEqual({ what, code });
    }
    const [after] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from task');
    expect(after.n).toBe(before.n);
  });
});

describe("the periodic report's tasks appendix", () => {
  it("prints the owner's own result, progress and evidence for the tasks the report's writer left blank", async () => {
    const id = await taskIdByCode('PHU-THINH-06');
    const reported = await server.request(
      REPORT,
      { id, i: { progressPercent: 60, evidence: 'Biên bản nghiệm thu số 12/BB-UBND' } },
      owner,
    );
    expect(reported.errors).toBeUndefined();
    const drafts = await server.request(
      `{ reportSubmissions(first: 50, filter: { status: DRAFT }) { nodes { id version } } }`,
      {},
      owner,
    );
    const draft = drafts.data!.reportSubmissions.nodes[0];
    const submitted = await server.request(
      `mutation ($id: ID!, $v: Int) { submitReport(id: $id, expectedVersion: $v) { id status } }`,
      { id: draft.id, v: draft.version },
      owner,
    );
    expect(submitted.errors).toBeUndefined();
    const document = await server.request(
      'query ($id: ID!) { reportSubmissionDocument(id: $id) { contentBase64 } }',
      { id: draft.id },
      owner,
    );
    expect(document.errors).toBeUndefined();
    const { tables } = await readDocx(document.data!.reportSubmissionDocument.contentBase64);
    const tasks = tables.find((t) => t[0].join('|') === 'STT|Tên nhiệm vụ|Kết quả|Ghi chú')!;
    expect(tasks.find((row) => row[1].startsWith('Đầu tư, nâng cấp hệ thống trang thiết bị'))![2]).toBe(
      'Đang triển khai thực hiện (60 %) (minh chứng: Biên bản nghiệm thu số 12/BB-UBND)',
    );
    expect(tasks.find((row) => row[1].startsWith('Tập huấn cho cán bộ'))![2]).toBe(
      'Đã tập huấn 2/5 lớp cho cán bộ. (minh chứng: https://phuthinh.gov.vn/tap-huan)',
    );
  });
});
