import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { communeCampaignOf, exportStartIds, type Actors } from './actors';
import type { AnswerTargets } from './answer-targets';
import { cycle } from './cycle';
import { EXPORT_PAGE_SIZE, SIDE_BY_SIDE_PAGE_SIZE } from './scenarios';
import { SCENARIO, type ScenarioName } from './scenario-names';
import { percentile } from './stats';

/**
 * The floor of a scenario: the best hand-written SQL for the same question, sent straight to
 * the same database over one connection and returning the same data (as JSON where the API
 * nests it). It uses the counters the product keeps (unit_progress, criterion_progress).
 */
export type FloorRun = (client: Client) => Promise<void>;

/** A CTE of unit statuses in a campaign, computed from the counters, for the units matching `scope`. */
function statusCte(name: string, campaign: string, asOf: string, scope: string): string {
  return `${name} as (
    select c.*, case when c.met = c.due then 0
                     when c.answered = 0 or c.met * 100 < c.due * cp.red_below_percent then 2
                     else 1 end as severity
    from (select u.id as unit_id, u.commune_id, u.province_id, u.bloc,
                 coalesce(sum(up.criteria_count) filter (where up.due_date <= ${asOf}), 0)::int as due,
                 coalesce(sum(up.met_count) filter (where up.due_date <= ${asOf}), 0)::int as met,
                 sum(up.answered_count)::int as answered, sum(up.criteria_count)::int as total
          from unit_progress up join unit u on u.id = up.unit_id
          where up.campaign_id = ${campaign} and ${scope}
          group by u.id) c
    join campaign cp on cp.id = ${campaign})`;
}

const SEVERITY_COUNTS = `json_build_object('green', count(*) filter (where severity = 0), 'yellow', count(*) filter (where severity = 1),
                                           'red', count(*) filter (where severity = 2), 'total', count(*))`;

const PENDING_WORK = `
with ${statusCte('statuses', '$2', '$3::date', 'u.commune_id = (select commune_id from unit where id = $1)')}
select u.id, u.name, u.bloc, co.id as commune_id, co.name as commune_name,
       (select row_to_json(s) from statuses s where s.unit_id = u.id) as status,
       (select max(severity) from statuses) as commune_severity,
       (select json_agg(json_build_object(
                 'id', a.id, 'version', a.version, 'answeredAt', a.answered_at,
                 'criterion', json_build_object(
                   'id', c.id, 'code', c.code, 'text', c.text, 'dueDate', coalesce(c.due_date, cp.deadline),
                   'solutions', (select coalesce(json_agg(json_build_object('authority', s.authority, 'text', s.text) order by s.id), '[]')
                                 from solution s where s.criterion_id = c.id and (s.province_id is null or s.province_id = $4))))
               order by a.id)
        from assessment a join criterion c on c.id = a.criterion_id join campaign cp on cp.id = c.campaign_id
        where a.unit_id = u.id and c.campaign_id = $2 and not a.met) as unmet
from unit u left join commune co on co.id = u.commune_id
where u.id = $1`;

const ANSWER_WRITE = `
with target as (
  select a.id, a.met as was_met from assessment a where a.unit_id = $1 and a.criterion_id = $2 for update
), changed as (
  update assessment a set answer_boolean = $3, met = $3, answered_at = now(), version = a.version + 1
  from target where a.id = target.id
  returning a.id, a.version, a.met, a.answered_at, target.was_met
), history as (
  insert into assessment_history (assessment_id, version, answer_boolean, met, changed_at)
  select id, version, met, met, answered_at from changed
), unit_counters as (
  update unit_progress up set met_count = up.met_count + changed.met::int - changed.was_met::int
  from changed, criterion c join campaign cp on cp.id = c.campaign_id
  where c.id = $2 and up.unit_id = $1 and up.campaign_id = c.campaign_id and up.due_date = coalesce(c.due_date, cp.deadline)
)
update criterion_progress cpg set met_count = cpg.met_count + changed.met::int - changed.was_met::int
from changed, unit u
where cpg.criterion_id = $2 and u.id = $1 and cpg.province_id = u.province_id`;

const ANSWER_STATUS = `
with ${statusCte('statuses', '$2', '$3::date', 'u.commune_id = (select commune_id from unit where id = $1)')}
select (select row_to_json(s) from statuses s where s.unit_id = $1) as unit_status, max(severity) as commune_severity
from statuses`;

