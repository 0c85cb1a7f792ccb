import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130300_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" (
      "id" serial primary key,
      "at" timestamptz not null default now(),
      "user_id" int null references "app_user" ("id") on update cascade on delete set null,
      "username" varchar(255) not null,
      "access_token_id" int null,
      "action" varchar(255) not null,
      "object_type" varchar(255) not null,
      "object_id" varchar(255) not null,
      "province_id" int null references "province" ("id") on update cascade on delete set null,
      "changes" jsonb not null);`);
    this.addSql(`create index "audit_entry_user_id_index" on "audit_entry" ("user_id");`);
    this.addSql(`create index "audit_entry_province_id_index" on "audit_entry" ("province_id");`);
    this.addSql(
      `create index "audit_entry_object_type_object_id_index" on "audit_entry" ("object_type", "object_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "audit_entry";`);
  }
}
