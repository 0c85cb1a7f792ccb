import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DailyReportContent, ReportTable } from './daily-report.content';

const cell = (text: string, options: { bold?: boolean; columnSpan?: number } = {}) =>
  new TableCell({
    columnSpan: options.columnSpan,
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold })] })],
  });

function table(content: ReportTable): Table {
  const width = content.headers.length;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: content.headers.map((h) => cell(h, { bold: true })) }),
      ...content.rows.map(
        (row) =>
          new TableRow({
            children: Array.isArray(row)
              ? row.map((text) => cell(text))
              : [cell(row.group, { bold: true, columnSpan: width })],
          }),
      ),
    ],
  });
}

/** Each appendix starts a page, headed like the report's: its number, then its title. */
function appendix(content: ReportTable): (Paragraph | Table)[] {
  return [
    new Paragraph({
      text: content.appendix,
      heading: HeadingLevel.HEADING_2,
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
    }),
    new Paragraph({ children: [new TextRun({ text: content.title, bold: true })], alignment: AlignmentType.CENTER }),
    table(content),
  ];
}

/** The report as a Word document: the overview in portrait, the appendices' wide tables in landscape. */
export async function toDocx(content: DailyReportContent): Promise<Buffer> {
  const sections: ISectionOptions[] = [
    {
      children: [
        new Paragraph({ text: content.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
        new Paragraph({ text: content.subtitle, alignment: AlignmentType.CENTER }),
        new Paragraph({ text: 'I. TỔNG QUAN TIẾN ĐỘ', heading: HeadingLevel.HEADING_1 }),
        ...content.overview.map((text) => new Paragraph({ text: `- ${text}`, alignment: AlignmentType.JUSTIFIED })),
        new Paragraph({ text: 'PHỤ LỤC', heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
      ],
    },
    {
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: content.appendices.flatMap(appendix),
    },
  ];
  const document = new Document({
    creator: 'Phủ Xanh',
    title: `${content.title} ${content.subtitle}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
