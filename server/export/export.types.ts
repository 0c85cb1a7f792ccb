import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportTable {
  /** Report 003, Phụ lục 4: GREEN / YELLOW / RED communes per province. */
  PROVINCE_STATUS = 'PROVINCE_STATUS',
  /** Report 003, Phụ lục 9–12: per criterion, provinces under 50 % and the 10 lowest. */
  CRITERION_TABLE = 'CRITERION_TABLE',
  /** Report 000: per bloc, each unmet criterion with the communes failing it, for one province. */
  UNMET_CRITERIA = 'UNMET_CRITERIA',
}

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

registerEnumType(ExportTable, {
  name: 'ExportTable',
  description: 'An official table that can be exported.',
  valuesConfig: {
    PROVINCE_STATUS: { description: 'Phụ lục 4: GREEN / YELLOW / RED communes and % green per province.' },
    CRITERION_TABLE: { description: 'Phụ lục 9–12: provinces under 50 % and the 10 lowest per criterion.' },
    UNMET_CRITERIA: {
      description: 'Per bloc, each unmet criterion with the failing communes, for one province (needs provinceId).',
    },
  },
});
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export.',
  valuesConfig: {
    XLSX: { description: 'Excel workbook.' },
    CSV: { description: 'UTF-8 CSV with a byte-order mark, for Excel.' },
  },
});

@ObjectType({ description: 'An exported file, base64-encoded; computed through the same permissions as the API.' })
export class ExportFile {
  @Field({ description: 'Suggested file name, e.g. "province_status-2026-01-10.xlsx" (table, date, format).' })
  fileName!: string;

  @Field({ description: 'Media type of the content: the XLSX type, or "text/csv; charset=utf-8".' })
  mimeType!: string;

  @Field({ description: 'The file content in base64.' })
  contentBase64!: string;
}

/** A sheet as the exporters hand it to the writers: Vietnamese headers in the official column order. */
export interface Sheet {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}
