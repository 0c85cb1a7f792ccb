import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password';
import { Campaign } from '../campaign/campaign.entity';
import { liftStatementTimeout } from '../database/faults';
import { boundArray, intArray, joinSql, query, Sql, sql, type ArrayType } from '../database/sql';
import { AnswerType, Level, type Bloc } from '../domain/enums';
import { BLOC_LABEL } from '../domain/labels';
import { searchKey } from '../domain/text';
import { Province } from '../province/province.entity';
import { rebuildProgress } from '../status/status.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import type { DemoCriterion, DemoDataSet } from './demo-data-set';
import { buildNationalDemo } from './national-demo';
import { loadReportDemo } from './report-demo';

const BLOCS = Object.keys(BLOC_LABEL) as Bloc[];

/** Inserts rows column-wise with one statement: PostgreSQL unnests the arrays. */
async function insertColumns(
  em: EntityManager,
  table: string,
  columns: Record<string, { type: ArrayType; values: unknown[] }>,
  returning = ['id'],
): Promise<Record<string, unknown>[]> {
  const names = Object.keys(columns);
  const list = (parts: Sql[]) => joinSql(parts, sql`, `);
  return query(
    em,
    sql`insert into ${Sql.identifier(table)} (${list(names.map(Sql.identifier))})
        select * from unnest(${list(names.map((name) => boundArray(columns[name].values, columns[name].type)))})
        returning ${list(returning.map(Sql.identifier))}`,
  );
}

/** A stored answer consistent with met/unmet, for each answer type the demo criteria use. */
function demoAnswer(criterion: DemoCriterion, met: boolean): { boolean: boolean | null; optionKeys: string | null } {
  switch (criterion.answerType) {
    case AnswerType.BOOLEAN:
      return { boolean: met, optionKeys: null };
    case AnswerType.SINGLE_CHOICE: {
      const failing = criterion.options.find((o) => !criterion.passingOptionKeys.includes(o.key));
      return { boolean: null, optionKeys: JSON.stringify([met ? criterion.passingOptionKeys[0] : failing!.key]) };
    }
    case AnswerType.MULTI_CHOICE: {
      const required = [...criterion.requiredOptionKeys].sort();
      return { boolean: null, optionKeys: JSON.stringify(met ? required : required.slice(0, -1)) };
    }
    case AnswerType.NUMBER:
    case AnswerType.PERCENT:
    case AnswerType.TEXT:
      throw new Error(`The demo data has no ${criterion.answerType} answers (${criterion.code}).`);
  }
}

async function loadPlaces(em: EntityManager, data: DemoDataSet) {
  const provinces = await insertColumns(
    em,
    'province',
    {
      code: { type: 'text', values: data.provinces.map((p) => p.code) },
      name: { type: 'text', values: data.provinces.map((p) => p.name) },
      search_name: { type: 'text', values: data.provinces.map((p) => searchKey(p.name)) },
    },
    ['id', 'code'],
  );
  const provinceId = new Map(provinces.map((r) => [r.code as string, r.id as number]));
  const communes = await insertColumns(
    em,
    'commune',
    {
      province_id: { type: 'int', values: data.communes.map((c) => provinceId.get(c.provinceCode)) },
      code: { type: 'text', values: data.communes.map((c) => c.code) },
      name: { type: 'text', values: data.communes.map((c) => c.name) },
      kind: { type: 'text', values: data.communes.map((c) => c.kind) },
      name_is_generated: { type: 'boolean', values: data.communes.map((c) => c.nameIsGenerated) },
      search_name: { type: 'text', values: data.communes.map((c) => searchKey(c.name)) },
    },
    ['id', 'code'],
  );
  const communeId = new Map(communes.map((r) => [r.code as string, r.id as number]));

  const unitRows = [
    ...data.provinces.flatMap((p) =>
      BLOCS.map((bloc) => ({
        bloc,
        level: Level.PROVINCE,
        province: p.code,
        commune: null as string | null,
        name: `${BLOC_LABEL[bloc]} ${p.name}`,
      })),
    ),
    ...data.communes.flatMap((c) =>
      BLOCS.map((bloc) => ({
        bloc,
        level: Level.COMMUNE,
        province: c.provinceCode,
        commune: c.code as string | null,
        name: `${BLOC_LABEL[bloc]} ${c.name}`,
      })),
    ),
  ];
  const units = await insertColumns(em, 'unit', {
    bloc: { type: 'text', values: unitRows.map((u) => u.bloc) },
    level: { type: 'text', values: unitRows.map((u) => u.level) },
    province_id: { type: 'int', values: unitRows.map((u) => provinceId.get(u.province)) },
    commune_id: { type: 'int', values: unitRows.map((u) => (u.commune ? communeId.get(u.commune) : null)) },
    name: { type: 'text', values: unitRows.map((u) => u.name) },
  });
  const unitKey = (bloc: Bloc, province: string, commune: string | null) => `${bloc}|${province}|${commune ?? ''}`;
  const unitId = new Map(unitRows.map((u, i) => [unitKey(u.bloc, u.province, u.commune), units[i].id as number]));
  return { provinceId, communeId, unitId, unitKey };
}

