import type { Client } from 'pg';
import { CAMPAIGN } from '../support/demo-facts';
import { BENCH_PASSWORD, benchUsername } from './accounts';
import { login } from './graphql-client';

export interface Campaigns {
  oneStop: number;
  phase2Commune: number;
  phase2Province: number;
  bacNinh: number;
  /** The province running its own drive (Bắc Ninh). */
  driveProvinceId: number;
}

/** The commune campaign a province's people work in: its own drive where it runs one, else phase 2. */
export function communeCampaignOf(campaigns: Campaigns, provinceId: number): number {
  return provinceId === campaigns.driveProvinceId ? campaigns.bacNinh : campaigns.phase2Commune;
}

export interface Officer {
  token: string;
  unitId: number;
  provinceId: number;
  /** Bắc Ninh's own drive for Bắc Ninh officers, phase 2 for the others. */
  campaignId: number;
  /** BOOLEAN criteria of the campaign for the officer's bloc, with the unit's current answer if any. */
  booleanCriteria: BooleanCriterion[];
}

export interface BooleanCriterion {
  criterionId: number;
  answered: boolean;
  met: boolean;
}

export interface ProvinceOverseer {
  token: string;
  provinceId: number;
}

export interface Actors {
  campaigns: Campaigns;
  officers: Officer[];
  overseers: ProvinceOverseer[];
  nationalToken: string;
  apiToken: string;
  /** The highest assessment id, so API clients can start paging at spread-out points. */
  maxAssessmentId: number;
}

/** Export clients start at spread-out ids, so concurrent ones read different pages. */
export function exportStartIds(actors: Actors, count = 16): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor((actors.maxAssessmentId * i) / count));
}

/** Sign-ins run a few at a time: each costs an argon2 verification on the server. */
const LOGIN_CONCURRENCY = 4;

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function campaignIds(client: Client): Promise<Campaigns> {
  const { rows } = await client.query<{ id: number; code: string; province_id: number | null }>(
    'select id, code, province_id from campaign',
  );
  const find = (code: string) => {
    const found = rows.find((r) => r.code === code);
    if (!found) throw new Error(`Campaign ${code} is missing from the bench database.`);
    return found;
  };
  const bacNinh = find(CAMPAIGN.bacNinh);
  return {
    oneStop: find(CAMPAIGN.oneStop).id,
    phase2Commune: find(CAMPAIGN.phase2Commune).id,
    phase2Province: find(CAMPAIGN.phase2Province).id,
    bacNinh: bacNinh.id,
    driveProvinceId: bacNinh.province_id!,
  };
}

type OfficerRow = Omit<Officer, 'token'> & { username: string };

/**
 * A deterministic spread of commune units: half in the province that runs its own drive
 * (Bắc Ninh, whose criteria carry remediation solutions), half across the other provinces.
 */
async function sampleOfficers(client: Client, campaigns: Campaigns, count: number): Promise<OfficerRow[]> {
  const { rows } = await client.query<{
    unit_id: number;
    province_id: number;
    campaign_id: number;
    criteria: BooleanCriterion[];
  }>(
    `with sampled as (
       (select u.* from unit u where u.level = 'COMMUNE' and u.province_id = $1
        order by hashint4(u.id) limit $4::int / 2)
       union all
       (select u.* from unit u where u.level = 'COMMUNE' and u.province_id <> $1
        order by hashint4(u.id) limit $4::int - $4::int / 2)
     ), with_campaign as (
       select s.*, case when s.province_id = $1 then $2::int else $3::int end as campaign_id from sampled s
     )
     select w.id as unit_id, w.province_id, w.campaign_id,
            (select json_agg(json_build_object('criterionId', c.id, 'answered', a.id is not null, 'met', coalesce(a.met, false)) order by c.id)
             from criterion c left join assessment a on a.criterion_id = c.id and a.unit_id = w.id
             where c.campaign_id = w.campaign_id and c.bloc = w.bloc and c.level = w.level and c.answer_type = 'BOOLEAN') as criteria
     from with_campaign w order by hashint4(w.id)`,
    [campaigns.driveProvinceId, campaigns.bacNinh, campaigns.phase2Commune, count],
  );
  return rows.map((r) => ({
    username: benchUsername.officer(r.unit_id),
    unitId: r.unit_id,
    provinceId: r.province_id,
    campaignId: r.campaign_id,
    booleanCriteria: r.criteria,
  }));
}

/** Picks the bench's actors in the database and signs each in through the API, as its client would. */
export async function signInActors(client: Client, url: string, officerCount: number): Promise<Actors> {
  const campaigns = await campaignIds(client);
  const officerRows = await sampleOfficers(client, campaigns, officerCount);
  const provinces = (await client.query<{ id: number; code: string }>('select id, code from province order by id'))
    .rows;
  const signIn = (username: string) => login(url, username, BENCH_PASSWORD);
  const officers = await mapConcurrently(officerRows, LOGIN_CONCURRENCY, async ({ username, ...officer }) => ({
    ...officer,
    token: await signIn(username),
  }));
  const overseers = await mapConcurrently(provinces, LOGIN_CONCURRENCY, async (p) => ({
    provinceId: p.id,
    token: await signIn(benchUsername.provinceOverseer(p.code)),
  }));
  return {
    campaigns,
    officers,
    overseers,
    nationalToken: await signIn(benchUsername.national),
    apiToken: await signIn(benchUsername.apiClient),
    maxAssessmentId: (await client.query<{ max: number }>('select max(id) as max from assessment')).rows[0].max,
  };
}