const PROVINCE_DASHBOARD = `
with ${statusCte('statuses', '$2', '$4::date', 'u.province_id = $1')},
${statusCte('province_statuses', '$3', '$4::date', 'u.province_id = $1 and u.commune_id is null')},
communes as (select commune_id, max(severity) as severity from statuses where commune_id is not null group by commune_id),
page as (select id, name from commune where province_id = $1 order by id limit 50)
select
  (select ${SEVERITY_COUNTS} from communes) as counts,
  (select json_agg(json_build_object('id', u.id, 'bloc', u.bloc, 'name', u.name, 'status', row_to_json(ps)) order by u.id)
   from unit u left join province_statuses ps on ps.unit_id = u.id
   where u.province_id = $1 and u.level = 'PROVINCE') as units,
  (select count(*) from commune where province_id = $1) as total_count,
  (select json_agg(json_build_object(
            'id', p.id, 'name', p.name, 'severity', cs.severity,
            'units', (select json_agg(json_build_object('id', u.id, 'bloc', u.bloc, 'status', row_to_json(s)) order by u.id)
                      from unit u left join statuses s on s.unit_id = u.id where u.commune_id = p.id))
          order by p.id)
   from page p left join communes cs on cs.commune_id = p.id) as communes`;

const HEAT_MAP = `
with ${statusCte('statuses', '$1', '$2::date', 'u.commune_id is not null')},
communes as (select commune_id, province_id, max(severity) as severity from statuses group by commune_id, province_id)
select p.id, p.code, p.name, ${SEVERITY_COUNTS} as counts
from province p join communes c on c.province_id = p.id
group by p.id order by p.name`;

/** Met/total per criterion and province, from the criterion_progress counters. */
const CRITERION_TABLE = `
select c.id, c.code, c.text, c.bloc, p.name, cp.met_count as met, cp.unit_count as total
from criterion c
join criterion_progress cp on cp.criterion_id = c.id
join province p on p.id = cp.province_id
where c.campaign_id = $1
order by c.bloc, c.position, p.id`;

/** A page of `$2` assessments after id `$1` (one more row says whether a next page exists); placeholders are in no list. */
const EXPORT_PAGE = `
select a.id, a.version, a.met, a.answered_at, a.answer_boolean, a.answer_option_keys, a.answer_number,
       a.unit_id, a.criterion_id, c.code
from assessment a join criterion c on c.id = a.criterion_id
where a.id > $1 and not c.is_placeholder order by a.id limit $2::int + 1`;

const UNIT_ASSESSMENTS = `
with shown as (
  select a.id, a.version, a.met, a.answered_at, c.id as criterion_id, c.code, c.text
  from assessment a join criterion c on c.id = a.criterion_id
  where a.unit_id = $1 and not c.is_placeholder)
select u.id, u.name, (select count(*) from shown) as total_count,
       (select json_agg(json_build_object('id', p.id, 'version', p.version, 'met', p.met, 'answeredAt', p.answered_at,
                        'criterion', json_build_object('id', p.criterion_id, 'code', p.code, 'text', p.text)) order by p.id)
        from (select * from shown order by id limit 100) p) as nodes
from unit u where u.id = $1`;

const query =
  (sql: string, params: () => unknown[]): FloorRun =>
  async (client) => {
    await client.query(sql, params());
  };

export function floorRuns(
  actors: Actors,
  targets: AnswerTargets,
  asOf: string,
): Record<Exclude<ScenarioName, 'mixed'>, FloorRun> {
  const officer = cycle(actors.officers);
  const overseer = cycle(actors.overseers);
  const exportStart = cycle(exportStartIds(actors));
  const pageStart = cycle(exportStartIds(actors));
  return {
    [SCENARIO.pendingWork]: query(PENDING_WORK, () => {
      const o = officer();
      return [o.unitId, o.campaignId, asOf, o.provinceId];
    }),
    [SCENARIO.answering]: (async (client) => {
      const target = targets.flipNext(true);
      await client.query('begin');
      await client.query(ANSWER_WRITE, [target.officer.unitId, target.criterionId, target.met]);
      await client.query(ANSWER_STATUS, [target.officer.unitId, target.officer.campaignId, asOf]);
      await client.query('commit');
    }) satisfies FloorRun,
    [SCENARIO.provinceDashboard]: query(PROVINCE_DASHBOARD, () => {
      const { provinceId } = overseer();
      return [provinceId, communeCampaignOf(actors.campaigns, provinceId), actors.campaigns.phase2Province, asOf];
    }),
    [SCENARIO.heatMap]: query(HEAT_MAP, () => [actors.campaigns.oneStop, asOf]),
    [SCENARIO.criterionTable]: query(CRITERION_TABLE, () => [actors.campaigns.phase2Commune]),
    [SCENARIO.apiExport]: query(EXPORT_PAGE, () => [exportStart(), EXPORT_PAGE_SIZE]),
    [SCENARIO.assessmentPage]: query(EXPORT_PAGE, () => [pageStart(), SIDE_BY_SIDE_PAGE_SIZE]),
    [SCENARIO.unitAssessments]: query(UNIT_ASSESSMENTS, () => [officer().unitId]),
  };
}

const WARMUP_RUNS = 3;

/** Median wall time of `runs` sequential runs, after a few unmeasured ones. */
export async function measureFloor(client: Client, run: FloorRun, runs: number): Promise<number> {
  for (let i = 0; i < WARMUP_RUNS; i++) await run(client);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(client);
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}
