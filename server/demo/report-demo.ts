import type { EntityManager } from '@mikro-orm/postgresql';
import { boundArray, intArray, query, sql, textArray, type ArrayType, type Sql } from '../database/sql';
import { todayInVietnam } from '../domain/dates';
import { AnswerType, Bloc, Comparator, Level, TaskAssigner } from '../domain/enums';
import { searchKey } from '../domain/text';
import { UNIT_REPORT_TABLES } from '../obstacle/unit-report';
import { FollowUpSource, FollowUpStatus, ScheduleFrequency, SubmissionStatus, Verdict } from '../report/report.enums';
import { openDueRounds } from '../report/rounds';
import { FOLLOW_UP_DAYS } from '../report/submission.service';
import { rebuildProgress } from '../status/status.service';
import { taskStatus } from '../task/task.service';
import {
  GIA_PHUC_VALUES,
  HOANG_SON_VALUES,
  PHU_THINH_INDICATORS,
  PHU_THINH_NOT_APPLICABLE,
  PHU_THINH_TASK_RESULTS,
  PHU_THINH_VALUES,
} from './report-sources';
import {
  INFRASTRUCTURE_AREAS,
  indicatorCode,
  PROGRESS_TEMPLATE,
  SUPERVISION_BLOCS,
  SUPERVISION_TEMPLATE,
  type DemoTemplate,
} from './report-templates';

/** Who the demo data says wrote a change it did not make through the API. */
const DEMO_AUTHOR = 'du-lieu-mau';
export const INDICATOR_CAMPAIGN = 'thai-nguyen-chi-tieu-2026';
/** The last date the demo's reports refer to: rounds are opened at least up to it, whatever the clock says. */
const LATEST_REPORT_DAY = '2026-06-30';

const one = async <R>(em: EntityManager, statement: Sql) => (await query<R>(em, statement))[0];
const idOf = (em: EntityManager, statement: Sql) => one<{ id: number }>(em, statement).then((r) => r.id);

/**
 * The reports name two communes the generated directory does not hold: the first generated
 * commune of their province takes the name (Gia Phúc is in Hải Phòng, report 004; report 002 does
 * not name Hoàng Sơn's province — Thanh Hóa has a commune of that name).
 */
async function nameCommune(em: EntityManager, provinceCode: string, name: string): Promise<number> {
  const commune = await one<{ id: number; name: string }>(
    em,
    sql`select c.id, c.name from commune c join province p on p.id = c.province_id
     where p.code = ${provinceCode} and c.name_is_generated order by c.code limit 1`,
  );
  await query(
    em,
    sql`update commune set name = ${name}, search_name = ${searchKey(name)}, name_is_generated = false where id = ${commune.id}`,
  );
  await query(em, sql`update unit set name = replace(name, ${commune.name}, ${name}) where commune_id = ${commune.id}`);
  return commune.id;
}

const unitIn = (em: EntityManager, communeId: number, bloc: Bloc) =>
  idOf(em, sql`select id from unit where commune_id = ${communeId} and bloc = ${bloc}`);
const userId = (em: EntityManager, username: string) =>
  idOf(em, sql`select id from app_user where username = ${username}`);
const provinceOf = (em: EntityManager, code: string) => idOf(em, sql`select id from province where code = ${code}`);

