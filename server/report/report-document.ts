import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Criterion } from '../criterion/criterion.entity';
import { AnswerType, Bloc, Comparator, Level, TaskAssigner, TaskStatus } from '../domain/enums';
import { longDateText, numberText, vietnamDay } from '../domain/vietnamese-format';
import type { ExportFile } from '../export/export.types';
import { Commune } from '../commune/commune.entity';
import { Province } from '../province/province.entity';
import type { ReportSubmission } from './report-submission.entity';
import type { TemplateField, TemplateSection } from './report-template.entity';
import { ReportFieldKind, VERDICT_LABEL, type Verdict } from './report.enums';

const COMPARATOR_SIGN: Record<Comparator, string> = {
  GTE: '',
  GT: '> ',
  LTE: '≤ ',
  LT: '< ',
  EQ: '= ',
  BETWEEN: 'từ ',
};
const ASSIGNER_NOTE: Record<TaskAssigner, string> = {
  CENTRAL: 'Nhiệm vụ Trung ương giao',
  PROVINCE: 'Nhiệm vụ tỉnh giao',
  COMMUNE_CHAIR: 'Nhiệm vụ Chủ tịch UBND xã giao',
};
const STATUS_TEXT: Record<TaskStatus, string> = {
  DONE_ON_TIME: 'Đã hoàn thành',
  DONE_LATE: 'Đã hoàn thành (quá hạn)',
  IN_PROGRESS: 'Đang triển khai thực hiện',
  OVERDUE: 'Quá hạn, chưa hoàn thành',
};
/** The issuing body's name as the heading of a document prints it, per bloc. */
const ISSUER: Record<Bloc, string> = {
  PARTY: 'ĐẢNG ỦY',
  PEOPLES_COUNCIL: 'HỘI ĐỒNG NHÂN DÂN',
  PEOPLES_COMMITTEE: 'ỦY BAN NHÂN DÂN',
  FATHERLAND_FRONT: 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
};

type Block = Paragraph | Table;

const para = (text: string, options: { bold?: boolean; center?: boolean; italics?: boolean; right?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: options.bold, italics: options.italics })],
  });

const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim());

const cell = (text: string, bold = false, columnSpan?: number) =>
  new TableCell({ columnSpan, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function grid(headers: string[], rows: (string[] | { group: string })[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: Array.isArray(row) ? row.map((t) => cell(t)) : [cell(row.group, true, headers.length)],
          }),
      ),
    ],
  });
}

const NO_BORDERS = Object.fromEntries(
  ['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [
    side,
    { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  ]),
);

/** Two columns side by side without borders, as the heading and the signature block are laid out. */
function sideBySide(left: Paragraph[], right: Paragraph[]): Table {
  const column = (children: Paragraph[]) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [column(left), column(right)] })],
  });
}

function answerText(
  criterion: Criterion,
  entry: { value: unknown; notApplicable: boolean; note: string | null } | undefined,
) {
  if (!entry) return '';
  if (entry.notApplicable) return entry.note ?? 'Không phát sinh';
  const { value } = entry;
  const shown =
    value === null || value === undefined
      ? 'Chưa báo cáo'
      : isNumeric(criterion)
        ? numberText(value as number)
        : criterion.answerType === AnswerType.BOOLEAN
          ? value
            ? 'Có'
            : 'Không'
          : criterion.answerType === AnswerType.TEXT
            ? String(value)
            : criterion.options
                .filter((o) => (value as string[]).includes(o.key))
                .map((o) => o.label)
                .join('; ');
  return entry.note ? `${shown} (${entry.note})` : shown;
}

const isNumeric = (criterion: Criterion) =>
  criterion.answerType === AnswerType.NUMBER || criterion.answerType === AnswerType.PERCENT;

function targetText(criterion: Criterion): string {
  if (!isNumeric(criterion) || criterion.target === undefined || criterion.target === null)
    return criterion.answerType === AnswerType.BOOLEAN ? 'Có' : '';
  const comparator = criterion.comparator ?? Comparator.GTE;
  const upTo = comparator === Comparator.BETWEEN ? ` đến ${numberText(criterion.targetMax!)}` : '';
  return `${COMPARATOR_SIGN[comparator]}${numberText(criterion.target)}${upTo}`;
}

interface Place {
  issuer: string;
  /** Where the document is dated: "Phú Thịnh". */
  placeName: string;
  /** The place as a title names it: "Xã Phú Thịnh". */
  placeTitle: string;
  unitName: string;
}

