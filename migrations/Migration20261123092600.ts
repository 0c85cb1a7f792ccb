import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "province" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null, "search_name" varchar(255) not null);`,
    );
    this.addSql(`alter table "province" add constraint "province_code_unique" unique ("code");`);
    this.addSql(`create index "province_search_name_index" on "province" ("search_name");`);

    this.addSql(
      `create table "commune" ("id" serial primary key, "province_id" int not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('COMMUNE', 'WARD', 'SPECIAL_ZONE')) not null, "name_is_generated" boolean not null default false, "search_name" varchar(255) not null);`,
    );
    this.addSql(`create index "commune_province_id_index" on "commune" ("province_id");`);
    this.addSql(`alter table "commune" add constraint "commune_code_unique" unique ("code");`);
    this.addSql(`create index "commune_search_name_index" on "commune" ("search_name");`);

    this.addSql(
      `create table "campaign" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "province_id" int null, "as_of" date not null, "deadline" date not null, "red_below_percent" int not null default 50);`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);

    this.addSql(
      `create table "criterion" ("id" serial primary key, "campaign_id" int not null, "code" varchar(255) not null, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "text" text not null, "position" int not null, "due_date" date null, "answer_type" text check ("answer_type" in ('BOOLEAN', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'NUMBER')) not null, "options" jsonb not null, "passing_option_keys" jsonb not null, "required_option_keys" jsonb not null, "comparator" text check ("comparator" in ('GTE', 'GT', 'LTE', 'LT', 'EQ')) null, "target" double precision null, "min_value" double precision null, "max_value" double precision null, "is_placeholder" boolean not null default false);`,
    );
    this.addSql(`create index "criterion_campaign_id_index" on "criterion" ("campaign_id");`);
    this.addSql(
      `alter table "criterion" add constraint "criterion_campaign_id_code_unique" unique ("campaign_id", "code");`,
    );

    this.addSql(
      `create table "solution" ("id" serial primary key, "criterion_id" int not null, "province_id" int null, "authority" text check ("authority" in ('LOCAL', 'PROVIDED_SYSTEM', 'BOTH')) not null, "text" text not null);`,
    );
    this.addSql(`create index "solution_criterion_id_index" on "solution" ("criterion_id");`);

    this.addSql(
      `create table "unit" ("id" serial primary key, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) not null, "level" text check ("level" in ('PROVINCE', 'COMMUNE')) not null, "province_id" int not null, "commune_id" int null, "name" varchar(255) not null);`,
    );
    this.addSql(`create index "unit_commune_id_index" on "unit" ("commune_id");`);
    this.addSql(`create index "unit_bloc_level_province_id_index" on "unit" ("bloc", "level", "province_id");`);
    this.addSql(
      `alter table "unit" add constraint "unit_province_id_commune_id_bloc_unique" unique ("province_id", "commune_id", "bloc");`,
    );

    this.addSql(
      `create table "task" ("id" serial primary key, "code" varchar(255) not null, "title" text not null, "group" varchar(255) null, "group_name" varchar(255) null, "owner_unit_id" int null, "owner_name" text null, "assigned_by" text check ("assigned_by" in ('CENTRAL', 'PROVINCE', 'COMMUNE_CHAIR')) not null, "province_id" int null, "deadline" date null, "recurrence" varchar(255) null, "started_on" date null, "completed_on" date null);`,
    );
    this.addSql(`alter table "task" add constraint "task_code_unique" unique ("code");`);
    this.addSql(`create index "task_owner_unit_id_index" on "task" ("owner_unit_id");`);
    this.addSql(`create index "task_province_id_index" on "task" ("province_id");`);

    this.addSql(
      `create table "recommendation" ("id" serial primary key, "unit_id" int not null, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) not null, "category" varchar(255) not null, "text" text not null, "reported_on" date not null);`,
    );
    this.addSql(`create index "recommendation_unit_id_index" on "recommendation" ("unit_id");`);
    this.addSql(`create index "recommendation_category_index" on "recommendation" ("category");`);

    this.addSql(
      `create table "obstacle" ("id" serial primary key, "unit_id" int not null, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) not null, "category" varchar(255) not null, "text" text not null, "reported_on" date not null);`,
    );
    this.addSql(`create index "obstacle_unit_id_index" on "obstacle" ("unit_id");`);
    this.addSql(`create index "obstacle_category_index" on "obstacle" ("category");`);

    this.addSql(
      `create table "unit_progress" ("unit_id" int not null, "campaign_id" int not null, "due_date" date not null, "criteria_count" int not null, "met_count" int not null, "answered_count" int not null, constraint "unit_progress_pkey" primary key ("unit_id", "campaign_id", "due_date"));`,
    );
    this.addSql(`create index "unit_progress_campaign_id_index" on "unit_progress" ("campaign_id");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "username" varchar(255) not null, "password_hash" varchar(255) not null, "full_name" varchar(255) not null, "email" varchar(255) null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "role_grant" ("id" serial primary key, "user_id" int not null, "role" text check ("role" in ('COMMUNE_BLOC_OFFICER', 'COMMUNE_LEADER', 'PROVINCE_BLOC_OFFICER', 'PROVINCE_OVERSEER', 'NATIONAL_OVERSEER', 'API_CLIENT', 'ADMINISTRATOR')) not null, "province_id" int null, "commune_id" int null, "bloc" text check ("bloc" in ('PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT')) null);`,
    );
    this.addSql(`create index "role_grant_user_id_index" on "role_grant" ("user_id");`);

    this.addSql(
      `create table "assessment" ("id" serial primary key, "unit_id" int not null, "criterion_id" int not null, "answer_boolean" boolean null, "answer_option_keys" jsonb null, "answer_number" double precision null, "met" boolean not null, "evidence_document_number" varchar(255) null, "evidence_document_date" date null, "evidence_link" text null, "evidence_note" text null, "answered_by_id" int null, "answered_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`create index "assessment_criterion_id_met_index" on "assessment" ("criterion_id", "met");`);
    this.addSql(
      `alter table "assessment" add constraint "assessment_unit_id_criterion_id_unique" unique ("unit_id", "criterion_id");`,
    );

    this.addSql(
      `create table "assessment_history" ("id" serial primary key, "assessment_id" int not null, "version" int not null, "answer_boolean" boolean null, "answer_option_keys" jsonb null, "answer_number" double precision null, "met" boolean not null, "evidence_document_number" varchar(255) null, "evidence_document_date" date null, "evidence_link" text null, "evidence_note" text null, "changed_by_id" int null, "changed_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_history_assessment_id_index" on "assessment_history" ("assessment_id");`);
    this.addSql(`create index "assessment_history_changed_at_index" on "assessment_history" ("changed_at");`);

    this.addSql(
      `create table "access_token" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`create index "access_token_user_id_index" on "access_token" ("user_id");`);
    this.addSql(`alter table "access_token" add constraint "access_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "commune" add constraint "commune_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "campaign" add constraint "campaign_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "criterion" add constraint "criterion_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "solution" add constraint "solution_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "solution" add constraint "solution_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "task" add constraint "task_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "recommendation" add constraint "recommendation_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "obstacle" add constraint "obstacle_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "unit_progress" add constraint "unit_progress_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit_progress" add constraint "unit_progress_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "assessment" add constraint "assessment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment" add constraint "assessment_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment" add constraint "assessment_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "assessment_history" add constraint "assessment_history_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment_history" add constraint "assessment_history_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "access_token" add constraint "access_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }
}
