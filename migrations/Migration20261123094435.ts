import { Migration } from '@mikro-orm/migrations';

export class Migration20261123094435 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "closed_on" date null;`);

    this.addSql(
      `alter table "access_token" add column "kind" text check ("kind" in ('SESSION', 'API')) not null default 'SESSION', add column "name" varchar(255) null, add column "province_id" int null;`,
    );
    this.addSql(
      `alter table "access_token" add constraint "access_token_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_token" drop constraint "access_token_province_id_foreign";`);

    this.addSql(`alter table "access_token" drop column "kind", drop column "name", drop column "province_id";`);

    this.addSql(`alter table "campaign" drop column "closed_on";`);
  }
}