async function loadCatalog(em: EntityManager, data: DemoDataSet, provinceId: Map<string, number>) {
  const campaigns = await insertColumns(
    em,
    'campaign',
    {
      code: { type: 'text', values: data.campaigns.map((c) => c.code) },
      name: { type: 'text', values: data.campaigns.map((c) => c.name) },
      level: { type: 'text', values: data.campaigns.map((c) => c.level) },
      province_id: {
        type: 'int',
        values: data.campaigns.map((c) => (c.provinceCode ? provinceId.get(c.provinceCode) : null)),
      },
      as_of: { type: 'date', values: data.campaigns.map((c) => c.asOf) },
      deadline: { type: 'date', values: data.campaigns.map((c) => c.deadline) },
      red_below_percent: { type: 'int', values: data.campaigns.map((c) => c.redBelowPercent) },
    },
    ['id', 'code'],
  );
  const campaignId = new Map(campaigns.map((r) => [r.code as string, r.id as number]));
  const json = (values: unknown[]) => values.map((v) => JSON.stringify(v));
  const criteria = await insertColumns(
    em,
    'criterion',
    {
      campaign_id: { type: 'int', values: data.criteria.map((c) => campaignId.get(c.campaignCode)) },
      code: { type: 'text', values: data.criteria.map((c) => c.code) },
      bloc: { type: 'text', values: data.criteria.map((c) => c.bloc) },
      level: { type: 'text', values: data.criteria.map((c) => c.level) },
      text: { type: 'text', values: data.criteria.map((c) => c.text) },
      position: { type: 'int', values: data.criteria.map((c) => c.position) },
      answer_type: { type: 'text', values: data.criteria.map((c) => c.answerType) },
      options: { type: 'jsonb', values: json(data.criteria.map((c) => c.options)) },
      passing_option_keys: { type: 'jsonb', values: json(data.criteria.map((c) => c.passingOptionKeys)) },
      required_option_keys: { type: 'jsonb', values: json(data.criteria.map((c) => c.requiredOptionKeys)) },
      is_placeholder: { type: 'boolean', values: data.criteria.map((c) => c.isPlaceholder) },
      due_date: { type: 'date', values: data.criteria.map((c) => c.dueDate ?? null) },
    },
    ['id'],
  );
  const criterionKey = (campaign: string, code: string) => `${campaign}|${code}`;
  const criterionById = new Map(
    data.criteria.map((c, i) => [criterionKey(c.campaignCode, c.code), { id: criteria[i].id as number, criterion: c }]),
  );
  return { campaignId, criterionById, criterionKey };
}

