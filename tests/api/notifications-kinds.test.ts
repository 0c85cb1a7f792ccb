import { query, sql } from '../../server/database/sql';
import { todayInVietnam } from '../../server/domain/dates';
import { sendDailyDigest } from '../../server/notification/daily-digest';
import { sendOverdueTaskNotices } from '../../server/notification/overdue-tasks';
import { notifyRoundsOpened } from '../../server/notification/round-opened';
import { openDueRounds } from '../../server/report/rounds';
import { provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The notification kinds beyond the rejected claim: a report returned (with the comment) or
 * accepted, told in the review's transaction, and a task overdue, told by the daily job once
 * per task. Each goes exactly to the people who act for the unit (its bloc's officers and the
 * commune leader) and to nobody else.
 */
let server: TestServer;
const tokens: Record<string, string> = {};

async function ok(text: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const result = await server.request(text, variables, token);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['lamthao.dang', 'lamthao.lanhdao', 'bacninh.ubkt', 'bacninh.giamsat'])
    tokens[username] = await server.login(username);
});
afterAll(() => server.close());

/** The active accounts of Lâm Thao's Party committee and its commune leader: who acts for the unit. */
async function lamThaoPartyPeople(): Promise<string[]> {
  const rows = await query<{ username: string }>(
    server.orm.em.fork(),
    sql`select distinct a.username from role_grant g join app_user a on a.id = g.user_id join commune c on c.id = g.commune_id
        where c.name = 'Xã Lâm Thao' and a.disabled_at is null
          and ((g.role = 'COMMUNE_BLOC_OFFICER' and g.bloc = 'PARTY') or g.role = 'COMMUNE_LEADER')
        order by a.username`,
  );
  return rows.map((r) => r.username);
}

/** Who was told, and how often, about one object in one kind. */
async function told(kind: string, objectType: string, objectId: string) {
  return query<{ username: string; n: number; title: string; body: string; link: string }>(
    server.orm.em.fork(),
    sql`select a.username, count(*)::int as n, max(n.title) as title, max(n.body) as body, max(n.link) as link
        from notification n join app_user a on a.id = n.recipient_id
        where n.kind = ${kind} and n.object_type = ${objectType} and n.object_id = ${Number(objectId)}
        group by a.username order by a.username`,
  );
}

const SUBMIT = `mutation ($id: ID!) { submitReport(id: $id) { id version } }`;
const REVIEW = `mutation ($i: ReviewReportInput!) { reviewReport(input: $i) { id status version } }`;

describe('report reviewed', () => {
  it("tells the unit's officers and the commune leader, and nobody else, of a return with the comment, then of the acceptance", async () => {
    const people = await lamThaoPartyPeople();
    expect(people).toEqual(expect.arrayContaining(['lamthao.dang', 'lamthao.lanhdao']));
    const drafts = await ok(
      `{ reportSubmissions(first: 10, filter: { status: DRAFT }) { nodes { id round { period label } } } }`,
      {},
      tokens['lamthao.dang'],
    );
    const draft = [...drafts.reportSubmissions.nodes].sort((a, b) => b.round.period.localeCompare(a.round.period))[0];
    const label = draft.round.label;
    await ok(SUBMIT, { id: draft.id }, tokens['lamthao.dang']);
    // A refused review tells nobody.
    const refused = await server.request(
      REVIEW,
      { i: { submissionId: draft.id, decision: 'RETURN', comment: 'x' } },
      tokens['lamthao.lanhdao'],
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await told('REPORT_RETURNED', 'ReportSubmission', draft.id)).toEqual([]);

    const comment = 'Bổ sung số liệu về hạ tầng phần cứng.';
    await ok(REVIEW, { i: { submissionId: draft.id, decision: 'RETURN', comment } }, tokens['bacninh.ubkt']);
    const returned = await told('REPORT_RETURNED', 'ReportSubmission', draft.id);
    expect(returned.map((r) => r.username)).toEqual(people);
    for (const note of returned) {
      expect(note).toMatchObject({ n: 1, title: `Báo cáo ${label} bị trả lại`, link: `/bao-cao/${draft.id}` });
      expect(note.body).toContain('Đảng ủy Xã Lâm Thao');
      expect(note.body).toContain(`Ý kiến: ${comment}`);
    }
    // The officer reads it through the API too.
    const inbox = await ok(`{ notifications(first: 5) { nodes { kind title body } } }`, {}, tokens['lamthao.dang']);
    expect(inbox.notifications.nodes[0]).toMatchObject({
      kind: 'REPORT_RETURNED',
      title: `Báo cáo ${label} bị trả lại`,
    });

    await ok(SUBMIT, { id: draft.id }, tokens['lamthao.lanhdao']);
    await ok(REVIEW, { i: { submissionId: draft.id, decision: 'ACCEPT' } }, tokens['bacninh.ubkt']);
    const accepted = await told('REPORT_ACCEPTED', 'ReportSubmission', draft.id);
    expect(accepted.map((r) => r.username)).toEqual(people);
    for (const note of accepted) expect(note).toMatchObject({ n: 1, title: `Báo cáo ${label} đã được tiếp nhận` });
    // The return is not told again.
    expect((await told('REPORT_RETURNED', 'ReportSubmission', draft.id)).every((r) => r.n === 1)).toBe(true);
  });
});

