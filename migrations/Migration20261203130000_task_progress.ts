import { Migration } from '@mikro-orm/migrations';

/**
 * A task's owner reports its progress (a percent), a result text and evidence; each report is
 * kept as a history row (who, when, what changed, the state after), never updated.
 */
export class Migration20261203130000_task_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "task" add column "progress_percent" smallint null check ("progress_percent" between 0 and 100), add column "result" text null, add column "evidence" text null;`,
    );
    this.addSql(
      `create table "task_progress_entry" ("id" serial primary key, "task_id" int not null, "changed_by_id" int null, "changed_by_name" varchar(255) not null, "changed_at" timestamptz not null default now(), "changes" jsonb not null, "progress_percent" smallint null, "result" text null, "evidence" text null, "started_on" date null, "completed_on" date null);`,
    );
    this.addSql(`create index "task_progress_entry_task_id_index" on "task_progress_entry" ("task_id");`);
    this.addSql(
      `alter table "task_progress_entry" add constraint "task_progress_entry_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "task_progress_entry" add constraint "task_progress_entry_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "task_progress_entry";`);
    this.addSql(`alter table "task" drop column "progress_percent", drop column "result", drop column "evidence";`);
  }
}