/** Loads the national demo data set with set-based SQL in the caller's transaction, however long its statements take. */
export async function loadDemoData(em: EntityManager, data: DemoDataSet = buildNationalDemo()): Promise<void> {
  await liftStatementTimeout(em);
  const { provinceId, communeId, unitId, unitKey } = await loadPlaces(em, data);
  const { campaignId, criterionById, criterionKey } = await loadCatalog(em, data, provinceId);
  const answeredOn = new Map(data.campaigns.map((c) => [c.code, c.answeredOn ?? c.asOf]));

  const rows = {
    unit: [] as number[],
    criterion: [] as number[],
    met: [] as boolean[],
    boolean: [] as (boolean | null)[],
    optionKeys: [] as (string | null)[],
    answeredAt: [] as string[],
  };
  for (const result of data.results) {
    const unit = unitId.get(unitKey(result.bloc, result.provinceCode, result.communeCode))!;
    const answeredAt = `${answeredOn.get(result.campaignCode)}T08:00:00+07:00`;
    for (const [codes, met] of [
      [result.metCriterionCodes, true],
      [result.unmetCriterionCodes, false],
    ] as const) {
      for (const code of codes) {
        const { id, criterion } = criterionById.get(criterionKey(result.campaignCode, code))!;
        const answer = demoAnswer(criterion, met);
        rows.unit.push(unit);
        rows.criterion.push(id);
        rows.met.push(met);
        rows.boolean.push(answer.boolean);
        rows.optionKeys.push(answer.optionKeys);
        rows.answeredAt.push(answeredAt);
      }
    }
  }
  await insertColumns(em, 'assessment', {
    unit_id: { type: 'int', values: rows.unit },
    criterion_id: { type: 'int', values: rows.criterion },
    met: { type: 'boolean', values: rows.met },
    answer_boolean: { type: 'boolean', values: rows.boolean },
    answer_option_keys: { type: 'jsonb', values: rows.optionKeys },
    answered_at: { type: 'timestamptz', values: rows.answeredAt },
    version: { type: 'int', values: rows.unit.map(() => 1) },
  });
  await loadPastAnswers(em, data, { unitId, unitKey, criterionById, criterionKey });
  await query(
    em,
    sql`insert into assessment_history (assessment_id, version, answer_boolean, answer_option_keys, answer_number, met, changed_at)
     select id, version, answer_boolean, answer_option_keys, answer_number, met, answered_at from assessment order by id`,
  );

  await insertColumns(em, 'solution', {
    criterion_id: {
      type: 'int',
      values: data.solutions.map((s) => criterionById.get(criterionKey(s.campaignCode, s.criterionCode))!.id),
    },
    province_id: {
      type: 'int',
      values: data.solutions.map((s) => (s.provinceCode ? provinceId.get(s.provinceCode) : null)),
    },
    authority: { type: 'text', values: data.solutions.map((s) => s.authority) },
    text: { type: 'text', values: data.solutions.map((s) => s.text) },
  });
  await insertColumns(em, 'task', {
    code: { type: 'text', values: data.tasks.map((t) => t.code) },
    title: { type: 'text', values: data.tasks.map((t) => t.title) },
    group: { type: 'text', values: data.tasks.map((t) => t.group) },
    group_name: { type: 'text', values: data.tasks.map((t) => t.groupName) },
    owner_unit_id: {
      type: 'int',
      values: data.tasks.map((t) =>
        t.ownerUnit ? unitId.get(unitKey(t.ownerUnit.bloc, t.ownerUnit.provinceCode, t.ownerUnit.communeCode)) : null,
      ),
    },
    owner_name: { type: 'text', values: data.tasks.map((t) => t.ownerName) },
    assigned_by: { type: 'text', values: data.tasks.map((t) => t.assignedBy) },
    province_id: {
      type: 'int',
      values: data.tasks.map((t) => (t.provinceCode ? provinceId.get(t.provinceCode) : null)),
    },
    deadline: { type: 'date', values: data.tasks.map((t) => t.deadline) },
    recurrence: { type: 'text', values: data.tasks.map((t) => t.recurrence) },
    started_on: { type: 'date', values: data.tasks.map((t) => t.startedOn) },
    completed_on: { type: 'date', values: data.tasks.map((t) => t.completedOn) },
  });
  for (const [table, items] of [
    ['obstacle', data.obstacles],
    ['recommendation', data.recommendations],
  ] as const) {
    await insertColumns(em, table, {
      unit_id: { type: 'int', values: items.map((o) => unitId.get(unitKey(o.bloc, o.provinceCode, o.communeCode))) },
      bloc: { type: 'text', values: items.map((o) => o.bloc) },
      category: { type: 'text', values: items.map((o) => o.category) },
      text: { type: 'text', values: items.map((o) => o.text) },
      reported_on: { type: 'date', values: items.map((o) => o.reportedOn) },
    });
  }
  for (const id of campaignId.values()) await rebuildProgress(em, id);
  await loadDemoAccounts(em, provinceId, communeId, data);
  // The source reports' communes lie in Thái Nguyên, Hải Phòng and Thanh Hóa: a partial data set may lack them.
  if (['thai-nguyen', 'hai-phong', 'thanh-hoa', 'bac-ninh'].every((code) => provinceId.has(code)))
    await loadReportDemo(em);
}

