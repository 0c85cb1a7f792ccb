import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ExportFile } from '../export/export.types';
import type { Context } from '../graphql/context';
import { DailyReportInput } from './daily-report.inputs';
import { dailyReport } from './daily-report.service';

@Resolver()
export class DailyReportResolver {
  @Query(() => ExportFile, {
    description:
      'The daily report (báo cáo ngày) as a Word document laid out like the central report: the overview, then Phụ lục 2, 4, 6, 9–12, 13–20 and 21 — holding only what the caller may read.',
  })
  dailyReport(
    @Ctx() { em, access, loaders }: Context,
    @Arg('input', { description: 'The date and the campaigns of the report.' }) input: DailyReportInput,
  ): Promise<ExportFile> {
    return dailyReport(em, access, loaders, input);
  }
}
