import { Migration } from '@mikro-orm/migrations';

/**
 * A solution may be for one commune (under its province) where that commune needs its own;
 * it goes with the commune, while a province's goes back to the national one when deleted.
 */
export class Migration20261203170000_commune_solutions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "solution" add column "commune_id" int null;`);
    this.addSql(
      `alter table "solution" add constraint "solution_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "solution" drop constraint "solution_commune_id_foreign";`);
    this.addSql(`alter table "solution" drop column "commune_id";`);
  }
}
