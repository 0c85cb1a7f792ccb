import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123092600 } from './Migration20261123092600';
import { Migration20261123094435 } from './Migration20261123094435';
import { Migration20261123130400_criterion_progress } from './Migration20261123130400_criterion_progress';
import { Migration20261123130300_audit } from './Migration20261123130300_audit';
import { Migration20261123130100_verification_time_travel } from './Migration20261123130100_verification_time_travel';
import { Migration20261123130600_change_feed } from './Migration20261123130600_change_feed';
import { Migration20261123160000_access_changed } from './Migration20261123160000_access_changed';
import { Migration20261123161000_past_day_figures } from './Migration20261123161000_past_day_figures';
import { Migration20261202150000_login_throttle } from './Migration20261202150000_login_throttle';
import { Migration20261202154823_reports } from './Migration20261202154823_reports';
import { Migration20261202160000_campaign_authoring } from './Migration20261202160000_campaign_authoring';
import { Migration20261203090000_account_controls } from './Migration20261203090000_account_controls';
import { Migration20261203100000_notifications } from './Migration20261203100000_notifications';
import { Migration20261203110000_data_version } from './Migration20261203110000_data_version';
import { Migration20261203130000_task_progress } from './Migration20261203130000_task_progress';
import { Migration20261203170000_commune_solutions } from './Migration20261203170000_commune_solutions';
import { Migration20261203171000_round_opened } from './Migration20261203171000_round_opened';

/** Every migration in the order it applies; listed explicitly so the same list works from TypeScript and from the build. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123092600', class: Migration20261123092600 },
  { name: 'Migration20261123094435', class: Migration20261123094435 },
  { name: 'Migration20261123130400_criterion_progress', class: Migration20261123130400_criterion_progress },
  { name: 'Migration20261123130300_audit', class: Migration20261123130300_audit },
  { name: 'Migration20261123130100_verification_time_travel', class: Migration20261123130100_verification_time_travel },
  { name: 'Migration20261123130600_change_feed', class: Migration20261123130600_change_feed },
  { name: 'Migration20261123160000_access_changed', class: Migration20261123160000_access_changed },
  { name: 'Migration20261123161000_past_day_figures', class: Migration20261123161000_past_day_figures },
  { name: 'Migration20261202150000_login_throttle', class: Migration20261202150000_login_throttle },
  { name: 'Migration20261202154823_reports', class: Migration20261202154823_reports },
  { name: 'Migration20261202160000_campaign_authoring', class: Migration20261202160000_campaign_authoring },
  { name: 'Migration20261203090000_account_controls', class: Migration20261203090000_account_controls },
  { name: 'Migration20261203100000_notifications', class: Migration20261203100000_notifications },
  { name: 'Migration20261203110000_data_version', class: Migration20261203110000_data_version },
  { name: 'Migration20261203130000_task_progress', class: Migration20261203130000_task_progress },
  { name: 'Migration20261203170000_commune_solutions', class: Migration20261203170000_commune_solutions },
  { name: 'Migration20261203171000_round_opened', class: Migration20261203171000_round_opened },
];
