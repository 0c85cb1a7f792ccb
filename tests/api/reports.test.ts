import { query, sql } from '../../server/database/sql';
import { todayInVietnam } from '../../server/domain/dates';
import { openDueRounds } from '../../server/report/rounds';
import { provinceId } from '../support/graphql-helpers';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Periodic reports through the API: a unit writes its report field by field, submits it, the
 * receiving level returns it with a comment and accepts it once fixed; every change keeps a
 * version and an audit entry; bad values and steps out of turn are refused with a stable code
 * and change nothing; the round's figures come from the submissions.
 */
let server: TestServer;
const tokens: Record<string, string> = {};

const SUBMISSION = `id status version values reviewComment submittedAt late
  versions { version action status comment changedByName values }`;

async function ok(text: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const result = await server.request(text, variables, token);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function codeOf(text: string, variables: Record<string, unknown>, token: string): Promise<string | undefined> {
  const result = await server.request(text, variables, token);
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

/** What a refused change must leave as it was. */
async function writes(): Promise<string> {
  const [row] = await query<{ s: string }>(
    server.orm.em.fork(),
    sql`select concat_ws('|', (select sum(version) from report_submission), (select count(*) from report_submission_version),
       (select count(*) from audit_entry), (select count(*) from recommendation), (select count(*) from obstacle),
       (select md5(string_agg("values"::text || status, ',' order by id)) from report_submission)) as s`,
  );
  return row.s;
}

/** The code answering an edit of the report's first narrative (a refusal is what these calls expect). */
const refusedSave = (submissionId: string, expectedVersion: number, token: string) =>
  codeOf(SAVE, { i: { submissionId, expectedVersion, values: [{ fieldKey: 'A.tinh-hinh', value: 'x' }] } }, token);

const SAVE = `mutation ($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { ${SUBMISSION} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int) { submitReport(id: $id, expectedVersion: $v) { ${SUBMISSION} } }`;
const REVIEW = `mutation ($i: ReviewReportInput!) { reviewReport(input: $i) { ${SUBMISSION} } }`;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of [
    'lamthao.dang',
    'lamthao.ubnd',
    'lamthao.lanhdao',
    'bacninh.ubkt',
    'lamthao.ubkt',
    'bacninh.giamsat',
    'phuthinh.ubnd',
    'thainguyen.giamsat',
    'quocgia',
  ])
    tokens[username] = await server.login(username);
});
afterAll(() => server.close());

/** Lâm Thao's Party committee report in Bắc Ninh's latest round, a draft the demo leaves unwritten. */
async function lamThaoDraft(): Promise<{ id: string; version: number; roundId: string }> {
  const data = await ok(
    `{ reportSubmissions(first: 10, filter: { status: DRAFT }) { nodes { id version round { id period } } } }`,
    {},
    tokens['lamthao.dang'],
  );
  const latest = [...data.reportSubmissions.nodes].sort((a, b) => b.round.period.localeCompare(a.round.period))[0];
  return { id: latest.id, version: latest.version, roundId: latest.round.id };
}

