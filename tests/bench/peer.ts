import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { stopChild } from './server-child';

/**
 * The bench's peer, PostGraphile 4 with @graphile/pg-aggregates, over the bench database. It
 * lives in tests/bench/peer with a package.json and lockfile of its own: PostGraphile 4 needs
 * graphql 15, the product graphql 16, and npm cannot give both one copy each in one tree (it
 * either refuses the peer dependencies or installs several graphql 15 copies that break
 * PostGraphile's schema). The bench installs it there on first use.
 */
const PEER_FOLDER = join(__dirname, 'peer');

/** The schema the bench adds for the peer, apart from the product's tables. */
export const PEER_SCHEMA = 'bench_peer';

/**
 * What PostGraphile needs to answer the product's questions, in its own schema:
 *
 * - `visible_assessment`: the assessments every list of the product shows (none of a placeholder
 *   criterion, assessment.service.ts), with the keys PostGraphile reads from smart comments;
 * - `heat_map(campaign_id, as_of)`: the national heat map in one function, the product's status
 *   rule over the unit_progress counters (status-rule.ts, the SEVERITY and COUNTED_MET of
 *   status.service.ts): a unit is GREEN when every criterion due is met, RED when it answered
 *   nothing or meets under the campaign's threshold, else YELLOW; a commune takes its worst
 *   unit; green percent with two decimals, ties to even (domain/percent.ts).
 */
const PEER_SQL = `
drop schema if exists ${PEER_SCHEMA} cascade;
create schema ${PEER_SCHEMA};

create view ${PEER_SCHEMA}.visible_assessment as
  select a.* from public.assessment a join public.criterion c on c.id = a.criterion_id where not c.is_placeholder;
comment on view ${PEER_SCHEMA}.visible_assessment is E'@primaryKey id\\n@foreignKey (unit_id) references public.unit (id)\\n@foreignKey (criterion_id) references public.criterion (id)';

create type ${PEER_SCHEMA}.province_status_counts as (
  province_id int, code text, name text, green int, yellow int, red int, total int, green_percent float8);

create function ${PEER_SCHEMA}.heat_map(campaign_id int, as_of date) returns setof ${PEER_SCHEMA}.province_status_counts
language sql stable as $$
  with units as (
    select u.commune_id, u.province_id, cp.red_below_percent,
           coalesce(sum(up.criteria_count) filter (where up.due_date <= heat_map.as_of), 0) as due,
           coalesce(sum(case when cp.count_unverified_claims then up.met_count else up.confirmed_count end)
                    filter (where up.due_date <= heat_map.as_of), 0) as met,
           sum(up.answered_count) as answered
    from public.unit_progress up
    join public.campaign cp on cp.id = up.campaign_id
    join public.unit u on u.id = up.unit_id
    where up.campaign_id = heat_map.campaign_id and u.commune_id is not null
    group by up.unit_id, u.commune_id, u.province_id, cp.red_below_percent
  ), communes as (
    select province_id,
           max(case when met = due then 0
                    when answered = 0 or met * 100 < due * red_below_percent then 2
                    else 1 end) as severity
    from units group by commune_id, province_id
  ), counts as (
    select p.id, p.code, p.name,
           count(c.severity) filter (where c.severity = 0)::int as green,
           count(c.severity) filter (where c.severity = 1)::int as yellow,
           count(c.severity) filter (where c.severity = 2)::int as red,
           count(c.severity)::int as total
    from public.province p left join communes c on c.province_id = p.id
    group by p.id
  ), scaled as (
    select counts.*, green * 10000 / nullif(total, 0) as quotient, green * 10000 % nullif(total, 0) * 2 as twice
    from counts
  )
  select id, code, name, green, yellow, red, total,
         coalesce((quotient + case when twice > total or (twice = total and quotient % 2 = 1) then 1 else 0 end)::float8 / 100, 0)
  from scaled
$$;`;

export async function createPeerSchema(client: Client): Promise<void> {
  await client.query(PEER_SQL);
}

function installedVersion(name: string): string | undefined {
  const path = join(PEER_FOLDER, 'node_modules', name, 'package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version : undefined;
}

/** Installs the peer from its lockfile when it is missing or another version than package.json pins. */
export function ensurePeerInstalled(): string {
  const wanted = (
    JSON.parse(readFileSync(join(PEER_FOLDER, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies.postgraphile;
  if (installedVersion('postgraphile') !== wanted) {
    console.log(`Installing the peer (PostGraphile ${wanted}) in ${PEER_FOLDER}…`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_FOLDER, stdio: 'inherit' });
  }
  return wanted;
}

export interface PeerServer {
  url: string;
  processes: number;
  version: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts PostGraphile in a child process (its own processes, like the product's server), not in
 * the bench's: in-process it would share the load generator's event loop and the product would
 * be measured against a peer slowed by autocannon; and its graphql 15 must not meet the bench's 16.
 */
export async function startPeer(databaseUrl: string, processes: number): Promise<PeerServer> {
  const version = ensurePeerInstalled();
  const child = fork(join(PEER_FOLDER, 'server.js'), [], {
    cwd: PEER_FOLDER,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_PEER_SCHEMAS: `public,${PEER_SCHEMA}`,
      BENCH_PEER_PROCESSES: String(processes),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
  try {
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`The peer exited before listening (code ${code}).`)));
      child.on('message', (message: { type: string; port: number }) => {
        if (message.type === 'listening') resolve(message);
      });
    });
    return { url: `http://127.0.0.1:${port}/graphql`, processes, version, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    clearTimeout(timeout);
  }
}
