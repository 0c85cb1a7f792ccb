import { Migration } from '@mikro-orm/migrations';
import { foldingTable } from '../server/domain/text';

/**
 * Administrators find accounts among some 30,000 by name without diacritics ("lam thao"),
 * disable them and reset their passwords. The search key (spaces left out, so "lam thao" also
 * finds the username "lamthao.dang") is kept by a trigger, so accounts
 * written by any path (the import's bulk inserts, the demo loader, SQL) are found alike.
 * Disabling an account or forcing a password change alters what its sessions may do, so the
 * servers' session caches hear of it as they hear of token and grant changes.
 */
export class Migration20261203090000_account_controls extends Migration {
  override async up(): Promise<void> {
    const { from, to } = foldingTable();
    this.addSql(
      `alter table "app_user" add column "disabled_at" timestamptz null, add column "must_change_password" boolean not null default false, add column "search_name" text not null default '';`,
    );
    this.addSql(`create function "search_key"(text) returns text language sql immutable strict parallel safe as $$
      select btrim(regexp_replace(lower(translate($1, '${from}', '${to}')), '\\s+', ' ', 'g'))
    $$;`);
    this.addSql(`create function "app_user_search_name"() returns trigger language plpgsql as $$
      begin
        new.search_name := replace(search_key(new.username || ' ' || new.full_name), ' ', '');
        return new;
      end $$;`);
    this.addSql(
      `create trigger "app_user_search_name" before insert or update of "username", "full_name", "search_name" on "app_user" for each row execute function "app_user_search_name"();`,
    );
    this.addSql(`update "app_user" set "search_name" = '';`);
    this.addSql(
      `create trigger "app_user_access_changed" after update of "disabled_at", "must_change_password", "password_hash" on "app_user" for each statement execute function "notify_access_changed"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "app_user_access_changed" on "app_user";`);
    this.addSql(`drop trigger "app_user_search_name" on "app_user";`);
    this.addSql(`drop function "app_user_search_name"();`);
    this.addSql(`drop function "search_key"(text);`);
    this.addSql(
      `alter table "app_user" drop column "disabled_at", drop column "must_change_password", drop column "search_name";`,
    );
  }
}
