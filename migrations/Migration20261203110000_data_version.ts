import { Migration } from '@mikro-orm/migrations';

/**
 * Where each table that feeds the heavy views (heat map, criterion tables, province
 * dashboard, daily report) finds the province a changed row belongs to: its own id, a column,
 * or through its unit, campaign or criterion. Rows of national objects (a national campaign,
 * its criteria, a national task) and rows whose parent is already gone count for the nation.
 * History rows and the progress counters are not listed: they are written only together
 * with the assessments, criteria and campaigns they follow, in the same transaction.
 */
const SOURCES: [table: string, province: string][] = [
  ['province', 'id'],
  ['commune', 'province_id'],
  ['unit', 'province_id'],
  ['campaign', 'province_id'],
  ['criterion', 'campaign_id'],
  ['criterion_version', 'criterion_id'],
  ['assessment', 'unit_id'],
  ['solution', 'province_id'],
  ['task', 'province_id'],
  ['obstacle', 'unit_id'],
  ['recommendation', 'unit_id'],
];

/**
 * Servers keep the answers of the heavy views (server/response-cache/) under the data
 * versions they were computed from: one per province, and one for the nation (province_id 0).
 * A statement that changes a source table bumps the versions of the provinces its rows
 * belong to, in the writing transaction, and NOTIFYs `data_changed` with the new versions
 * (`{"12": 7}`), delivered when that transaction commits. Statement triggers with transition
 * tables keep a bulk load to one bump per statement and province.
 */
export class Migration20261203110000_data_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("province_id" int primary key, "version" bigint not null);`);
    this.addSql(
      `insert into "data_version" ("province_id", "version") select 0, 1 union all select id, 1 from province;`,
    );
    // Static statements (plans kept between calls); the column names the province a row belongs to.
    this.addSql(`create function "bump_data_version"() returns trigger language plpgsql as $$
      declare
        via text := TG_ARGV[0];
        refs int[];
        bumped text;
      begin
        if TG_OP = 'INSERT' then
          select array_agg(distinct (to_jsonb(r) ->> via)::int) into refs from new_rows r;
        elsif TG_OP = 'DELETE' then
          select array_agg(distinct (to_jsonb(r) ->> via)::int) into refs from old_rows r;
        elsif TG_OP = 'UPDATE' then
          select array_agg(distinct ref) into refs from (
            select (to_jsonb(r) ->> via)::int as ref from new_rows r
            union all select (to_jsonb(r) ->> via)::int from old_rows r) changed;
        end if;
        with areas as (
               select distinct coalesce(case via when 'unit_id' then u.province_id
                                                 when 'campaign_id' then cp.province_id
                                                 when 'criterion_id' then ccp.province_id
                                                 else ref end, 0) as province_id
               from unnest(refs) ref
               left join unit u on via = 'unit_id' and u.id = ref
               left join campaign cp on via = 'campaign_id' and cp.id = ref
               left join criterion c on via = 'criterion_id' and c.id = ref
               left join campaign ccp on ccp.id = c.campaign_id
               where TG_OP <> 'TRUNCATE'
               union select province_id from data_version where TG_OP = 'TRUNCATE'),
             b as (insert into data_version as d (province_id, version)
                   select province_id, 1 from areas order by province_id
                   on conflict (province_id) do update set version = d.version + 1
                   returning d.province_id, d.version)
        select json_object_agg(province_id, version order by province_id)::text into bumped from b;
        if bumped is not null then
          perform pg_notify('data_changed', bumped);
        end if;
        return null;
      end $$;`);
    for (const [table, province] of SOURCES) {
      const fires = (name: string, event: string, transition: string) =>
        this.addSql(
          `create trigger "${table}_data_changed_${name}" after ${event} on "${table}" ${transition} for each statement execute function "bump_data_version"('${province}');`,
        );
      fires('insert', 'insert', 'referencing new table as new_rows');
      fires('update', 'update', 'referencing old table as old_rows new table as new_rows');
      fires('delete', 'delete', 'referencing old table as old_rows');
      fires('truncate', 'truncate', '');
    }
  }

  override async down(): Promise<void> {
    for (const [table] of SOURCES)
      for (const name of ['insert', 'update', 'delete', 'truncate'])
        this.addSql(`drop trigger "${table}_data_changed_${name}" on "${table}";`);
    this.addSql(`drop function "bump_data_version"();`);
    this.addSql(`drop table if exists "data_version";`);
  }
}
