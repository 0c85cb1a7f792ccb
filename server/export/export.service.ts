import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findCampaign } from '../campaign/campaign.service';
import { isCounted } from '../criterion/criterion-authoring.service';
import { listCriteria } from '../criterion/criterion.service';
import { Level } from '../domain/enums';
import { badInput } from '../graphql/errors';
import type { Loaders } from '../graphql/loaders';
import { findProvince, listProvinces } from '../province/province.service';
import { tableRow } from '../remediation/criterion-table';
import { blocRemediation } from '../remediation/remediation.service';
import { BLOC_LABEL } from '../domain/labels';
import { formatDate } from '../domain/dates';
import type { StatusQuery } from '../status/status.service';
import { ExportFormat, ExportTable, type ExportFile, type Sheet } from './export.types';

interface ExportRequest {
  table: ExportTable;
  format: ExportFormat;
  status: StatusQuery;
  provinceId?: string;
}

async function provinceStatusSheet(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  q: StatusQuery,
): Promise<Sheet> {
  const provinces = await listProvinces(em, access);
  const counts = await Promise.all(provinces.map((p) => loaders.provinceStatusCounts(q).load(p.id)));
  return {
    title: 'Phụ lục 4',
    headers: ['STT', 'Tỉnh, thành phố', 'Tổng số xã', 'Xanh', 'Vàng', 'Đỏ', 'Chưa đến hạn', 'Tỷ lệ xanh (%)'],
    rows: provinces.map((p, i) => [
      i + 1,
      p.name,
      counts[i].total,
      counts[i].green,
      counts[i].yellow,
      counts[i].red,
      counts[i].notDue,
      counts[i].greenPercent,
    ]),
  };
}

async function criterionSheet(em: EntityManager, access: Access, loaders: Loaders, q: StatusQuery): Promise<Sheet> {
  const criteria = (await listCriteria(em, access, { campaignId: q.campaignId, level: Level.COMMUNE })).filter(
    isCounted,
  );
  const results = await Promise.all(criteria.map((c) => loaders.criterionResults.load(c.id)));
  const versions = await Promise.all(criteria.map((c) => loaders.criterionVersions.load(c.id)));
  const rows: (string | number)[][] = [];
  for (const [i, criterion] of criteria.entries()) {
    // The version in force on the table's day; criteria never changed since publishing are at 1.
    const inForce = versions[i].filter((v) => v.effectiveFrom <= q.asOf).at(-1);
    const row = tableRow(criterion, results[i]);
    const provinces = await Promise.all(row.lowest.map((r) => loaders.province.load(r.provinceId)));
    const lowest = row.lowest
      .map((r, j) => `${provinces[j]?.name ?? ''} ${r.ratePercent}% (${r.met}/${r.total})`)
      .join('; ');
    rows.push([
      BLOC_LABEL[criterion.bloc],
      criterion.code,
      inForce?.text ?? criterion.text,
      row.provincesBelow50,
      lowest,
      inForce ? `${inForce.number} (từ ${formatDate(inForce.effectiveFrom)})` : 1,
    ]);
  }
  return {
    title: 'Phụ lục 9-12',
    headers: [
      'Khối',
      'Mã tiêu chí',
      'Tiêu chí',
      'Số tỉnh dưới 50%',
      '10 tỉnh thấp nhất (tỷ lệ, đạt/tổng)',
      'Phiên bản tiêu chí',
    ],
    rows,
  };
}

async function unmetSheet(
  em: EntityManager,
  access: Access,
  q: StatusQuery,
  provinceId: string | undefined,
): Promise<Sheet> {
  if (!provinceId) throw badInput('Bảng này cần provinceId.', 'provinceId');
  const province = await findProvince(em, access, { id: provinceId });
  const campaign = await findCampaign(em, access, { id: String(q.campaignId) });
  const blocs = await blocRemediation(em, access, province.id, campaign, q.asOf);
  return {
    title: `Tiêu chí chưa đạt - ${province.name}`.slice(0, 31),
    headers: ['Khối', 'Mã tiêu chí', 'Tiêu chí', 'Số xã chưa đạt', 'Các xã chưa đạt'],
    rows: blocs.flatMap((b) =>
      b.unmetCriteria.map((u) => [
        BLOC_LABEL[b.bloc],
        u.criterion.code,
        u.criterion.text,
        u.communes.length,
        u.communes.map((c) => c.name).join(', '),
      ]),
    ),
  };
}

async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.title);
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toCsv(sheet: Sheet): Buffer {
  const cell = (value: string | number) =>
    typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`;
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(cell).join(','));
  // The byte-order mark makes Excel read the Vietnamese text as UTF-8.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Builds an official table from the same services as the API, so it holds exactly what the caller may read. */
export async function exportTable(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  request: ExportRequest,
): Promise<ExportFile> {
  await findCampaign(em, access, { id: String(request.status.campaignId) });
  const sheet =
    request.table === ExportTable.PROVINCE_STATUS
      ? await provinceStatusSheet(em, access, loaders, request.status)
      : request.table === ExportTable.CRITERION_TABLE
        ? await criterionSheet(em, access, loaders, request.status)
        : await unmetSheet(em, access, request.status, request.provinceId);
  const xlsx = request.format === ExportFormat.XLSX;
  const content = xlsx ? await toXlsx(sheet) : toCsv(sheet);
  return {
    fileName: `${request.table.toLowerCase()}-${request.status.asOf}.${xlsx ? 'xlsx' : 'csv'}`,
    mimeType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    contentBase64: content.toString('base64'),
  };
}
