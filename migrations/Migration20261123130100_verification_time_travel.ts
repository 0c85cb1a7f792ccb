import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130100_verification_time_travel extends Migration {
  override async up(): Promise<void> {
    const verification = `"verification" text check ("verification" in ('UNVERIFIED', 'CONFIRMED', 'REJECTED')) not null default 'UNVERIFIED', add column "verified_by_id" int null, add column "verified_at" timestamptz null, add column "verification_reason" text null`;
    this.addSql(`alter table "assessment" add column ${verification};`);
    this.addSql(
      `alter table "assessment" add constraint "assessment_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    // The verification queue: met claims not yet checked, oldest first.
    this.addSql(
      `create index "assessment_unverified_claims_index" on "assessment" ("answered_at", "id") where "met" and "verification" = 'UNVERIFIED';`,
    );
    this.addSql(
      `alter table "assessment_history" add column "kind" text check ("kind" in ('ANSWER', 'VERIFICATION')) not null default 'ANSWER', add column ${verification};`,
    );
    this.addSql(
      `alter table "assessment_history" add constraint "assessment_history_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "campaign" add column "count_unverified_claims" boolean not null default true;`);
    this.addSql(`alter table "unit_progress" add column "confirmed_count" int not null default 0;`);

    this.addSql(
      `create table "progress_snapshot" ("campaign_id" int not null, "on_date" date not null, "unit_id" int not null, "due_date" date not null, "criteria_count" int not null, "met_count" int not null, "confirmed_count" int not null, "answered_count" int not null, constraint "progress_snapshot_pkey" primary key ("campaign_id", "on_date", "unit_id", "due_date"));`,
    );
    this.addSql(
      `alter table "progress_snapshot" add constraint "progress_snapshot_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "progress_snapshot" add constraint "progress_snapshot_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "progress_snapshot_day" ("campaign_id" int not null, "on_date" date not null, "computed_at" timestamptz not null, constraint "progress_snapshot_day_pkey" primary key ("campaign_id", "on_date"));`,
    );
    this.addSql(
      `alter table "progress_snapshot_day" add constraint "progress_snapshot_day_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "progress_snapshot_day" cascade;`);
    this.addSql(`drop table if exists "progress_snapshot" cascade;`);
    this.addSql(`alter table "unit_progress" drop column "confirmed_count";`);
    this.addSql(`alter table "campaign" drop column "count_unverified_claims";`);
    this.addSql(
      `alter table "assessment_history" drop column "kind", drop column "verification", drop column "verified_by_id", drop column "verified_at", drop column "verification_reason";`,
    );
    this.addSql(`drop index "assessment_unverified_claims_index";`);
    this.addSql(
      `alter table "assessment" drop column "verification", drop column "verified_by_id", drop column "verified_at", drop column "verification_reason";`,
    );
  }
}