describe('a report written, submitted, returned, fixed and accepted', () => {
  it('goes through every step, keeping each version and an audit entry', async () => {
    const officer = tokens['lamthao.dang'];
    const reviewer = tokens['bacninh.ubkt'];
    const draft = await lamThaoDraft();
    const bacNinh = await provinceId(server, tokens.quocgia, 'bac-ninh');
    const dashboard = async () =>
      (
        await ok(
          'query ($r: ID!, $p: ID) { reportingRound(id: $r) { consolidation(provinceId: $p) { total submitted onTime notSubmitted accepted onTimePercent notSubmittedUnits { unitName } } } }',
          { r: draft.roundId, p: bacNinh },
          reviewer,
        )
      ).reportingRound.consolidation;
    const before = await dashboard();
    expect(before.notSubmittedUnits.map((u: { unitName: string }) => u.unitName)).toContain('Đảng ủy Xã Lâm Thao');

    // Saved as the officer types: one field, then another, each a version.
    let saved = (
      await ok(
        SAVE,
        {
          i: {
            submissionId: draft.id,
            expectedVersion: draft.version,
            values: [{ fieldKey: 'A.tinh-hinh', value: 'Đã quán triệt Nghị quyết 57.' }],
          },
        },
        officer,
      )
    ).saveReportDraft;
    saved = (
      await ok(
        SAVE,
        {
          i: {
            submissionId: draft.id,
            expectedVersion: saved.version,
            values: [
              { fieldKey: 'g5.ket-luan', value: { 'PARTY.software': 'PARTLY_ASSURED', 'PARTY.data': 'ASSURED' } },
              { fieldKey: 'D.kho-khan', value: [{ text: 'Máy tính cấu hình thấp.', category: 'Hạ tầng, thiết bị' }] },
              {
                fieldKey: 'E.kien-nghi',
                value: [{ addressee: 'Sở Tài chính', text: 'Bố trí kinh phí thay máy tính.', category: 'Kinh phí' }],
              },
            ],
          },
        },
        officer,
      )
    ).saveReportDraft;
    expect(saved.values['A.tinh-hinh']).toBe('Đã quán triệt Nghị quyết 57.');
    expect(saved.status).toBe('DRAFT');

    // A stale version is refused and nothing changes.
    let snapshot = await writes();
    expect(await refusedSave(draft.id, draft.version, officer)).toBe('VERSION_CONFLICT');
    expect(await writes()).toBe(snapshot);

    // A reviewer cannot edit it (it cannot even see the draft) and the commune's other officers neither.
    expect(await refusedSave(draft.id, saved.version, reviewer)).toBe('NOT_FOUND');
    expect(await refusedSave(draft.id, saved.version, tokens['lamthao.ubnd'])).toBe('NOT_FOUND');
    expect(await writes()).toBe(snapshot);

    const submitted = (await ok(SUBMIT, { id: draft.id, v: saved.version }, officer)).submitReport;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt).toBeTruthy();
    // Locked while under review.
    snapshot = await writes();
    expect(await refusedSave(draft.id, submitted.version, officer)).toBe('SUBMISSION_LOCKED');
    expect(await codeOf(SUBMIT, { id: draft.id }, officer)).toBe('SUBMISSION_LOCKED');
    // The province overseer reviews steering-committee reports, not supervision reports.
    expect(await codeOf(REVIEW, { i: { submissionId: draft.id, decision: 'ACCEPT' } }, tokens['bacninh.giamsat'])).toBe(
      'FORBIDDEN',
    );
    // The reviewer still cannot change the unit's values.
    expect(await refusedSave(draft.id, submitted.version, reviewer)).toBe('FORBIDDEN');
    expect(await codeOf(REVIEW, { i: { submissionId: draft.id, decision: 'RETURN' } }, reviewer)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await writes()).toBe(snapshot);

    const returned = (
      await ok(
        REVIEW,
        {
          i: {
            submissionId: draft.id,
            decision: 'RETURN',
            comment: 'Bổ sung kết luận về hạ tầng phần cứng.',
            verdicts: { 'g5.ket-luan': { 'PARTY.hardware': 'NOT_ASSURED' } },
            findings: [{ text: 'Thay thế máy tính cấu hình thấp trong quý I/2027.', dueOn: '2027-03-31' }],
          },
        },
        reviewer,
      )
    ).reviewReport;
    expect(returned.status).toBe('RETURNED');

    // The officer sees the comment and the earlier version, fixes and resubmits.
    const seen = (
      await ok(`query ($id: ID!) { reportSubmission(id: $id) { ${SUBMISSION} } }`, { id: draft.id }, officer)
    ).reportSubmission;
    expect(seen.reviewComment).toBe('Bổ sung kết luận về hạ tầng phần cứng.');
    const fixed = (
      await ok(
        SAVE,
        {
          i: {
            submissionId: draft.id,
            expectedVersion: seen.version,
            values: [
              {
                fieldKey: 'g5.ket-luan',
                value: {
                  'PARTY.software': 'PARTLY_ASSURED',
                  'PARTY.data': 'ASSURED',
                  'PARTY.hardware': 'PARTLY_ASSURED',
                },
              },
            ],
          },
        },
        officer,
      )
    ).saveReportDraft;
    await ok(SUBMIT, { id: draft.id, v: fixed.version }, officer);
    const accepted = (
      await ok(REVIEW, { i: { submissionId: draft.id, decision: 'ACCEPT', comment: 'Đạt yêu cầu.' } }, reviewer)
    ).reviewReport;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.versions.map((v: { action: string; status: string }) => `${v.action}:${v.status}`)).toEqual([
      'SAVE:DRAFT',
      'SAVE:DRAFT',
      'SUBMIT:SUBMITTED',
      'RETURN:RETURNED',
      'SAVE:RETURNED',
      'SUBMIT:SUBMITTED',
      'ACCEPT:ACCEPTED',
    ]);
    const returnRow = accepted.versions.find((v: { action: string }) => v.action === 'RETURN');
    expect(returnRow.comment).toBe('Bổ sung kết luận về hạ tầng phần cứng.');
    expect(returnRow.values['g5.ket-luan']).toEqual({ 'PARTY.software': 'PARTLY_ASSURED', 'PARTY.data': 'ASSURED' });
    expect(returnRow.changedByName).toBe('bacninh.ubkt');

    const [audit] = await query<{ n: number }>(
      server.orm.em.fork(),
      sql`select count(*)::int as n from audit_entry where object_type = 'ReportSubmission' and object_id = ${draft.id}`,
    );
    expect(audit.n).toBe(accepted.versions.length);

    // Locked once accepted: a change is refused and writes nothing.
    snapshot = await writes();
    expect(await codeOf(SUBMIT, { id: draft.id }, officer)).toBe('SUBMISSION_LOCKED');
    expect(await refusedSave(draft.id, accepted.version, officer)).toBe('SUBMISSION_LOCKED');
    expect(await codeOf(REVIEW, { i: { submissionId: draft.id, decision: 'RETURN', comment: 'x' } }, reviewer)).toBe(
      'SUBMISSION_LOCKED',
    );
    // Only the reviewer who accepted it reopens it.
    expect(
      await codeOf(
        'mutation ($id: ID!) { reopenReport(id: $id, reason: "Sai số liệu") { id } }',
        { id: draft.id },
        tokens['lamthao.ubkt'],
      ),
    ).toBe('FORBIDDEN');
    expect(await writes()).toBe(snapshot);
    const reopened = await ok(
      'mutation ($id: ID!) { reopenReport(id: $id, reason: "Sai số liệu hồ sơ") { status reviewComment } }',
      { id: draft.id },
      reviewer,
    );
    expect(reopened.reopenReport).toEqual({ status: 'RETURNED', reviewComment: 'Sai số liệu hồ sơ' });

    const after = await dashboard();
    expect(after.submitted).toBe(before.submitted + 1);
    expect(after.notSubmitted).toBe(before.notSubmitted - 1);
    expect(after.notSubmittedUnits.map((u: { unitName: string }) => u.unitName)).not.toContain('Đảng ủy Xã Lâm Thao');

    // Its recommendation, difficulty and the reviewer's finding are followed up.
    const followUps = await ok(
      `query ($p: ID) { recommendations(first: 50, filter: { provinceId: $p, source: UNIT_REPORT }) { nodes { id text addressee source dueOn age overdue status } }
         findings: recommendations(first: 50, filter: { provinceId: $p, source: REVIEW_FINDING }) { nodes { id text addressee source dueOn age overdue status } }
         recommendationFollowUps(provinceId: $p) { addressee open answered overdue } obstacles(first: 50, filter: { provinceId: $p, source: UNIT_REPORT }) { nodes { text category } } }`,
      { p: bacNinh },
      reviewer,
    );
    const recs = followUps.recommendations.nodes;
    expect(recs.find((r: { text: string }) => r.text === 'Bố trí kinh phí thay máy tính.')).toMatchObject({
      addressee: 'Sở Tài chính',
      source: 'UNIT_REPORT',
      status: 'OPEN',
      age: 0,
      overdue: false,
    });
    const [finding] = followUps.findings.nodes;
    expect(finding).toMatchObject({ addressee: 'Đảng ủy Xã Lâm Thao', dueOn: '2027-03-31' });
    expect(followUps.recommendationFollowUps).toContainEqual({
      addressee: 'Sở Tài chính',
      open: 1,
      answered: 0,
      overdue: 0,
    });
    expect(followUps.obstacles.nodes).toContainEqual({
      text: 'Máy tính cấu hình thấp.',
      category: 'Hạ tầng, thiết bị',
    });

    const answered = await ok(
      'mutation ($i: UpdateFollowUpInput!) { updateRecommendationFollowUp(input: $i) { status answer } }',
      { i: { id: finding.id, status: 'ANSWERED', answer: 'Đã lập dự toán thay 05 máy tính.' } },
      reviewer,
    );
    expect(answered.updateRecommendationFollowUp).toEqual({
      status: 'ANSWERED',
      answer: 'Đã lập dự toán thay 05 máy tính.',
    });
    expect(
      await codeOf(
        'mutation ($i: UpdateFollowUpInput!) { updateRecommendationFollowUp(input: $i) { status } }',
        { i: { id: finding.id, status: 'RESOLVED' } },
        officer,
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets the commune leader submit on behalf of a unit, never write it', async () => {
    const data = await ok(
      `{ reportSubmissions(first: 50, filter: { status: DRAFT }) { nodes { id version bloc round { period } } } }`,
      {},
      tokens['lamthao.lanhdao'],
    );
    const draft = data.reportSubmissions.nodes.find((n: { bloc: string }) => n.bloc === 'PARTY');
    expect(await refusedSave(draft.id, draft.version, tokens['lamthao.lanhdao'])).toBe('FORBIDDEN');
    expect((await ok(SUBMIT, { id: draft.id }, tokens['lamthao.lanhdao'])).submitReport.status).toBe('SUBMITTED');
  });

  it('lists overdue recommendations of the province with their age', async () => {
    const thaiNguyen = await provinceId(server, tokens.quocgia, 'thai-nguyen');
    const data = await ok(
      `query ($p: ID) { recommendations(first: 50, filter: { provinceId: $p, overdue: true }) { nodes { addressee dueOn age overdue } } }`,
      { p: thaiNguyen },
      tokens['thainguyen.giamsat'],
    );
    expect(data.recommendations.nodes.map((r: { addressee: string }) => r.addressee).sort()).toEqual([
      'Ban Chỉ đạo',
      'ban, bộ, ngành Trung ương',
    ]);
    expect(
      data.recommendations.nodes.every(
        (r: { overdue: boolean; dueOn: string; age: number }) => r.overdue && r.dueOn === '2026-05-20' && r.age > 30,
      ),
    ).toBe(true);
  });
});