/** Everything a document needs besides the submission: the criteria of its indicator tables and its place. */
interface DocumentInput {
  submission: ReportSubmission;
  criteria: Map<string, Criterion[]>;
  place: Place;
}

function indicatorTable(field: TemplateField, criteria: Criterion[], values: Record<string, never>): Table {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const groups = field.indicatorGroups?.length
    ? field.indicatorGroups.map((g) => ({
        title: g.title as string | null,
        rows: g.criterionCodes.map((c) => byCode.get(c)!).filter(Boolean),
      }))
    : [{ title: null, rows: criteria }];
  let n = 0;
  const rows = groups.flatMap((g) => [
    ...(g.title ? [{ group: g.title }] : []),
    ...g.rows.map((c) => [
      `${++n}.`,
      c.text,
      // The criterion's own unit first: a table may hold percentages beside counts.
      c.measureUnit ?? field.unitOfMeasure ?? '',
      targetText(c),
      answerText(c, values[c.code]),
    ]),
  ]);
  return grid(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả'], rows);
}

interface TaskRow {
  title: string;
  status: TaskStatus;
  assignedBy: TaskAssigner;
  result: string | null;
  note: string | null;
  /** Written by submissions since owners report on their tasks; absent from older ones. */
  progressPercent?: number | null;
  evidence?: string | null;
}

/** The result cell: the result text, else the status (with the progress an open task reached); then the evidence. */
function taskResult(t: TaskRow): string {
  const open = t.status === TaskStatus.IN_PROGRESS || t.status === TaskStatus.OVERDUE;
  const progress = open && t.progressPercent ? ` (${t.progressPercent} %)` : '';
  const result = t.result ?? `${STATUS_TEXT[t.status]}${progress}`;
  return t.evidence ? `${result} (minh chứng: ${t.evidence})` : result;
}

function taskTable(values: Record<string, TaskRow>): Table {
  const rows = Object.values(values).map((t, i) => [
    String(i + 1),
    t.title,
    taskResult(t),
    t.note ?? ASSIGNER_NOTE[t.assignedBy],
  ]);
  return grid(['STT', 'Tên nhiệm vụ', 'Kết quả', 'Ghi chú'], rows);
}

/** Narrative and verdict fields of a section with several of them are numbered under it: "2.1. Tình hình, kết quả thực hiện". */
const HEADED = [ReportFieldKind.NARRATIVE, ReportFieldKind.VERDICT];

function fieldBlocks(input: DocumentInput, section: TemplateSection, field: TemplateField): Block[] {
  const { submission } = input;
  const value = submission.values[field.key] as never;
  const template = submission.round.template;
  const headed = section.fields.filter((f) => HEADED.includes(f.kind));
  const heading =
    headed.length > 1 && headed.includes(field)
      ? [para(`${section.number}.${headed.indexOf(field) + 1}. ${field.label}`, { bold: true })]
      : [];
  switch (field.kind) {
    case ReportFieldKind.NARRATIVE:
      return [...heading, ...lines((value as string | undefined) ?? '').map((l) => para(l))];
    case ReportFieldKind.FIGURE:
      return [
        para(
          `- ${field.label}: ${value === undefined ? '…' : numberText(value)}${field.unitOfMeasure ? ` ${field.unitOfMeasure}` : ''}.`,
        ),
      ];
    case ReportFieldKind.VERDICT: {
      const given: Record<string, Verdict> = {
        ...((value ?? {}) as Record<string, Verdict>),
        ...((submission.reviewVerdicts?.[field.key] ?? {}) as Record<string, Verdict>),
      };
      return [
        ...heading,
        ...(field.subjects ?? []).map((s) =>
          para(`- ${s.label}: ${given[s.key] ? VERDICT_LABEL[given[s.key]] : '…'}.`),
        ),
      ];
    }
    case ReportFieldKind.DIFFICULTIES: {
      const items = (value ?? []) as { text: string }[];
      return items.length ? items.map((d) => para(`- ${d.text}`)) : [para('Không có.')];
    }
    case ReportFieldKind.RECOMMENDATIONS: {
      const items = (value ?? []) as { addressee: string; text: string }[];
      return template.addressees.flatMap((addressee, i) => {
        const own = items.filter((r) => r.addressee === addressee);
        return [
          para(`${i + 1}. Đối với ${addressee}`, { bold: true }),
          ...(own.length ? own.map((r) => para(r.text)) : [para('Không có kiến nghị, đề xuất.')]),
        ];
      });
    }
    case ReportFieldKind.INDICATORS:
      return [indicatorTable(field, input.criteria.get(field.key) ?? [], (value ?? {}) as Record<string, never>)];
    case ReportFieldKind.TASKS:
      return [taskTable((value ?? {}) as never)];
  }
}

function sectionBlocks(input: DocumentInput, section: TemplateSection): Block[] {
  const title = `${section.number}. ${section.title}`;
  return [para(title, { bold: true }), ...section.fields.flatMap((f) => fieldBlocks(input, section, f))];
}

/** The submission as the official document: heading, numbered sections, signature block, appendices as tables. */
export async function submissionDocx(input: DocumentInput): Promise<Buffer> {
  const { submission, place } = input;
  const template = submission.round.template;
  const day = vietnamDay(submission.submittedAt);
  const [year, month] = day.split('-').map(Number);
  const party = submission.bloc === Bloc.PARTY;
  const withPeriod = template.title.includes('{period}') ? template.title : `${template.title} {period}`;
  const title = withPeriod
    .replace('{period}', submission.round.label)
    .replace('{unit}', place.placeTitle.charAt(0).toLowerCase() + place.placeTitle.slice(1));
  const body = template.sections.filter((s) => !s.appendix);
  const appendices = template.sections.filter((s) => s.appendix);
  const children: Block[] = [
    sideBySide(
      [
        para(place.issuer, { bold: true, center: true }),
        para(`Số:      /${template.documentSymbol}`, { center: true }),
      ],
      [
        ...(party
          ? [para('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, center: true })]
          : [
              para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
              para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
            ]),
        para(`${place.placeName}, ${longDateText(day)}`, { italics: true, center: true }),
      ],
    ),
    para('BÁO CÁO', { bold: true, center: true }),
    para(title, { bold: true, center: true }),
    ...body.flatMap((s) => sectionBlocks(input, s)),
    sideBySide(
      [para('Nơi nhận:', { bold: true }), ...template.recipients.map((r) => para(`- ${r};`))],
      [
        ...lines(template.signatureTitle).map((l) => para(l, { bold: true, center: true })),
        para(''),
        para(submission.signerName ?? '', { bold: true, center: true }),
      ],
    ),
  ];
  for (const section of appendices) {
    children.push(
      new Paragraph({
        pageBreakBefore: true,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `Phụ lục. ${section.title}`, bold: true })],
      }),
      para(`(Kèm theo Báo cáo số      /${template.documentSymbol} ngày      /${month}/${year} của ${place.unitName})`, {
        italics: true,
        center: true,
      }),
      ...section.fields.flatMap((f) => fieldBlocks(input, section, f)),
    );
  }
  const document = new Document({
    creator: 'Phủ Xanh',
    title: `${template.name} — ${place.unitName} — ${submission.round.label}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** The unit's place as the document names it: "UBND XÃ PHÚ THỊNH" issuing, dated at "Phú Thịnh". */
async function placeOf(em: EntityManager, submission: ReportSubmission): Promise<Place> {
  const unit = submission.unit;
  if (unit.level === Level.COMMUNE) {
    const commune = await em.findOneOrFail(Commune, submission.commune!.id);
    const bare = commune.name.replace(/^(Xã|Phường|Đặc khu) /, '');
    return {
      issuer: `${ISSUER[unit.bloc]} ${commune.name.toUpperCase()}`,
      placeName: bare,
      placeTitle: commune.name,
      unitName: unit.name,
    };
  }
  const province = await em.findOneOrFail(Province, submission.province.id);
  return {
    issuer: `${ISSUER[unit.bloc]} ${province.name.toUpperCase()}`,
    placeName: province.name.replace(/^TP\. /, ''),
    placeTitle: province.name.startsWith('TP.')
      ? province.name.replace(/^TP\. /, 'thành phố ')
      : `tỉnh ${province.name}`,
    unitName: unit.name,
  };
}

export async function submissionDocument(em: EntityManager, submission: ReportSubmission): Promise<ExportFile> {
  const criteria = new Map<string, Criterion[]>();
  for (const field of submission.round.template.sections.flatMap((s) => s.fields)) {
    if (field.kind !== ReportFieldKind.INDICATORS) continue;
    criteria.set(
      field.key,
      await em.find(
        Criterion,
        { campaign: Number(field.campaignId), bloc: submission.bloc, level: submission.level },
        { orderBy: { position: 'asc' } },
      ),
    );
  }
  const buffer = await submissionDocx({ submission, criteria, place: await placeOf(em, submission) });
  return {
    fileName: `bao-cao-${submission.round.template.code}-${submission.round.period.toLowerCase()}-${submission.unit.id}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentBase64: buffer.toString('base64'),
  };
}
