import type { Client } from 'pg';
import { Role } from '../../server/domain/enums';

export const BENCH_PASSWORD = 'Bench@PhuXanh2026';

const OFFICER_PREFIX = 'bench.officer.';
const PROVINCE_PREFIX = 'bench.province.';

/** Usernames of the bench accounts; officers are named after the unit they answer for. */
export const benchUsername = {
  officer: (unitId: number) => `${OFFICER_PREFIX}${unitId}`,
  provinceOverseer: (provinceCode: string) => `${PROVINCE_PREFIX}${provinceCode}`,
  national: 'bench.national',
  apiClient: 'bench.api',
};

/**
 * One commune bloc officer for every commune unit (13,284, the bulk of the ~30,000 accounts the
 * product plans for), one overseer per province, the national overseer and a national API
 * client. All share one argon2 hash: hashing per account would cost minutes for nothing.
 */
export async function createBenchAccounts(client: Client, passwordHash: string): Promise<void> {
  await client.query(
    `insert into app_user (username, password_hash, full_name, created_at)
     select $2::text || u.id, $1, 'Cán bộ ' || u.name, now() from unit u where u.level = 'COMMUNE'
     union all
     select $3::text || p.code, $1, 'Giám sát ' || p.name, now() from province p
     union all
     select unnest(array[$4::text, $5::text]), $1, unnest(array['Giám sát toàn quốc', 'Công cụ báo cáo toàn quốc']), now()`,
    [passwordHash, OFFICER_PREFIX, PROVINCE_PREFIX, benchUsername.national, benchUsername.apiClient],
  );
  await client.query(
    `insert into role_grant (user_id, role, province_id, commune_id, bloc)
     select au.id, $1::text, u.province_id, u.commune_id, u.bloc
     from unit u join app_user au on au.username = $7::text || u.id
     union all
     select au.id, $2::text, p.id, null, null
     from province p join app_user au on au.username = $8::text || p.code
     union all
     select au.id, grant_role, null, null, null
     from unnest(array[$3::text, $4::text], array[$5::text, $6::text]) as g(username, grant_role) join app_user au on au.username = g.username`,
    [
      Role.COMMUNE_BLOC_OFFICER,
      Role.PROVINCE_OVERSEER,
      benchUsername.national,
      benchUsername.apiClient,
      Role.NATIONAL_OVERSEER,
      Role.API_CLIENT,
      OFFICER_PREFIX,
      PROVINCE_PREFIX,
    ],
  );
}