describe('task overdue', () => {
  it("tells the owner unit's officers and the commune leader once, not every day, and not the overseers", async () => {
    const units = await ok(
      `{ communes(first: 5, filter: { search: "lam thao" }) { nodes { id name units { id bloc } } } }`,
      {},
      tokens['lamthao.lanhdao'],
    );
    const party = units.communes.nodes
      .find((c: { name: string }) => c.name === 'Xã Lâm Thao')
      .units.find((u: { bloc: string }) => u.bloc === 'PARTY');
    const created = await ok(
      `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id code } }`,
      { i: { title: 'Rà soát danh mục thủ tục hành chính trực tuyến', ownerUnitId: party.id, deadline: '2026-12-31' } },
      tokens['lamthao.lanhdao'],
    );
    const task = created.createTask;
    const em = () => server.orm.em.fork();
    // On its deadline day it is not overdue yet.
    await sendOverdueTaskNotices(em(), { today: '2026-12-31' });
    expect(await told('TASK_OVERDUE', 'Task', task.id)).toEqual([]);
    // The next days, by two runners at once: once each.
    await Promise.all([
      sendOverdueTaskNotices(em(), { today: '2027-01-01' }),
      sendOverdueTaskNotices(em(), { today: '2027-01-01' }),
    ]);
    await sendOverdueTaskNotices(em(), { today: '2027-01-02' });
    const notes = await told('TASK_OVERDUE', 'Task', task.id);
    const people = await lamThaoPartyPeople();
    expect(notes.map((r) => r.username)).toEqual(people);
    expect(notes.map((r) => r.username)).not.toContain('bacninh.giamsat');
    for (const note of notes) {
      expect(note).toMatchObject({ n: 1, title: `Nhiệm vụ ${task.code} đã quá hạn`, link: '/nhiem-vu' });
      expect(note.body).toBe(
        'Đảng ủy Xã Lâm Thao: nhiệm vụ "Rà soát danh mục thủ tục hành chính trực tuyến" quá hạn 31/12/2026 mà chưa hoàn thành.',
      );
    }
  }, 120_000);
});

describe('round opened', () => {
  it("tells each Party officer and commune leader of the province's communes once, with their units and the due date", async () => {
    const overseer = tokens['bacninh.giamsat'];
    const bacNinh = await provinceId(server, overseer, 'bac-ninh');
    const templates = await ok('{ reportTemplates { id code name level } }', {}, overseer);
    const template = templates.reportTemplates.find((t: { level: string }) => t.level === 'COMMUNE');
    const today = todayInVietnam();
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 10);
    const dueOn = due.toISOString().slice(0, 10);
    const created = await ok(
      `mutation ($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { rounds { id label } } }`,
      {
        i: {
          templateId: template.id,
          blocs: ['PARTY'],
          provinceId: bacNinh,
          frequency: 'ONCE',
          startsOn: today,
          dueOn,
        },
      },
      overseer,
    );
    const [round] = created.createReportSchedule.rounds;
    // Opened again, by two openers at once: nothing more.
    const em = server.orm.em.fork();
    await Promise.all(
      [0, 1].map(() =>
        server.orm.em.fork().transactional(async (tx) => notifyRoundsOpened(tx, await openDueRounds(tx))),
      ),
    );
    expect(await notifyRoundsOpened(em, [Number(round.id)])).toBe(0);

    const expected = await query<{ username: string }>(
      em,
      sql`select distinct a.username from role_grant g join app_user a on a.id = g.user_id
          join commune c on c.id = g.commune_id join province p on p.id = c.province_id
          where p.code = 'bac-ninh' and a.disabled_at is null
            and ((g.role = 'COMMUNE_BLOC_OFFICER' and g.bloc = 'PARTY') or g.role = 'COMMUNE_LEADER')
          order by a.username`,
    );
    const notes = await told('ROUND_OPENED', 'ReportingRound', round.id);
    expect(notes.map((n) => n.username)).toEqual(expected.map((e) => e.username));
    expect(notes.map((n) => n.username)).toEqual(expect.arrayContaining(['lamthao.dang', 'lamthao.lanhdao']));
    expect(notes.map((n) => n.username)).not.toEqual(expect.arrayContaining(['bacninh.giamsat']));
    expect(notes.map((n) => n.username)).not.toEqual(expect.arrayContaining(['lamthao.hdnd']));
    expect(notes.every((n) => n.n === 1)).toBe(true);
    const officer = notes.find((n) => n.username === 'lamthao.dang')!;
    expect(officer).toMatchObject({ title: `Mở kỳ báo cáo "${template.name}" ${round.label}`, link: '/bao-cao' });
    expect(officer.body).toBe(`Hạn nộp ${dueOn.split('-').reverse().join('/')}. Đơn vị cần nộp: Đảng ủy Xã Lâm Thao.`);
  }, 120_000);
});

