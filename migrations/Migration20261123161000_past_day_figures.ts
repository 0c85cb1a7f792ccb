import { Migration } from '@mikro-orm/migrations';

/**
 * Past days at national size. A past day's counters are computed once; the computation now
 * finds each assessment's state at the end of the day with one probe of an index that holds
 * the state itself, instead of sorting the campaign's whole history, and keeps per-criterion
 * counters beside the per-unit ones so a national criterion table of a past day is a lookup.
 * Days computed before have no criterion counters: they are dropped and computed again on request.
 */
export class Migration20261123161000_past_day_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "assessment_history_state_at_index" on "assessment_history" ("assessment_id", "changed_at" desc, "id" desc) include ("met", "verification");`,
    );
    this.addSql(
      `create table "criterion_snapshot" ("criterion_id" int not null, "province_id" int not null, "campaign_id" int not null, "on_date" date not null, "unit_count" int not null, "met_count" int not null, constraint "criterion_snapshot_pkey" primary key ("criterion_id", "province_id", "campaign_id", "on_date"));`,
    );
    this.addSql(
      `alter table "criterion_snapshot" add constraint "criterion_snapshot_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion_snapshot" add constraint "criterion_snapshot_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion_snapshot" add constraint "criterion_snapshot_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`,
    );
    this.addSql(`delete from "progress_snapshot_day";`);
    this.addSql(`delete from "progress_snapshot";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "criterion_snapshot" cascade;`);
    this.addSql(`drop index "assessment_history_state_at_index";`);
  }
}
