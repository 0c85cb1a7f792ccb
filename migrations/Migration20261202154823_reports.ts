import { Migration } from '@mikro-orm/migrations';

/**
 * Periodic reports: templates, schedules, rounds, submissions with every version kept, and the
 * follow-up of recommendations and obstacles (addressee, status, answer, due date); the
 * inspection committee role.
 */
export class Migration20261202154823_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "report_template" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null, "title" text not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "reviewer" text check ("reviewer" in ('STEERING_COMMITTEE', 'INSPECTION_COMMITTEE')) not null, "province_id" int null, "document_symbol" varchar(255) not null, "signature_title" text not null, "addressees" jsonb not null, "recipients" jsonb not null, "sections" jsonb not null, "version" int not null default 1, "updated_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "report_template" add constraint "report_template_code_unique" unique ("code");`);

    this.addSql(
      `create table "report_schedule" ("id" serial primary key, "template_id" int not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "blocs" jsonb not null, "province_id" int null, "frequency" text check ("frequency" in ('MONTHLY', 'QUARTERLY', 'ONCE')) not null, "due_day" int null, "starts_on" date not null, "due_on" date null);`,
    );

    this.addSql(
      `create table "reporting_round" ("id" serial primary key, "schedule_id" int not null, "template_id" int not null, "province_id" int null, "period" varchar(255) not null, "label" varchar(255) not null, "period_start" date not null, "period_end" date not null, "due_on" date not null, "opened_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "reporting_round_province_id_index" on "reporting_round" ("province_id");`);
    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_schedule_id_period_unique" unique ("schedule_id", "period");`,
    );

    this.addSql(
      `create table "report_submission" ("id" serial primary key, "round_id" int not null, "unit_id" int not null, "province_id" int not null, "commune_id" int null, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "reviewer" text check ("reviewer" in ('STEERING_COMMITTEE', 'INSPECTION_COMMITTEE')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "values" jsonb not null, "signer_name" varchar(255) null, "version" int not null default 0, "first_submitted_at" timestamptz null, "submitted_at" timestamptz null, "submitted_by_id" int null, "reviewed_by_id" int null, "reviewed_at" timestamptz null, "review_comment" text null, "review_verdicts" jsonb null, "updated_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "report_submission_unit_id_index" on "report_submission" ("unit_id");`);
    this.addSql(`create index "report_submission_commune_id_index" on "report_submission" ("commune_id");`);
    this.addSql(
      `create index "report_submission_province_id_status_index" on "report_submission" ("province_id", "status");`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_round_id_unit_id_unique" unique ("round_id", "unit_id");`,
    );

    this.addSql(
      `create table "report_submission_version" ("id" serial primary key, "submission_id" int not null, "version" int not null, "action" text check ("action" in ('SAVE', 'SUBMIT', 'ACCEPT', 'RETURN', 'REOPEN')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null, "values" jsonb not null, "comment" text null, "changed_by_id" int null, "changed_by_name" varchar(255) not null, "changed_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "report_submission_version_submission_id_version_index" on "report_submission_version" ("submission_id", "version");`,
    );

    this.addSql(
      `alter table "report_template" add constraint "report_template_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "report_schedule" add constraint "report_schedule_template_id_foreign" foreign key ("template_id") references "report_template" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report_schedule" add constraint "report_schedule_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_schedule_id_foreign" foreign key ("schedule_id") references "report_schedule" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_template_id_foreign" foreign key ("template_id") references "report_template" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "report_submission" add constraint "report_submission_round_id_foreign" foreign key ("round_id") references "reporting_round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "report_submission" add constraint "report_submission_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "report_submission_version" add constraint "report_submission_version_submission_id_foreign" foreign key ("submission_id") references "report_submission" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report_submission_version" add constraint "report_submission_version_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "role_grant" drop constraint if exists "role_grant_role_check";`);

    this.addSql(
      `alter table "role_grant" add constraint "role_grant_role_check" check("role" in ('COMMUNE_BLOC_OFFICER', 'COMMUNE_LEADER', 'PROVINCE_BLOC_OFFICER', 'PROVINCE_OVERSEER', 'NATIONAL_OVERSEER', 'API_CLIENT', 'ADMINISTRATOR', 'INSPECTION_COMMITTEE'));`,
    );

    this.addSql(
      `alter table "recommendation" add column "addressee" varchar(255) null, add column "status" text check ("status" in ('OPEN', 'ANSWERED', 'RESOLVED')) not null default 'OPEN', add column "answer" text null, add column "answered_at" timestamptz null, add column "due_on" date null, add column "resolved_at" timestamptz null, add column "source" text check ("source" in ('UNIT_REPORT', 'REVIEW_FINDING', 'IMPORTED')) not null default 'IMPORTED', add column "submission_id" int null;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_submission_id_foreign" foreign key ("submission_id") references "report_submission" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "recommendation_addressee_index" on "recommendation" ("addressee");`);
    this.addSql(`create index "recommendation_submission_id_index" on "recommendation" ("submission_id");`);

    this.addSql(
      `alter table "obstacle" add column "addressee" varchar(255) null, add column "status" text check ("status" in ('OPEN', 'ANSWERED', 'RESOLVED')) not null default 'OPEN', add column "answer" text null, add column "answered_at" timestamptz null, add column "due_on" date null, add column "resolved_at" timestamptz null, add column "source" text check ("source" in ('UNIT_REPORT', 'REVIEW_FINDING', 'IMPORTED')) not null default 'IMPORTED', add column "submission_id" int null;`,
    );
    this.addSql(
      `alter table "obstacle" add constraint "obstacle_submission_id_foreign" foreign key ("submission_id") references "report_submission" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "obstacle_addressee_index" on "obstacle" ("addressee");`);
    this.addSql(`create index "obstacle_submission_id_index" on "obstacle" ("submission_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "report_schedule" drop constraint "report_schedule_template_id_foreign";`);

    this.addSql(`alter table "reporting_round" drop constraint "reporting_round_template_id_foreign";`);

    this.addSql(`alter table "reporting_round" drop constraint "reporting_round_schedule_id_foreign";`);

    this.addSql(`alter table "report_submission" drop constraint "report_submission_round_id_foreign";`);

    this.addSql(
      `alter table "report_submission_version" drop constraint "report_submission_version_submission_id_foreign";`,
    );

    this.addSql(`alter table "recommendation" drop constraint "recommendation_submission_id_foreign";`);

    this.addSql(`alter table "obstacle" drop constraint "obstacle_submission_id_foreign";`);

    this.addSql(`drop table if exists "report_template" cascade;`);

    this.addSql(`drop table if exists "report_schedule" cascade;`);

    this.addSql(`drop table if exists "reporting_round" cascade;`);

    this.addSql(`drop table if exists "report_submission" cascade;`);

    this.addSql(`drop table if exists "report_submission_version" cascade;`);

    this.addSql(`alter table "role_grant" drop constraint if exists "role_grant_role_check";`);

    this.addSql(`drop index "obstacle_addressee_index";`);
    this.addSql(`drop index "obstacle_submission_id_index";`);
    this.addSql(
      `alter table "obstacle" drop column "addressee", drop column "status", drop column "answer", drop column "answered_at", drop column "due_on", drop column "resolved_at", drop column "source", drop column "submission_id";`,
    );

    this.addSql(`drop index "recommendation_addressee_index";`);
    this.addSql(`drop index "recommendation_submission_id_index";`);
    this.addSql(
      `alter table "recommendation" drop column "addressee", drop column "status", drop column "answer", drop column "answered_at", drop column "due_on", drop column "resolved_at", drop column "source", drop column "submission_id";`,
    );

    this.addSql(
      `alter table "role_grant" add constraint "role_grant_role_check" check("role" in ('COMMUNE_BLOC_OFFICER', 'COMMUNE_LEADER', 'PROVINCE_BLOC_OFFICER', 'PROVINCE_OVERSEER', 'NATIONAL_OVERSEER', 'API_CLIENT', 'ADMINISTRATOR'));`,
    );
  }
}
