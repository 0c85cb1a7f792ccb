import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { StatusArgs, toStatusQuery } from '../status/status.args';
import { exportTable } from './export.service';
import { ExportFile, ExportFormat, ExportTable } from './export.types';

@Resolver()
export class ExportResolver {
  @Query(() => ExportFile, {
    description: 'An official table as an Excel workbook or CSV, holding only what the caller may read.',
  })
  exportTable(
    @Ctx() { em, access, loaders }: Context,
    @Arg('table', () => ExportTable, { description: 'Which official table.' }) table: ExportTable,
    @Arg('format', () => ExportFormat, { defaultValue: ExportFormat.XLSX, description: 'XLSX (default) or CSV.' })
    format: ExportFormat,
    @Args() status: StatusArgs,
    @Arg('provinceId', () => ID, {
      nullable: true,
      description: 'The province, for UNMET_CRITERIA (required there); ignored by the other tables.',
    })
    provinceId?: string,
  ): Promise<ExportFile> {
    return exportTable(em, access, loaders, { table, format, status: toStatusQuery(status), provinceId });
  }
}
