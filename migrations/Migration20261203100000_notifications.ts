import { Migration } from '@mikro-orm/migrations';

const KINDS = `('CLAIM_REJECTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'TASK_OVERDUE', 'DEADLINE_APPROACHING', 'ROUND_DUE_APPROACHING', 'DAILY_DIGEST')`;

/**
 * Notifications (thông báo) and each account's e-mail choices. One row per recipient and
 * dedupe key, so a job that runs twice (or a change retried) creates nothing more. The job
 * queue itself (schema graphile_worker) is graphile-worker's, created by its own migrations
 * right after these (server/notification/queue.ts).
 */
export class Migration20261203100000_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" serial primary key, "recipient_id" int not null, "kind" text check ("kind" in ${KINDS}) not null, "title" text not null, "body" text not null, "link" text not null, "object_type" varchar(255) null, "object_id" int null, "dedupe_key" text not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "email_state" text check ("email_state" in ('NONE', 'PENDING', 'SENDING', 'SENT', 'DIGEST', 'IN_DIGEST', 'FAILED')) not null default 'NONE', "email_attempts" int not null default 0, "email_sent_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_dedupe_key_unique" unique ("recipient_id", "dedupe_key");`,
    );
    this.addSql(
      `create index "notification_recipient_id_read_at_id_index" on "notification" ("recipient_id", "read_at", "id");`,
    );
    this.addSql(
      `create index "notification_digest_pending_index" on "notification" ("recipient_id") where "email_state" = 'DIGEST';`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "notification_preference" ("user_id" int not null, "kind" text check ("kind" in ${KINDS}) not null, "email" text check ("email" in ('IMMEDIATE', 'DIGEST', 'NONE')) not null, constraint "notification_preference_pkey" primary key ("user_id", "kind"));`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference";`);
    this.addSql(`drop table if exists "notification";`);
  }
}
