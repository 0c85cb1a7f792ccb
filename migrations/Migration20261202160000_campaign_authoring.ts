import { Migration } from '@mikro-orm/migrations';

/**
 * Campaigns authored in the product. A campaign is a DRAFT until published; those made before
 * (the demo's, from the reports) were already answered, so they are PUBLISHED. Criteria gain
 * indicator fields (unit of measure, a target range, "không phát sinh") and versions; every
 * answer and history row names the criterion version it was given against (1 for those before).
 * The state-at-end-of-day index also holds whether an answer was "không phát sinh", which the
 * counters of a past day need.
 */
export class Migration20261202160000_campaign_authoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "campaign" add column "state" text check ("state" in ('DRAFT', 'PUBLISHED')) not null default 'PUBLISHED', add column "blocs" jsonb not null default '["PARTY","PEOPLES_COUNCIL","PEOPLES_COMMITTEE","FATHERLAND_FRONT"]', add column "published_at" timestamptz null, add column "copied_from_id" int null;`,
    );
    this.addSql(
      `alter table "campaign" add constraint "campaign_copied_from_id_foreign" foreign key ("copied_from_id") references "campaign" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "criterion" drop constraint if exists "criterion_answer_type_check";`);
    this.addSql(
      `alter table "criterion" add constraint "criterion_answer_type_check" check ("answer_type" in ('BOOLEAN', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'NUMBER', 'PERCENT', 'TEXT'));`,
    );
    this.addSql(`alter table "criterion" drop constraint if exists "criterion_comparator_check";`);
    this.addSql(
      `alter table "criterion" add constraint "criterion_comparator_check" check ("comparator" in ('GTE', 'GT', 'LTE', 'LT', 'EQ', 'BETWEEN'));`,
    );
    this.addSql(
      `alter table "criterion" add column "target_max" double precision null, add column "measure_unit" varchar(255) null, add column "allows_not_applicable" boolean not null default false, add column "current_version" int not null default 1;`,
    );
    this.addSql(
      `create table "criterion_version" ("id" serial primary key, "criterion_id" int not null, "number" int not null, "effective_from" date not null, "text" text not null, "answer_type" text check ("answer_type" in ('BOOLEAN', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'NUMBER', 'PERCENT', 'TEXT')) not null, "options" jsonb not null, "passing_option_keys" jsonb not null, "required_option_keys" jsonb not null, "comparator" text check ("comparator" in ('GTE', 'GT', 'LTE', 'LT', 'EQ', 'BETWEEN')) null, "target" double precision null, "target_max" double precision null, "measure_unit" varchar(255) null, "min_value" double precision null, "max_value" double precision null, "allows_not_applicable" boolean not null, "due_date" date null, "created_at" timestamptz not null, "created_by_id" int null);`,
    );
    this.addSql(`create index "criterion_version_criterion_id_index" on "criterion_version" ("criterion_id");`);
    this.addSql(
      `alter table "criterion_version" add constraint "criterion_version_criterion_id_number_unique" unique ("criterion_id", "number");`,
    );
    this.addSql(
      `alter table "criterion_version" add constraint "criterion_version_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion_version" add constraint "criterion_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    for (const table of ['assessment', 'assessment_history']) {
      this.addSql(
        `alter table "${table}" add column "answer_text" text null, add column "answer_not_applicable" boolean null, add column "criterion_version" int not null default 1;`,
      );
    }
    this.addSql(`alter table "assessment_history" drop constraint if exists "assessment_history_kind_check";`);
    this.addSql(
      `alter table "assessment_history" add constraint "assessment_history_kind_check" check ("kind" in ('ANSWER', 'VERIFICATION', 'RULE_CHANGE'));`,
    );
    this.addSql(`drop index "assessment_history_state_at_index";`);
    this.addSql(
      `create index "assessment_history_state_at_index" on "assessment_history" ("assessment_id", "changed_at" desc, "id" desc) include ("met", "verification", "answer_not_applicable");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "criterion_version" cascade;`);
    this.addSql(
      `alter table "campaign" drop column "state", drop column "blocs", drop column "published_at", drop column "copied_from_id";`,
    );
    this.addSql(
      `alter table "criterion" drop column "target_max", drop column "measure_unit", drop column "allows_not_applicable", drop column "current_version";`,
    );
    for (const table of ['assessment', 'assessment_history']) {
      this.addSql(
        `alter table "${table}" drop column "answer_text", drop column "answer_not_applicable", drop column "criterion_version";`,
      );
    }
  }
}