/** Report 001's 15 indicators as a small campaign of Thái Nguyên, with Phú Thịnh's answers of 20/4/2026. */
async function loadIndicatorCampaign(em: EntityManager, phuThinhUnit: number): Promise<number> {
  const campaign = await idOf(
    em,
    sql`insert into campaign (code, name, level, province_id, as_of, deadline, red_below_percent, count_unverified_claims)
     values (${INDICATOR_CAMPAIGN}, ${'Chỉ tiêu Đề án khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số cấp xã năm 2026 (Thái Nguyên)'}, 'COMMUNE', ${await provinceOf(em, 'thai-nguyen')}, '2026-04-20', '2026-12-31', 50, true) returning id`,
  );
  const criteria = await query<{ id: number }>(
    em,
    sql`insert into criterion (campaign_id, code, bloc, level, text, position, answer_type, options, passing_option_keys,
                            required_option_keys, comparator, target, measure_unit, min_value, max_value, is_placeholder)
     select ${campaign}, code, ${Bloc.PEOPLES_COMMITTEE}, ${Level.COMMUNE}, text, position, ${AnswerType.PERCENT}, '[]', '[]', '[]', ${Comparator.GTE}, target, '%', 0, 100, false
     from unnest(${textArray(PHU_THINH_INDICATORS.map((_, i) => indicatorCode(i + 1)))}, ${textArray(PHU_THINH_INDICATORS.map((c) => c.text))}, ${intArray(PHU_THINH_INDICATORS.map((_, i) => i + 1))}, ${boundArray(
       PHU_THINH_INDICATORS.map((c) => c.target),
       'float8',
     )})
          as c(code, text, position, target)
     order by position returning id`,
  );
  const answered = PHU_THINH_INDICATORS.map((c, i) => ({ ...c, id: criteria[i].id })).filter((c) => c.result !== null);
  await query(
    em,
    sql`with inserted as (
       insert into assessment (unit_id, criterion_id, met, answer_number, answered_at, version)
       select ${phuThinhUnit}, id, result >= target, result, '2026-04-20T08:00:00+07:00', 1
       from unnest(${intArray(answered.map((c) => c.id))}, ${boundArray(
         answered.map((c) => c.result),
         'float8',
       )}, ${boundArray(
         answered.map((c) => c.target),
         'float8',
       )}) as a(id, result, target)
       returning id, version, answer_number, met, answered_at)
     insert into assessment_history (assessment_id, version, answer_number, met, changed_at)
     select id, version, answer_number, met, answered_at from inserted`,
  );
  await rebuildProgress(em, campaign);
  return campaign;
}

async function loadTemplate(em: EntityManager, template: DemoTemplate, campaignId: number): Promise<number> {
  return idOf(
    em,
    sql`insert into report_template (code, name, title, level, reviewer, province_id, document_symbol, signature_title,
                                  addressees, recipients, sections, version, updated_at)
     values (${template.code}, ${template.name}, ${template.title}, ${template.level}, ${template.reviewer}, ${template.provinceCode ? await provinceOf(em, template.provinceCode) : null}, ${template.documentSymbol}, ${template.signatureTitle}, ${JSON.stringify(template.addressees)}, ${JSON.stringify(template.recipients)}, ${JSON.stringify(template.sections(String(campaignId)))}, 1, now())
     returning id`,
  );
}

interface DemoSchedule {
  template: number;
  provinceCode: string;
  bloc: Bloc;
  frequency: ScheduleFrequency;
  dueDay?: number;
  startsOn: string;
  dueOn?: string;
}

async function loadSchedule(em: EntityManager, s: DemoSchedule): Promise<number> {
  return idOf(
    em,
    sql`insert into report_schedule (template_id, level, blocs, province_id, frequency, due_day, starts_on, due_on)
     values (${s.template}, 'COMMUNE', ${JSON.stringify([s.bloc])}, ${await provinceOf(em, s.provinceCode)}, ${s.frequency}, ${s.dueDay ?? null}, ${s.startsOn}, ${s.dueOn ?? null}) returning id`,
  );
}

interface DemoSubmission {
  id: number;
  status: SubmissionStatus;
  values: Record<string, unknown>;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewer: number | null;
  comment: string | null;
  signer: string | null;
}

/** Writes the submissions' states and the versions that led to them (submitted, then reviewed), set-based. */
async function setSubmissions(em: EntityManager, rows: DemoSubmission[]): Promise<void> {
  if (!rows.length) return;
  const column = (pick: (r: DemoSubmission) => unknown, type: ArrayType) => boundArray(rows.map(pick), type);
  await query(
    em,
    sql`update report_submission s set status = r.status, "values" = r.values, first_submitted_at = r.submitted_at,
            submitted_at = r.submitted_at, reviewed_at = r.reviewed_at, reviewed_by_id = r.reviewer, review_comment = r.comment,
            signer_name = r.signer, version = case when r.reviewed_at is null then 1 else 2 end
     from unnest(${column((r) => r.id, 'int')}, ${column((r) => r.status, 'text')}, ${column((r) => JSON.stringify(r.values), 'jsonb')}, ${column((r) => r.submittedAt, 'timestamptz')},
                 ${column((r) => r.reviewedAt, 'timestamptz')}, ${column((r) => r.reviewer, 'int')}, ${column((r) => r.comment, 'text')}, ${column((r) => r.signer, 'text')})
          as r(id, status, values, submitted_at, reviewed_at, reviewer, comment, signer)
     where s.id = r.id`,
  );
  await query(
    em,
    sql`insert into report_submission_version (submission_id, version, action, status, "values", changed_by_name, changed_at)
     select id, 1, 'SUBMIT', 'SUBMITTED', "values", ${DEMO_AUTHOR}, submitted_at from report_submission
     where id = any(${column((r) => r.id, 'int')}) and submitted_at is not null
     union all
     select s.id, 2, case s.status when 'ACCEPTED' then 'ACCEPT' else 'RETURN' end, s.status, s."values", u.username, s.reviewed_at
     from report_submission s join app_user u on u.id = s.reviewed_by_id
     where s.id = any(${column((r) => r.id, 'int')}) and s.reviewed_at is not null`,
  );
  await query(
    em,
    sql`update report_submission_version v set comment = s.review_comment from report_submission s
     where v.submission_id = s.id and v.action = 'RETURN' and s.id = any(${column((r) => r.id, 'int')})`,
  );
}

