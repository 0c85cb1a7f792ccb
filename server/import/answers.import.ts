import { answerCriterionQuietly } from '../assessment/assessment.service';
import type { AnswerCriterionInput } from '../assessment/assessment.inputs';
import { forbidden, type Access } from '../auth/access';
import { findCampaign } from '../campaign/campaign.service';
import { Criterion } from '../criterion/criterion.entity';
import { criterionApplies } from '../criterion/applicability';
import { query, sql, textArray } from '../database/sql';
import { AnswerType, Bloc } from '../domain/enums';
import { BLOC_LABEL } from '../domain/labels';
import { searchKey } from '../domain/text';
import { badInput, ErrorCode, invalidAnswer } from '../graphql/errors';
import { Unit } from '../unit/unit.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { blocNamed } from './accounts.import';
import { ImportErrorCode, IMPORT_LIMITS, type RowError } from './import.types';
import { cellError, hasRequired, rowError, type Importer } from './run-import';
import { templateWorkbook, textOf, type CellValue, type SheetSpec } from './workbook';

type Column =
  | 'province'
  | 'commune'
  | 'unitName'
  | 'bloc'
  | 'criterion'
  | 'answer'
  | 'documentNumber'
  | 'documentDate'
  | 'link'
  | 'note';

const spec: SheetSpec<Column> = {
  sheet: 'Kết quả',
  columns: [
    {
      key: 'province',
      header: 'Mã tỉnh',
      hint: 'Đơn vị cấp tỉnh: mã tỉnh, ví dụ "bac-ninh". Đơn vị cấp xã: để trống.',
    },
    { key: 'commune', header: 'Mã xã', hint: 'Đơn vị cấp xã: mã xã, ví dụ "bac-ninh-017".' },
    { key: 'unitName', header: 'Tên đơn vị', hint: 'Chỉ để đọc; hệ thống tìm đơn vị theo mã và khối.', width: 30 },
    { key: 'bloc', header: 'Khối', required: true, hint: 'Đảng ủy, HĐND, UBND hoặc MTTQ.' },
    { key: 'criterion', header: 'Mã tiêu chí', required: true, hint: 'Mã tiêu chí trong đợt, ví dụ "XA-DU-01".' },
    {
      key: 'answer',
      header: 'Kết quả',
      required: true,
      hint: 'Có/Không (tiêu chí có – không); mã lựa chọn, ví dụ "A" (một lựa chọn); các mã cách nhau bởi dấu phẩy, ví dụ "A, C" (nhiều lựa chọn); một số, ví dụ 72,5 (tiêu chí số).',
      width: 16,
    },
    { key: 'documentNumber', header: 'Số văn bản', hint: 'Số văn bản minh chứng, ví dụ "125/QĐ-UBND".' },
    { key: 'documentDate', header: 'Ngày văn bản', hint: 'Ngày của văn bản: dd/mm/yyyy.' },
    { key: 'link', header: 'Đường dẫn minh chứng', hint: 'Bắt đầu bằng http:// hoặc https://.', width: 30 },
    { key: 'note', header: 'Ghi chú', hint: 'Không bắt buộc.', width: 30 },
  ],
};

/** The columns the answer service's errors point at, by the field or code it names. */
const COLUMN_OF_FIELD: Partial<Record<string, Column>> = {
  'evidence.documentNumber': 'documentNumber',
  'evidence.documentDate': 'documentDate',
  'evidence.link': 'link',
  'evidence.note': 'note',
  unitId: 'commune',
  criterionId: 'criterion',
};
const COLUMN_OF_CODE: Partial<Record<string, Column>> = {
  [ErrorCode.INVALID_ANSWER]: 'answer',
  [ErrorCode.CRITERION_NOT_APPLICABLE]: 'criterion',
  [ErrorCode.FORBIDDEN]: 'commune',
  [ErrorCode.NOT_FOUND]: 'commune',
};

const YES = new Set(['co', 'dat', 'x', 'true', '1', 'yes']);
const NO = new Set(['khong', 'chua dat', 'chua', 'false', '0', 'no']);

/** A number as officials type it: "72,5", "72.5", "1.234,5" or "90 %". */
function numberOf(value: CellValue): number | undefined {
  if (typeof value === 'number') return value;
  const text = textOf(value)?.replace(/\s|%/g, '');
  if (!text || !/^-?[\d.,]+$/.test(text)) return undefined;
  const plain = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  const number = Number(plain);
  return Number.isFinite(number) ? number : undefined;
}

