import { Migration } from '@mikro-orm/migrations';

/**
 * Failed sign-ins per account and per address, shared by every server process: the table
 * rate-limiter-flexible's PostgreSQL store expects (key, points, expire in epoch ms).
 */
export class Migration20261202150000_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_throttle" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle";`);
  }
}
