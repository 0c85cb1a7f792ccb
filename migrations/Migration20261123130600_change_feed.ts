import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed's position of a row: the id of the transaction that last wrote it
 * (`pg_current_xact_id()`). Sequence ids are taken before commit, so a row with a lower id can
 * become visible after a reader has passed it; ordering by the writing transaction and handing
 * out only rows of transactions older than every one still running closes that gap. History rows
 * are only ever inserted, so the column default stamps them; tasks change in place, so a
 * trigger stamps every update too — whoever writes it.
 */
export class Migration20261123130600_change_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assessment_history" add column "change_xid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "assessment_history_change_xid_id_index" on "assessment_history" ("change_xid", "id");`);

    this.addSql(
      `alter table "task" add column "updated_at" timestamptz not null default now(), add column "change_xid" xid8 not null default pg_current_xact_id();`,
    );
    this.addSql(`create index "task_change_xid_id_index" on "task" ("change_xid", "id");`);
    this.addSql(`create function "stamp_change_xid"() returns trigger language plpgsql as $$
      begin
        new.change_xid := pg_current_xact_id();
        return new;
      end $$;`);
    this.addSql(
      `create trigger "task_stamp_change_xid" before update on "task" for each row execute function "stamp_change_xid"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "task_stamp_change_xid" on "task";`);
    this.addSql(`drop function "stamp_change_xid"();`);
    this.addSql(`alter table "task" drop column "change_xid", drop column "updated_at";`);
    this.addSql(`alter table "assessment_history" drop column "change_xid";`);
  }
}