/** Recommendations and difficulties of a demo submission, to follow up as the product would have written them. */
async function loadFollowUps(
  em: EntityManager,
  submission: number,
  reportedOn: string,
  values: Record<string, unknown>,
  keys: { recommendations: string; difficulties?: string },
): Promise<void> {
  const dueOn = new Date(`${reportedOn}T00:00:00Z`);
  dueOn.setUTCDate(dueOn.getUTCDate() + FOLLOW_UP_DAYS);
  for (const [table, key] of [
    ['recommendation', keys.recommendations],
    ['obstacle', keys.difficulties],
  ] as const) {
    const items = key ? ((values[key] ?? []) as { text: string; category: string; addressee?: string }[]) : [];
    if (!items.length) continue;
    await query(
      em,
      sql`insert into ${UNIT_REPORT_TABLES[table]} (unit_id, bloc, category, text, reported_on, addressee, due_on, source, status, submission_id)
       select s.unit_id, s.bloc, i.category, i.text, ${reportedOn}, i.addressee, ${dueOn.toISOString().slice(0, 10)}, ${FollowUpSource.UNIT_REPORT}, ${FollowUpStatus.OPEN}, s.id
       from report_submission s, unnest(${textArray(items.map((i) => i.category))}, ${textArray(items.map((i) => i.text))},
                                        ${textArray(items.map((i) => i.addressee ?? null))}) as i(category, text, addressee)
       where s.id = ${submission}`,
    );
  }
}

const submissionOf = (em: EntityManager, schedule: number, unit: number, period?: string) =>
  idOf(
    em,
    sql`select s.id from report_submission s join reporting_round r on r.id = s.round_id
     where r.schedule_id = ${schedule} and s.unit_id = ${unit} and ${period ? sql`r.period = ${period}` : sql`true`}`,
  );

async function phuThinhSubmission(
  em: EntityManager,
  schedule: number,
  unit: number,
): Promise<DemoSubmission & { values: Record<string, unknown> }> {
  const tasks = await query<{
    id: number;
    code: string;
    title: string;
    deadline: string | null;
    completed_on: string | null;
    assigned_by: TaskAssigner;
  }>(
    em,
    sql`select id, code, title, to_char(deadline, 'YYYY-MM-DD') as deadline, to_char(completed_on, 'YYYY-MM-DD') as completed_on, assigned_by
     from task where owner_unit_id = ${unit} order by id`,
  );
  const values = {
    ...PHU_THINH_VALUES,
    'PL1.chi-tieu': Object.fromEntries(
      PHU_THINH_INDICATORS.map((c, i) => [
        indicatorCode(i + 1),
        c.result === null
          ? { value: null, notApplicable: true, note: PHU_THINH_NOT_APPLICABLE }
          : { value: c.result, notApplicable: false, note: null },
      ]),
    ),
    'PL2.nhiem-vu': Object.fromEntries(
      tasks.map((t) => [
        String(t.id),
        {
          title: t.title,
          status: taskStatus(
            { deadline: t.deadline ?? undefined, completedOn: t.completed_on ?? undefined },
            '2026-04-20',
          ),
          assignedBy: t.assigned_by,
          result: PHU_THINH_TASK_RESULTS[Number(t.code.slice(-2))] ?? null,
          note: null,
        },
      ]),
    ),
  };
  return {
    id: await submissionOf(em, schedule, unit, '2026-04'),
    status: SubmissionStatus.ACCEPTED,
    values,
    submittedAt: '2026-04-20T16:00:00+07:00',
    reviewedAt: '2026-04-22T09:00:00+07:00',
    reviewer: await userId(em, 'thainguyen.giamsat'),
    comment: null,
    signer: 'Nguyễn Hữu Đông',
  };
}