/** The cell's answer in the shape answerCriterion takes for the criterion's answer type. */
function answerOf(
  criterion: Criterion,
  value: CellValue,
): Pick<AnswerCriterionInput, 'boolean' | 'optionKeys' | 'number' | 'text' | 'notApplicable'> {
  // "Không phát sinh": the answer service refuses it where the criterion does not allow it.
  if (searchKey(textOf(value) ?? '') === searchKey('Không phát sinh')) return { notApplicable: true };
  switch (criterion.answerType) {
    case AnswerType.BOOLEAN: {
      if (typeof value === 'boolean') return { boolean: value };
      const key = searchKey(textOf(value) ?? '');
      if (YES.has(key)) return { boolean: true };
      if (NO.has(key)) return { boolean: false };
      throw invalidAnswer(`Tiêu chí ${criterion.code} trả lời "Có" hoặc "Không", không phải "${textOf(value)}".`);
    }
    case AnswerType.SINGLE_CHOICE:
      return { optionKeys: [textOf(value)!] };
    case AnswerType.MULTI_CHOICE:
      return {
        optionKeys: (textOf(value) ?? '')
          .split(/[,;]/)
          .map((key) => key.trim())
          .filter(Boolean),
      };
    case AnswerType.TEXT:
      return { text: textOf(value) ?? '' };
    case AnswerType.NUMBER:
    case AnswerType.PERCENT: {
      const number = numberOf(value);
      if (number === undefined)
        throw invalidAnswer(`Tiêu chí ${criterion.code} cần một số, không phải "${textOf(value)}".`);
      return { number };
    }
  }
}