/**
 * Past answers become each answer's first version in the history (written first); the result
 * replacing it becomes the second, answered on the campaign's asOf.
 */
async function loadPastAnswers(
  em: EntityManager,
  data: DemoDataSet,
  ids: {
    unitId: Map<string, number>;
    unitKey: (bloc: Bloc, province: string, commune: string | null) => string;
    criterionById: Map<string, { id: number; criterion: DemoCriterion }>;
    criterionKey: (campaign: string, code: string) => string;
  },
): Promise<void> {
  if (!data.pastAnswers.length) return;
  const rows = data.pastAnswers.map((past) => {
    const { id, criterion } = ids.criterionById.get(ids.criterionKey(past.campaignCode, past.criterionCode))!;
    return {
      unit: ids.unitId.get(ids.unitKey(past.bloc, past.provinceCode, past.communeCode))!,
      criterion: id,
      past,
      answer: demoAnswer(criterion, past.met),
    };
  });
  const units = intArray(rows.map((r) => r.unit));
  const criteria = intArray(rows.map((r) => r.criterion));
  await query(
    em,
    sql`update assessment a set version = 2, answered_at = (cast(cp.as_of as timestamp) + interval '8 hours') at time zone 'Asia/Ho_Chi_Minh'
     from unnest(${units}, ${criteria}) p(unit_id, criterion_id), criterion c, campaign cp
     where a.unit_id = p.unit_id and a.criterion_id = p.criterion_id and c.id = a.criterion_id and cp.id = c.campaign_id`,
  );
  await query(
    em,
    sql`insert into assessment_history (assessment_id, version, answer_boolean, answer_option_keys, met, changed_at)
     select a.id, 1, p.answer_boolean, p.answer_option_keys, p.met, p.changed_at
     from unnest(${units}, ${criteria}, ${boundArray(
       rows.map((r) => r.answer.boolean),
       'boolean',
     )}, ${boundArray(
       rows.map((r) => r.answer.optionKeys),
       'jsonb',
     )}, ${boundArray(
       rows.map((r) => r.past.met),
       'boolean',
     )}, ${boundArray(
       rows.map((r) => `${r.past.answeredOn}T08:00:00+07:00`),
       'timestamptz',
     )}) p(unit_id, criterion_id, answer_boolean, answer_option_keys, met, changed_at)
     join assessment a on a.unit_id = p.unit_id and a.criterion_id = p.criterion_id`,
  );
}

async function loadDemoAccounts(
  em: EntityManager,
  provinceId: Map<string, number>,
  communeId: Map<string, number>,
  data: DemoDataSet,
) {
  const communeCode = new Map(data.communes.map((c) => [`${c.provinceCode}|${c.name}`, c.code]));
  for (const account of DEMO_ACCOUNTS) {
    // A partial data set (the replica tests load a few provinces) has no place for some accounts.
    if (account.provinceCode && !provinceId.has(account.provinceCode)) continue;
    const [user] = await query<{ id: number }>(
      em,
      sql`insert into app_user (username, password_hash, full_name, created_at) values (${account.username}, ${await hashPassword(DEMO_PASSWORD)}, ${account.fullName}, now()) returning id`,
    );
    const commune = account.communeName ? communeCode.get(`${account.provinceCode}|${account.communeName}`) : undefined;
    if (account.communeName && !commune) throw new Error(`Demo commune ${account.communeName} is missing.`);
    await query(
      em,
      sql`insert into role_grant (user_id, role, province_id, commune_id, bloc) values (${user.id}, ${account.role}, ${account.provinceCode ? provinceId.get(account.provinceCode)! : null}, ${commune ? communeId.get(commune)! : null}, ${account.bloc ?? null})`,
    );
  }
}

/** Loads the demo data on the first start only: an empty province table means a new database. */
export async function ensureDemoData(em: EntityManager, log: (line: string) => void): Promise<boolean> {
  if ((await em.count(Province, {})) > 0) return false;
  log('Cơ sở dữ liệu trống: đang nạp bộ dữ liệu mẫu toàn quốc…');
  const started = Date.now();
  await em.transactional((tx) => loadDemoData(tx));
  const campaigns = await em.count(Campaign, {});
  log(`Đã nạp dữ liệu mẫu (${campaigns} đợt đánh giá) trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  return true;
}
