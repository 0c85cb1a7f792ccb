import { tokenHash } from '../../server/auth/token';
import { checkConsistency } from '../support/consistency';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/**
 * Deadline day: 200 commune officers answer at the same moment, and many requests race on
 * one assessment. No answer may be lost or counted twice.
 */
jest.setTimeout(180_000);

const OFFICERS = 200;
const ANSWERS_EACH = 3;
const RACERS = 25;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Target {
  unit_id: number;
  criterion_id: number;
  assessment_id: number;
  version: number;
  met: boolean;
}

const sql = <T extends object>(text: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<T[]>(text, params);

/** Officers of 200 communes' units, with a token each, and three yes/no criteria of each unit in open campaigns. */
async function createOfficers(): Promise<{ token: string; targets: Target[] }[]> {
  const targets = await sql<Target & { commune_id: number; province_id: number; bloc: string }>(
    `select * from (
       select a.unit_id, a.criterion_id, a.id as assessment_id, a.version, a.met, u.commune_id, u.province_id, u.bloc,
              dense_rank() over (order by a.unit_id) as unit_rank,
              row_number() over (partition by a.unit_id order by a.criterion_id) as criterion_rank
       from assessment a
       join unit u on u.id = a.unit_id and u.level = 'COMMUNE'
       join criterion c on c.id = a.criterion_id and c.answer_type = 'BOOLEAN'
       join campaign cp on cp.id = c.campaign_id and (cp.closed_on is null or cp.closed_on > current_date)
     ) t where unit_rank <= ? and criterion_rank <= ? order by unit_id, criterion_id`,
    [OFFICERS, ANSWERS_EACH],
  );
  const byUnit = new Map<number, typeof targets>();
  for (const target of targets) byUnit.set(target.unit_id, [...(byUnit.get(target.unit_id) ?? []), target]);
  expect(byUnit.size).toBe(OFFICERS);

  const officers: { token: string; targets: Target[] }[] = [];
  for (const [unitId, unitTargets] of byUnit) {
    const { commune_id: communeId, province_id: provinceId, bloc } = unitTargets[0];
    const [user] = await sql<{ id: number }>(
      `insert into app_user (username, password_hash, full_name, created_at) values (?, 'not-a-password', ?, now()) returning id`,
      [`dongthoi.${unitId}`, `Cán bộ đồng thời ${unitId}`],
    );
    await sql(
      `insert into role_grant (user_id, role, province_id, commune_id, bloc) values (?, 'COMMUNE_BLOC_OFFICER', ?, ?, ?)`,
      [user.id, provinceId, communeId, bloc],
    );
    const token = `pxs_dongthoi_${unitId}_${Math.random().toString(36).slice(2)}`;
    await sql(
      `insert into access_token (user_id, kind, token_hash, created_at, expires_at) values (?, 'SESSION', ?, now(), now() + interval '1 hour')`,
      [user.id, tokenHash(token)],
    );
    officers.push({ token, targets: unitTargets });
  }
  return officers;
}

const ANSWER = `mutation ($u: ID!, $c: ID!, $b: Boolean!, $v: Int) {
  answerCriterion(input: { unitId: $u, criterionId: $c, boolean: $b, expectedVersion: $v }) { assessment { id version met } } }`;

const answer = (token: string, target: Target, value: boolean, expectedVersion?: number) =>
  server.request(
    ANSWER,
    { u: String(target.unit_id), c: String(target.criterion_id), b: value, v: expectedVersion },
    token,
  );

const stateOf = async (assessmentId: number) => {
  const [row] = await sql<{ version: number; history: string; audit: string }>(
    `select a.version,
            (select count(*) from assessment_history h where h.assessment_id = a.id) as history,
            (select count(*) from audit_entry e where e.object_type = 'Assessment' and e.object_id = a.id::text) as audit
     from assessment a where a.id = ?`,
    [assessmentId],
  );
  return { version: row.version, history: Number(row.history), audit: Number(row.audit) };
};

it('200 officers answering at once lose no answer and count each once', async () => {
  const officers = await createOfficers();
  const before = new Map<number, Awaited<ReturnType<typeof stateOf>>>();
  for (const { targets } of officers)
    for (const t of targets) before.set(t.assessment_id, await stateOf(t.assessment_id));

  const started = Date.now();
  const results = await Promise.all(
    officers.flatMap(({ token, targets }) => targets.map((t) => answer(token, t, !t.met))),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${results.length} concurrent answers by ${OFFICERS} officers in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(0)}/s)`,
  );

  expect(results.filter((r) => r.errors)).toEqual([]);
  for (const { targets } of officers) {
    for (const t of targets) {
      const was = before.get(t.assessment_id)!;
      expect(await stateOf(t.assessment_id)).toEqual({
        version: was.version + 1,
        history: was.history + 1,
        audit: was.audit + 1,
      });
    }
  }
  const all = officers.flatMap(({ targets }) => targets);
  const stored = await sql<{ id: number; met: boolean }>('select id, met from assessment where id in (?)', [
    all.map((t) => t.assessment_id),
  ]);
  expect(new Map(stored.map((r) => [r.id, r.met]))).toEqual(new Map(all.map((t) => [t.assessment_id, !t.met])));

  const consistency = await checkConsistency(server.orm.em);
  expect(consistency).toMatchObject({ versionMismatches: 0, unitProgressDiffs: 0, criterionProgressDiffs: 0 });
  expect(consistency.assessments).toBeGreaterThan(100_000);
});

it('of many answers racing with the same expected version exactly one wins; without one, all land in turn', async () => {
  const officer = await raceOfficer();
  const target = officer.targets[0];
  for (let round = 0; round < 3; round++) {
    const { version } = await stateOf(target.assessment_id);
    const results: GraphQLResponse[] = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => answer(officer.token, target, i % 2 === 0, version)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(winners[0].data!.answerCriterion.assessment.version).toBe(version + 1);
    const losers = results.filter((r) => r.errors);
    expect(losers.map((r) => r.errors![0].extensions)).toEqual(
      Array(RACERS - 1).fill({ code: 'VERSION_CONFLICT', storedVersion: version + 1 }),
    );
    expect(await stateOf(target.assessment_id)).toMatchObject({ version: version + 1 });
  }

  const start = await stateOf(target.assessment_id);
  const unconditional = await Promise.all(
    Array.from({ length: RACERS }, (_, i) => answer(officer.token, target, i % 2 === 0)),
  );
  expect(unconditional.filter((r) => r.errors)).toEqual([]);
  const versions = unconditional.map((r) => r.data!.answerCriterion.assessment.version).sort((a, b) => a - b);
  expect(versions).toEqual(Array.from({ length: RACERS }, (_, i) => start.version + i + 1));
  expect(await stateOf(target.assessment_id)).toEqual({
    version: start.version + RACERS,
    history: start.history + RACERS,
    audit: start.audit + RACERS,
  });

  expect(await checkConsistency(server.orm.em)).toMatchObject({
    versionMismatches: 0,
    unitProgressDiffs: 0,
    criterionProgressDiffs: 0,
  });
});

/** The first officer's targets again, read fresh: the first test has moved their versions. */
async function raceOfficer() {
  const [row] = await sql<{ token_user: number }>(
    `select min(id) as token_user from app_user where username like 'dongthoi.%'`,
  );
  const token = `pxs_race_${Math.random().toString(36).slice(2)}`;
  await sql(
    `insert into access_token (user_id, kind, token_hash, created_at, expires_at) values (?, 'SESSION', ?, now(), now() + interval '1 hour')`,
    [row.token_user, tokenHash(token)],
  );
  const targets = await sql<Target>(
    `select a.unit_id, a.criterion_id, a.id as assessment_id, a.version, a.met
     from assessment a join unit u on u.id = a.unit_id join app_user au on au.username = 'dongthoi.' || u.id
     join criterion c on c.id = a.criterion_id and c.answer_type = 'BOOLEAN' join campaign cp on cp.id = c.campaign_id
     where au.id = ? and (cp.closed_on is null or cp.closed_on > current_date) order by a.criterion_id limit 1`,
    [row.token_user],
  );
  return { token, targets };
}
