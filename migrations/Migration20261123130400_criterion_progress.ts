import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130400_criterion_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "criterion_progress" ("criterion_id" int not null, "province_id" int not null, "unit_count" int not null, "met_count" int not null, constraint "criterion_progress_pkey" primary key ("criterion_id", "province_id"));`,
    );
    this.addSql(
      `alter table "criterion_progress" add constraint "criterion_progress_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion_progress" add constraint "criterion_progress_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`,
    );
    // Counters of the answers already given; from here on every answer moves them.
    this.addSql(`insert into "criterion_progress" ("criterion_id", "province_id", "unit_count", "met_count")
      select c.id, u.province_id, count(*), count(a.id) filter (where a.met)
      from criterion c
      join campaign cp on cp.id = c.campaign_id
      join unit u on u.bloc = c.bloc and u.level = c.level and (cp.province_id is null or u.province_id = cp.province_id)
      left join assessment a on a.unit_id = u.id and a.criterion_id = c.id
      group by c.id, u.province_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "criterion_progress" cascade;`);
  }
}