const VERDICT_CYCLE = [Verdict.ASSURED, Verdict.ASSURED, Verdict.PARTLY_ASSURED, Verdict.ASSURED, Verdict.NOT_ASSURED];

/** A Bắc Ninh Party committee's monthly supervision report, varied by its place in the list. */
function bacNinhValues(communeName: string, n: number): Record<string, unknown> {
  const verdict = (k: number) => VERDICT_CYCLE[(n + k) % VERDICT_CYCLE.length];
  return {
    'A.tinh-hinh': `Ban Thường vụ Đảng ủy ${communeName} đã quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 02-KH/BCĐTW đến cán bộ, đảng viên; cập nhật kết quả trên Hệ thống thông tin giám sát trước ngày 10 hằng tháng.`,
    'g5.tinh-hinh': `Hạ tầng kỹ thuật, đường truyền Internet, trang thiết bị công nghệ thông tin và việc sử dụng chữ ký số tại ${communeName} cơ bản đáp ứng yêu cầu triển khai nhiệm vụ chuyển đổi số.`,
    'g1.ket-luan': Object.fromEntries(SUPERVISION_BLOCS.map((b, k) => [b.bloc, verdict(k)])),
    'g5.ket-luan': Object.fromEntries(
      SUPERVISION_BLOCS.flatMap((b, k) => INFRASTRUCTURE_AREAS.map((a, j) => [`${b.bloc}.${a.key}`, verdict(k + j)])),
    ),
    'D.kho-khan': [
      { category: 'Hạ tầng, thiết bị', text: 'Một số máy tính cấu hình thấp, thiết bị scan còn hạn chế.' },
    ],
    'E.kien-nghi': [],
  };
}

const atVietnam = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const shift = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Bắc Ninh's Party committees report monthly to the province inspection committee. The last
 * round past its due date is in progress — submitted on time, late, returned, accepted, not
 * yet — and the one before it mostly done; Lâm Thao's is left unwritten in every round (its
 * officers' demo account writes it).
 */
async function bacNinhRounds(em: EntityManager, schedule: number, today: string): Promise<DemoSubmission[]> {
  const reviewer = await userId(em, 'bacninh.ubkt');
  const rounds = await query<{ id: number; due_on: string }>(
    em,
    sql`select id, to_char(due_on, 'YYYY-MM-DD') as due_on from reporting_round
     where schedule_id = ${schedule} and due_on < ${today} order by period_start desc limit 2`,
  );
  const rows: DemoSubmission[] = [];
  for (const [age, round] of rounds.entries()) {
    const submissions = await query<{ id: number; commune: string }>(
      em,
      sql`select s.id, c.name as commune from report_submission s join commune c on c.id = s.commune_id
       where s.round_id = ${round.id} and c.name <> 'Xã Lâm Thao' order by c.code`,
    );
    submissions.forEach((s, n) => {
      const share = n / submissions.length;
      const state =
        age === 0
          ? share < 0.45
            ? 'ON_TIME'
            : share < 0.55
              ? 'ACCEPTED'
              : share < 0.6
                ? 'RETURNED'
                : share < 0.75
                  ? 'LATE'
                  : 'NONE'
          : share < 0.55
            ? 'ACCEPTED'
            : share < 0.8
              ? 'LATE_ACCEPTED'
              : 'NONE';
      if (state === 'NONE') return;
      const late = state === 'LATE' || state === 'LATE_ACCEPTED';
      const reviewed = state === 'ACCEPTED' || state === 'LATE_ACCEPTED' || state === 'RETURNED';
      rows.push({
        id: s.id,
        status:
          state === 'RETURNED'
            ? SubmissionStatus.RETURNED
            : reviewed
              ? SubmissionStatus.ACCEPTED
              : SubmissionStatus.SUBMITTED,
        values: bacNinhValues(s.commune, n),
        submittedAt: atVietnam(shift(round.due_on, late ? 1 + (n % 4) : -1 - (n % 5)), 9 + (n % 8)),
        reviewedAt: reviewed ? atVietnam(shift(round.due_on, late ? 6 : 2), 15) : null,
        reviewer: reviewed ? reviewer : null,
        comment:
          state === 'RETURNED'
            ? 'Đề nghị bổ sung số liệu hồ sơ trực tuyến và kết luận về hạ tầng phần cứng của từng khối.'
            : null,
        signer: null,
      });
    });
  }
  return rows;
}

