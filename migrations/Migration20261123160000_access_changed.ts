import { Migration } from '@mikro-orm/migrations';

/**
 * Servers keep who a token stands for between requests (server/auth/session-cache.ts); they
 * must hear of every change to tokens and role grants, whoever makes it: another server
 * process, an administrator's SQL. A NOTIFY is sent when the changing transaction commits.
 * Token inserts (sign-ins) and last-used stamps change no one's rights, so they stay silent.
 */
export class Migration20261123160000_access_changed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "notify_access_changed"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('access_changed', '');
        return null;
      end $$;`);
    this.addSql(
      `create trigger "role_grant_access_changed" after insert or update or delete or truncate on "role_grant" for each statement execute function "notify_access_changed"();`,
    );
    this.addSql(
      `create trigger "access_token_access_changed" after update of "user_id", "kind", "province_id", "token_hash", "expires_at", "revoked_at" or delete or truncate on "access_token" for each statement execute function "notify_access_changed"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "access_token_access_changed" on "access_token";`);
    this.addSql(`drop trigger "role_grant_access_changed" on "role_grant";`);
    this.addSql(`drop function "notify_access_changed"();`);
  }
}