describe('bad input is refused with a stable code and writes nothing', () => {
  it.each([
    ['a field the template lacks', 'A.khong-co', 'Văn bản', 'UNKNOWN_FIELD'],
    ['a verdict not in the list', 'g1.ket-luan', { PARTY: 'GOOD' }, 'NOT_A_VERDICT'],
    ['a verdict for a bloc the field lacks', 'g1.ket-luan', { POLICE: 'ASSURED' }, 'UNKNOWN_SUBJECT'],
    ['an oversized narrative', 'A.tinh-hinh', 'x'.repeat(20_001), 'TOO_LONG'],
    ['a narrative that is not text', 'A.tinh-hinh', 42, 'WRONG_TYPE'],
    [
      'a recommendation to an addressee not in the list',
      'E.kien-nghi',
      [{ addressee: 'Bộ Ngoại giao', text: 'x' }],
      'UNKNOWN_ITEM',
    ],
  ])('%s', async (_, fieldKey, value, reason) => {
    const draft = await lamThaoDraft();
    const before = await writes();
    const result = await server.request(
      SAVE,
      {
        i: {
          submissionId: draft.id,
          expectedVersion: draft.version,
          values: [
            { fieldKey: 'C.chung', value: 'Một mục hợp lệ cùng lần lưu.' },
            { fieldKey, value },
          ],
        },
      },
      tokens['lamthao.dang'],
    );
    expect(result.errors![0].extensions).toMatchObject({ code: 'INVALID_REPORT_VALUE', field: fieldKey, reason });
    expect(result.status).toBeLessThan(500);
    expect(await writes()).toBe(before);
  });

  it('an indicator value of the wrong type', async () => {
    const data = await ok(
      `{ reportSubmissions(first: 50, filter: { status: DRAFT }) { nodes { id version } } }`,
      {},
      tokens['phuthinh.ubnd'],
    );
    const draft = data.reportSubmissions.nodes[0];
    const before = await writes();
    for (const value of [{ 'CT-01': { value: 'bảy mươi' } }, { 'CT-01': { value: 150 } }, { 'CT-99': { value: 1 } }]) {
      const result = await server.request(
        SAVE,
        {
          i: { submissionId: draft.id, expectedVersion: draft.version, values: [{ fieldKey: 'PL1.chi-tieu', value }] },
        },
        tokens['phuthinh.ubnd'],
      );
      expect(result.errors![0].extensions!.code).toBe('INVALID_REPORT_VALUE');
    }
    expect(await writes()).toBe(before);
    const good = await ok(
      SAVE,
      {
        i: {
          submissionId: draft.id,
          expectedVersion: draft.version,
          values: [{ fieldKey: 'PL1.chi-tieu', value: { 'CT-01': { value: 75 } } }],
        },
      },
      tokens['phuthinh.ubnd'],
    );
    expect(good.saveReportDraft.values['PL1.chi-tieu']).toEqual({
      'CT-01': { value: 75, notApplicable: false, note: null },
    });
  });

  it('a submission for a unit outside the caller’s scope', async () => {
    const other = await ok(
      `{ reportSubmissions(first: 1, filter: { status: DRAFT }) { nodes { id version } } }`,
      {},
      tokens['phuthinh.ubnd'],
    );
    const before = await writes();
    const { id, version } = other.reportSubmissions.nodes[0];
    expect(await refusedSave(id, version, tokens['lamthao.dang'])).toBe('NOT_FOUND');
    expect(await codeOf(SUBMIT, { id }, tokens['lamthao.dang'])).toBe('NOT_FOUND');
    expect(await codeOf(SUBMIT, { id: 'abc' }, tokens['lamthao.dang'])).toBe('BAD_USER_INPUT');
    expect(await writes()).toBe(before);
  });
});

