import { Migration } from '@mikro-orm/migrations';

const KINDS = `('CLAIM_REJECTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'TASK_OVERDUE', 'DEADLINE_APPROACHING', 'ROUND_DUE_APPROACHING', 'ROUND_OPENED', 'DAILY_DIGEST')`;
const BEFORE = `('CLAIM_REJECTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'TASK_OVERDUE', 'DEADLINE_APPROACHING', 'ROUND_DUE_APPROACHING', 'DAILY_DIGEST')`;

/** A new kind of notification: a reporting round opened (ROUND_OPENED), also a kind of e-mail preference. */
export class Migration20261203171000_round_opened extends Migration {
  override async up(): Promise<void> {
    this.kinds(KINDS);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" = 'ROUND_OPENED';`);
    this.addSql(`delete from "notification_preference" where "kind" = 'ROUND_OPENED';`);
    this.kinds(BEFORE);
  }

  private kinds(list: string): void {
    for (const table of ['notification', 'notification_preference']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in ${list});`);
    }
  }
}