describe('daily digest', () => {
  it('gives each overseer and reviewer one digest a day with the counts of its scope, and nobody else', async () => {
    const today = todayInVietnam();
    const em = () => server.orm.em.fork();
    await Promise.all([sendDailyDigest(em(), { today }), sendDailyDigest(em(), { today })]);
    const notes = await query<{ username: string; role: string; n: number; title: string; body: string }>(
      em(),
      sql`select a.username, min(g.role) as role, count(distinct n.id)::int as n, max(n.title) as title, max(n.body) as body
          from notification n join app_user a on a.id = n.recipient_id join role_grant g on g.user_id = a.id
          where n.kind = 'DAILY_DIGEST' and n.dedupe_key like ${`%:${today}`} group by a.username order by a.username`,
    );
    const names = notes.map((n) => n.username);
    expect(names).toEqual(expect.arrayContaining(['bacninh.giamsat', 'bacninh.ubkt', 'quocgia']));
    expect(names).not.toEqual(expect.arrayContaining(['lamthao.dang']));
    expect(names).not.toEqual(expect.arrayContaining(['lamthao.lanhdao']));
    expect(
      notes.every((n) => ['NATIONAL_OVERSEER', 'PROVINCE_OVERSEER', 'INSPECTION_COMMITTEE'].includes(n.role)),
    ).toBe(true);
    expect(notes.every((n) => n.n === 1)).toBe(true);

    const [bacNinh] = await query<{ notSubmitted: number; open: number }>(
      em(),
      sql`select (select count(*)::int from report_submission s join reporting_round r on r.id = s.round_id
                  join province p on p.id = s.province_id
                  where p.code = 'bac-ninh' and r.due_on >= ${today} and r.period_start <= ${today}
                    and s.status in ('DRAFT', 'RETURNED')) as "notSubmitted",
                 (select count(*)::int from recommendation rc join unit u on u.id = rc.unit_id
                  join province p on p.id = u.province_id where p.code = 'bac-ninh' and rc.status = 'OPEN') as open`,
    );
    const overseer = notes.find((n) => n.username === 'bacninh.giamsat')!;
    expect(overseer.title).toBe(`Tổng hợp ngày ${today.split('-').reverse().join('/')}`);
    expect(overseer.body).toContain(`Báo cáo chưa nộp trong các kỳ đang mở: ${bacNinh.notSubmitted} (/bao-cao)`);
    expect(overseer.body).toMatch(/Nhiệm vụ quá hạn: \d+ \(\/nhiem-vu\)/);
    expect(overseer.body).toContain(`Kiến nghị chưa xử lý: ${bacNinh.open} (/bao-cao)`);
    // Run again the same day: nothing more.
    expect(await sendDailyDigest(em(), { today })).toBe(0);
  }, 120_000);

  it('lists, the next day, what an account chose to get in the digest', async () => {
    const em = () => server.orm.em.fork();
    const [waiting] = await query<{ id: number; title: string }>(
      em(),
      sql`update notification n set email_state = 'DIGEST' from app_user a
          where a.id = n.recipient_id and a.username = 'lamthao.dang'
            and n.id = (select max(id) from notification where recipient_id = a.id and kind <> 'DAILY_DIGEST')
          returning n.id, n.title`,
    );
    const tomorrow = new Date(`${todayInVietnam()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const day = tomorrow.toISOString().slice(0, 10);
    await sendDailyDigest(em(), { today: day });
    const [digest] = await query<{ body: string; n: number }>(
      em(),
      sql`select max(n.body) as body, count(*)::int as n from notification n join app_user a on a.id = n.recipient_id
          where a.username = 'lamthao.dang' and n.kind = 'DAILY_DIGEST' and n.dedupe_key like ${`%:${day}`}`,
    );
    expect(digest).toEqual({ n: 1, body: `Thông báo gom vào tổng hợp (1): ${waiting.title}` });
    // Without SMTP_URL the digest has no e-mail: the notification waits for one that has.
    const [state] = await query<{ email_state: string }>(
      em(),
      sql`select email_state from notification where id = ${waiting.id}`,
    );
    expect(state.email_state).toBe('DIGEST');
  }, 120_000);
});