describe('templates and schedules are authored in the product', () => {
  const TEMPLATE = {
    code: 'bao-cao-quy-bac-ninh',
    name: 'Báo cáo quý của UBND xã',
    title: 'Kết quả chuyển đổi số {period}',
    level: 'COMMUNE',
    reviewer: 'STEERING_COMMITTEE',
    documentSymbol: 'BC-UBND',
    signatureTitle: 'CHỦ TỊCH',
    addressees: ['Ban Chỉ đạo tỉnh'],
    sections: [
      {
        key: 'I',
        number: 'I',
        title: 'KẾT QUẢ',
        level: 1,
        fields: [{ key: 'I.kq', kind: 'NARRATIVE', label: 'Tình hình, kết quả thực hiện', maxLength: 5000 }],
      },
      {
        key: 'II',
        number: 'II',
        title: 'ĐÁNH GIÁ',
        level: 1,
        fields: [{ key: 'II.kl', kind: 'VERDICT', label: 'Kết luận', subjects: [{ key: 'UBND', label: 'UBND xã' }] }],
      },
    ],
  };
  const CREATE =
    'mutation ($i: CreateReportTemplateInput!) { createReportTemplate(input: $i) { id code version sections { number fields { key kind } } } }';

  it('creates, edits and schedules a province template; bad shapes are refused', async () => {
    const overseer = tokens['bacninh.giamsat'];
    const bacNinh = await provinceId(server, overseer, 'bac-ninh');
    expect(await codeOf(CREATE, { i: { ...TEMPLATE, provinceId: bacNinh } }, tokens['lamthao.ubnd'])).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, { i: TEMPLATE }, overseer)).toBe('FORBIDDEN');
    expect(
      await codeOf(
        CREATE,
        {
          i: {
            ...TEMPLATE,
            provinceId: bacNinh,
            sections: [{ ...TEMPLATE.sections[1], fields: [{ key: 'x', kind: 'VERDICT', label: 'Kết luận' }] }],
          },
        },
        overseer,
      ),
    ).toBe('BAD_USER_INPUT');
    const created = (await ok(CREATE, { i: { ...TEMPLATE, provinceId: bacNinh } }, overseer)).createReportTemplate;
    expect(created.sections.map((s: { number: string }) => s.number)).toEqual(['I', 'II']);
    const updated = await ok(
      'mutation ($id: ID!, $i: UpdateReportTemplateInput!) { updateReportTemplate(id: $id, input: $i) { version name } }',
      { id: created.id, i: { expectedVersion: 1, name: 'Báo cáo quý (sửa)' } },
      overseer,
    );
    expect(updated.updateReportTemplate).toEqual({ version: 2, name: 'Báo cáo quý (sửa)' });
    expect(
      await codeOf(
        'mutation ($id: ID!, $i: UpdateReportTemplateInput!) { updateReportTemplate(id: $id, input: $i) { version } }',
        { id: created.id, i: { expectedVersion: 1, name: 'Cũ' } },
        overseer,
      ),
    ).toBe('VERSION_CONFLICT');

    const schedule = await ok(
      `mutation ($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { id frequency rounds { period label dueOn } } }`,
      {
        i: {
          templateId: created.id,
          blocs: ['PEOPLES_COMMITTEE'],
          provinceId: bacNinh,
          frequency: 'QUARTERLY',
          dueDay: 15,
          startsOn: '2026-01-01',
        },
      },
      overseer,
    );
    const rounds = schedule.createReportSchedule.rounds;
    expect(rounds[rounds.length - 1]).toEqual({ period: '2026-Q1', label: 'quý I/2026', dueOn: '2026-04-15' });
    // Opening again changes nothing: one round per period, one submission per unit.
    const [counts] = await query<{ rounds: number; submissions: number }>(
      server.orm.em.fork(),
      sql`select count(distinct r.id)::int as rounds, count(s.id)::int as submissions from reporting_round r join report_submission s on s.round_id = r.id where r.schedule_id = ${Number(schedule.createReportSchedule.id)}`,
    );
    await openDueRounds(server.orm.em.fork());
    const [again] = await query<{ rounds: number; submissions: number }>(
      server.orm.em.fork(),
      sql`select count(distinct r.id)::int as rounds, count(s.id)::int as submissions from reporting_round r join report_submission s on s.round_id = r.id where r.schedule_id = ${Number(schedule.createReportSchedule.id)}`,
    );
    expect(again).toEqual(counts);
    expect(counts.submissions).toBe(counts.rounds * 99);
  });
});

