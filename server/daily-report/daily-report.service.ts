import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findCampaign } from '../campaign/campaign.service';
import { dateOrToday } from '../domain/dates';
import type { ExportFile } from '../export/export.types';
import type { Loaders } from '../graphql/loaders';
import { dailyReportContent } from './daily-report.content';
import { toDocx } from './daily-report.docx';
import type { DailyReportInput } from './daily-report.inputs';

/** The daily report as a Word document, computed over what the caller may read, delivered like an export. */
export async function dailyReport(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  input: DailyReportInput,
): Promise<ExportFile> {
  const asOf = dateOrToday(input.asOf);
  const heatMap = await findCampaign(em, access, { id: input.campaignId });
  const communeCriteria = input.communeCriteriaCampaignId
    ? await findCampaign(em, access, { id: input.communeCriteriaCampaignId })
    : heatMap;
  const provinceCriteria = input.provinceCriteriaCampaignId
    ? await findCampaign(em, access, { id: input.provinceCriteriaCampaignId })
    : communeCriteria;
  const content = await dailyReportContent(em, access, loaders, { asOf, heatMap, communeCriteria, provinceCriteria });
  return {
    fileName: `bao-cao-ngay-${asOf}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentBase64: (await toDocx(content)).toString('base64'),
  };
}