/** The periodic reports of the sources and a Bắc Ninh round in progress, after the places, tasks and accounts. */
export async function loadReportDemo(em: EntityManager, today = todayInVietnam()): Promise<void> {
  const opened = today > LATEST_REPORT_DAY ? today : LATEST_REPORT_DAY;
  const phuThinh = await idOf(
    em,
    sql`select c.id from commune c join province p on p.id = c.province_id where p.code = 'thai-nguyen' and c.name = 'Xã Phú Thịnh'`,
  );
  const phuThinhUnit = await unitIn(em, phuThinh, Bloc.PEOPLES_COMMITTEE);
  const gia = await unitIn(em, await nameCommune(em, 'hai-phong', 'Xã Gia Phúc'), Bloc.PARTY);
  const hoang = await unitIn(em, await nameCommune(em, 'thanh-hoa', 'Xã Hoàng Sơn'), Bloc.PARTY);
  const campaign = await loadIndicatorCampaign(em, phuThinhUnit);
  const progress = await loadTemplate(em, PROGRESS_TEMPLATE, campaign);
  const supervision = await loadTemplate(em, SUPERVISION_TEMPLATE, campaign);
  const schedules = {
    thaiNguyen: await loadSchedule(em, {
      template: progress,
      provinceCode: 'thai-nguyen',
      bloc: Bloc.PEOPLES_COMMITTEE,
      frequency: ScheduleFrequency.MONTHLY,
      dueDay: 25,
      startsOn: '2026-04-01',
    }),
    bacNinh: await loadSchedule(em, {
      template: supervision,
      provinceCode: 'bac-ninh',
      bloc: Bloc.PARTY,
      frequency: ScheduleFrequency.MONTHLY,
      dueDay: 10,
      startsOn: shift(opened, -62).slice(0, 8) + '01',
    }),
    thanhHoa: await loadSchedule(em, {
      template: supervision,
      provinceCode: 'thanh-hoa',
      bloc: Bloc.PARTY,
      frequency: ScheduleFrequency.ONCE,
      startsOn: '2026-06-01',
      dueOn: '2026-06-20',
    }),
    haiPhong: await loadSchedule(em, {
      template: supervision,
      provinceCode: 'hai-phong',
      bloc: Bloc.PARTY,
      frequency: ScheduleFrequency.ONCE,
      startsOn: '2025-10-20',
      dueOn: '2025-10-31',
    }),
  };
  await openDueRounds(em, opened);
  const phuThinhReport = await phuThinhSubmission(em, schedules.thaiNguyen, phuThinhUnit);
  const hoangSon: DemoSubmission = {
    id: await submissionOf(em, schedules.thanhHoa, hoang),
    status: SubmissionStatus.SUBMITTED,
    values: HOANG_SON_VALUES,
    submittedAt: '2026-06-18T10:00:00+07:00',
    reviewedAt: null,
    reviewer: null,
    comment: null,
    signer: 'Lưu Đức Trình',
  };
  const giaPhuc: DemoSubmission = {
    id: await submissionOf(em, schedules.haiPhong, gia),
    status: SubmissionStatus.SUBMITTED,
    values: GIA_PHUC_VALUES,
    submittedAt: '2025-10-24T15:00:00+07:00',
    reviewedAt: null,
    reviewer: null,
    comment: null,
    signer: 'Đỗ Văn Tiến',
  };
  await setSubmissions(em, [phuThinhReport, hoangSon, giaPhuc, ...(await bacNinhRounds(em, schedules.bacNinh, today))]);
  await loadFollowUps(em, phuThinhReport.id, '2026-04-20', phuThinhReport.values, { recommendations: 'III.kien-nghi' });
  await loadFollowUps(em, giaPhuc.id, '2025-10-24', GIA_PHUC_VALUES, {
    recommendations: 'E.kien-nghi',
    difficulties: 'D.kho-khan',
  });
}