describe('a round of 99 communes', () => {
  it('shows 60 of 99 on time as 60,61 % and lists the 19 that did not submit, from the submissions', async () => {
    const overseer = tokens['bacninh.giamsat'];
    const bacNinh = await provinceId(server, overseer, 'bac-ninh');
    const templates = await ok('{ reportTemplates { id code } }', {}, overseer);
    const supervision = templates.reportTemplates.find(
      (t: { code: string }) => t.code === 'bao-cao-giam-sat-thuong-xuyen',
    );
    const today = todayInVietnam();
    const created = await ok(
      `mutation ($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { rounds { id } } }`,
      {
        i: {
          templateId: supervision.id,
          blocs: ['FATHERLAND_FRONT'],
          provinceId: bacNinh,
          frequency: 'ONCE',
          startsOn: today,
          dueOn: today,
        },
      },
      overseer,
    );
    const roundId = created.createReportSchedule.rounds[0].id;
    // One submitted through the API by its officer; the others' submission times are set directly,
    // 59 on the due date and 20 after it (a test cannot wait for the clock).
    const mttq = tokens['lamthao.mttq'] ?? (tokens['lamthao.mttq'] = await server.login('lamthao.mttq'));
    const own = await ok(
      `query ($r: ID) { reportSubmissions(first: 5, filter: { roundId: $r }) { nodes { id } } }`,
      { r: roundId },
      mttq,
    );
    await ok(SUBMIT, { id: own.reportSubmissions.nodes[0].id }, mttq);
    const em = server.orm.em.fork();
    const others = await query<{ id: number; name: string }>(
      em,
      sql`select s.id, u.name from report_submission s join unit u on u.id = s.unit_id where s.round_id = ${Number(roundId)} and s.status = 'DRAFT' order by s.id`,
    );
    expect(others).toHaveLength(98);
    const onTime = others.slice(0, 59).map((o) => o.id);
    const late = others.slice(59, 79).map((o) => o.id);
    const missing = others
      .slice(79)
      .map((o) => o.name)
      .sort();
    await query(
      em,
      sql`update report_submission set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now() where id = any(cast(${`{${onTime.join(',')}}`} as int[]))`,
    );
    await query(
      em,
      sql`update report_submission set status = 'SUBMITTED', first_submitted_at = now() + interval '3 days', submitted_at = now() + interval '3 days' where id = any(cast(${`{${late.join(',')}}`} as int[]))`,
    );
    const data = await ok(
      `query ($r: ID!) { reportingRound(id: $r) { consolidation { total submitted onTime late notSubmitted onTimePercent previousOnTimePercent notSubmittedUnits { unitName late } } } }`,
      { r: roundId },
      overseer,
    );
    const c = data.reportingRound.consolidation;
    expect(c).toMatchObject({
      total: 99,
      submitted: 80,
      onTime: 60,
      late: 20,
      notSubmitted: 19,
      onTimePercent: 60.61,
      previousOnTimePercent: null,
    });
    expect(c.notSubmittedUnits.map((u: { unitName: string }) => u.unitName).sort()).toEqual(missing);
    // The Lâm Thao inspection committee reads the same round over its one commune.
    const commune = await ok(
      `query ($r: ID!) { reportingRound(id: $r) { consolidation { total onTime onTimePercent } } }`,
      { r: roundId },
      tokens['lamthao.ubkt'],
    );
    expect(commune.reportingRound.consolidation).toEqual({ total: 1, onTime: 1, onTimePercent: 100 });
  });

  it('counts verdicts per bloc and area and the change since the last round in the demo Bắc Ninh round', async () => {
    const rounds = await ok(
      `{ reportingRounds { id period dueOn template { code } province { code } } }`,
      {},
      tokens['bacninh.ubkt'],
    );
    const pastDue = rounds.reportingRounds.filter(
      (r: { dueOn: string; template: { code: string }; province: { code: string } | null }) =>
        r.template.code === 'bao-cao-giam-sat-thuong-xuyen' &&
        r.province?.code === 'bac-ninh' &&
        r.dueOn < todayInVietnam(),
    );
    const data = await ok(
      `query ($r: ID!) { reportingRound(id: $r) { consolidation { total submitted onTime late returned accepted awaitingReview onTimePercent previousOnTimePercent onTimeChange
         verdicts { fieldKey subjectKey assured partlyAssured notAssured judged text } } } }`,
      { r: pastDue[0].id },
      tokens['bacninh.ubkt'],
    );
    const c = data.reportingRound.consolidation;
    expect(c.total).toBe(99);
    expect(c.late).toBeGreaterThan(0);
    expect(c.returned).toBeGreaterThan(0);
    expect(c.onTime + c.late).toBe(c.submitted);
    expect(c.onTimeChange).toBeCloseTo(c.onTimePercent - c.previousOnTimePercent, 2);
    const party = c.verdicts.find(
      (v: { fieldKey: string; subjectKey: string }) => v.fieldKey === 'g1.ket-luan' && v.subjectKey === 'PARTY',
    );
    expect(party.judged).toBeGreaterThan(0);
    expect(party.judged).toBeLessThanOrEqual(c.submitted);
    expect(party.assured + party.partlyAssured + party.notAssured).toBe(party.judged);
    expect(party.text).toBe(`${party.assured}/${party.judged} Đảm bảo`);
  });
});