/** A document date as a cell holds it (a date) or as typed (dd/mm/yyyy or yyyy-mm-dd). */
function documentDateOf(value: CellValue): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = textOf(value)!;
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}`
    : text;
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    throw badInput(`Ngày văn bản "${text}" không hợp lệ; ghi dd/mm/yyyy.`, 'evidence.documentDate');
  return iso;
}

interface UnitKey {
  id: number;
  province: string;
  commune: string | null;
  bloc: Bloc;
  name: string;
}

const unitKey = (province: string | undefined, commune: string | undefined, bloc: Bloc) =>
  commune ? `c:${commune}:${bloc}` : `p:${province}:${bloc}`;

/** Every unit named by a province or commune code in the sheet, by code and bloc. */
async function unitsNamed(em: EntityManager, provinces: string[], communes: string[]): Promise<Map<string, UnitKey>> {
  const units = await query<UnitKey>(
    em,
    sql`select u.id, p.code as province, c.code as commune, u.bloc, u.name
       from unit u join province p on p.id = u.province_id left join commune c on c.id = u.commune_id
      where (u.commune_id is null and p.code = any(${textArray(provinces)})) or c.code = any(${textArray(communes)})`,
  );
  return new Map(units.map((u) => [unitKey(u.province, u.commune ?? undefined, u.bloc), u]));
}

async function campaignOf(em: EntityManager, access: Access, params: Record<string, string | undefined>) {
  if (!params.campaignId) throw badInput('Cần chọn đợt đánh giá (tham số campaignId).', 'campaignId');
  return findCampaign(em, access, { id: params.campaignId });
}

/**
 * Answers for many units at once: each row goes through the answer service itself
 * (answerCriterionQuietly, answerCriterion without reading the statuses after it) — validity,
 * applicability, the campaign being open, the caller's abilities, counters, history and
 * audit — in a savepoint of the import's transaction, so a refused row is reported and the
 * others go on; a fresh EntityManager per row keeps each row's work as small as a single answer.
 */
export const answersImporter: Importer<Column> = {
  kind: 'answers',
  spec,
  authorize(access) {
    if (access.filter('answer', 'Unit') === null)
      throw forbidden('Tài khoản này không trả lời cho đơn vị nào nên không nhập được kết quả.');
  },
  async template(em, access, params) {
    const campaign = await campaignOf(em, access, params);
    const answerable = access.filter<Unit>('answer', 'Unit');
    const criteriaWhere = access.readable<Criterion>('Criterion', { campaign: campaign.id, isPlaceholder: false });
    const units = answerable
      ? await em.find(Unit, answerable, { populate: ['province', 'commune'], orderBy: { id: 'asc' } })
      : [];
    const criteria = criteriaWhere
      ? await em.find(Criterion, criteriaWhere, { orderBy: { bloc: 'asc', level: 'asc', position: 'asc' } })
      : [];
    const rows = units
      .flatMap((unit) =>
        criteria
          .filter((c) =>
            criterionApplies(
              { bloc: c.bloc, level: c.level, campaignProvinceId: campaign.province?.id ?? null },
              { bloc: unit.bloc, level: unit.level, provinceId: unit.province.id },
            ),
          )
          .map((criterion) => ({
            province: unit.commune ? undefined : unit.province.code,
            commune: unit.commune?.code,
            unitName: unit.name,
            bloc: BLOC_LABEL[unit.bloc],
            criterion: criterion.code,
          })),
      )
      .slice(0, IMPORT_LIMITS.rows);
    return templateWorkbook(spec, rows, [
      `Đợt: ${campaign.name}. Mỗi dòng là kết quả của một đơn vị cho một tiêu chí; các dòng mẫu là mọi tiêu chí của các đơn vị tài khoản này được trả lời.`,
      'Mỗi dòng được kiểm tra như khi trả lời từng tiêu chí trên màn hình: đúng kiểu trả lời, tiêu chí áp dụng cho đơn vị, đợt còn mở, quyền của người nhập.',
      'Bấm "Kiểm tra" trước: hệ thống báo mọi dòng lỗi mà không ghi gì. Chỉ khi hết lỗi mới "Nhập" được; khi nhập, tất cả các dòng được ghi cùng lúc hoặc không dòng nào.',
      'Tiêu chí trong đợt: ' +
        criteria
          .map(
            (c) => `${c.code} (${c.answerType}${c.options.length ? `: ${c.options.map((o) => o.key).join('/')}` : ''})`,
          )
          .join('; '),
    ]);
  },
  async run({ em, access, rows, progress, params }) {
    const campaign = await campaignOf(em, access, params);
    const errors: RowError[] = [];
    const criteriaWhere = access.readable<Criterion>('Criterion', { campaign: campaign.id });
    const criteria = new Map((criteriaWhere ? await em.find(Criterion, criteriaWhere) : []).map((c) => [c.code, c]));
    const texts = (key: Column) => [...new Set(rows.map((r) => textOf(r.values[key])).filter((t): t is string => !!t))];
    const units = await unitsNamed(em, texts('province'), texts('commune'));
    const firstRowOf = new Map<string, number>();
    const summary = { answered: 0, created: 0, updated: 0 };
    for (const [index, row] of rows.entries()) {
      if (index % 50 === 0) progress({ phase: 'checking', done: index, total: rows.length });
      if (!hasRequired(spec, row, errors)) continue;
      const value = (key: Column) => textOf(row.values[key]);
      const blocText = value('bloc')!;
      const bloc = blocNamed(blocText);
      if (!bloc) {
        errors.push(
          cellError(
            spec,
            row.row,
            'bloc',
            ErrorCode.BAD_USER_INPUT,
            `Khối "${blocText}" không có; dùng Đảng ủy, HĐND, UBND hoặc MTTQ.`,
          ),
        );
        continue;
      }
      const [provinceCode, communeCode] = [value('province'), value('commune')];
      if (!provinceCode && !communeCode) {
        errors.push(
          cellError(
            spec,
            row.row,
            'commune',
            ImportErrorCode.REQUIRED,
            'Cần mã xã (đơn vị cấp xã) hoặc mã tỉnh (đơn vị cấp tỉnh).',
          ),
        );
        continue;
      }
      const unit = units.get(unitKey(provinceCode, communeCode, bloc));
      if (!unit) {
        errors.push(
          cellError(
            spec,
            row.row,
            communeCode ? 'commune' : 'province',
            ErrorCode.NOT_FOUND,
            `Không có đơn vị ${BLOC_LABEL[bloc]} của ${communeCode ? `xã mã "${communeCode}"` : `tỉnh mã "${provinceCode}"`}.`,
          ),
        );
        continue;
      }
      const criterion = criteria.get(value('criterion')!);
      if (!criterion) {
        errors.push(
          cellError(
            spec,
            row.row,
            'criterion',
            ErrorCode.NOT_FOUND,
            `Đợt "${campaign.name}" không có tiêu chí mã "${value('criterion')}".`,
          ),
        );
        continue;
      }
      const pair = `${unit.id}:${criterion.id}`;
      const earlier = firstRowOf.get(pair);
      if (earlier !== undefined) {
        errors.push(
          cellError(
            spec,
            row.row,
            'criterion',
            ImportErrorCode.DUPLICATE,
            `Trùng với dòng ${earlier}: cùng đơn vị và tiêu chí ${criterion.code}.`,
          ),
        );
        continue;
      }
      firstRowOf.set(pair, row.row);
      try {
        const input: AnswerCriterionInput = {
          unitId: String(unit.id),
          criterionId: String(criterion.id),
          ...answerOf(criterion, row.values.answer),
          evidence: {
            documentNumber: value('documentNumber'),
            documentDate: documentDateOf(row.values.documentDate),
            link: value('link'),
            note: value('note'),
          },
        };
        const assessment = await answerCriterionQuietly(
          em.fork({ clear: true, keepTransactionContext: true }),
          access,
          input,
        );
        summary.answered++;
        if (assessment.version === 1) summary.created++;
        else summary.updated++;
      } catch (error) {
        const code =
          error instanceof Error && 'extensions' in error
            ? String((error as { extensions: { code?: unknown } }).extensions.code)
            : '';
        errors.push(rowError(spec, row.row, error, COLUMN_OF_FIELD, COLUMN_OF_CODE[code] ?? 'answer'));
      }
    }
    progress({ phase: 'writing' });
    return { errors, summary };
  },
};
