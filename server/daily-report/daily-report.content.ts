import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import type { Campaign } from '../campaign/campaign.entity';
import { listCriteria } from '../criterion/criterion.service';
import { previousDay } from '../domain/dates';
import { Bloc, Level } from '../domain/enums';
import { percent } from '../domain/percent';
import type { Loaders } from '../graphql/loaders';
import { rankReportsByProvince, type RankedReports } from '../obstacle/report-ranking';
import type { Province } from '../province/province.entity';
import { listProvinces } from '../province/province.service';
import { tableRow } from '../remediation/criterion-table';
import { coverageHeadline } from '../status/coverage-headline';
import { statusChange } from '../status/status.service';
import type { StatusCounts } from '../status/status.types';
import { overdueByOwner } from '../task/task-stats';
import type { Task } from '../task/task.entity';

/** A table of the report: Vietnamese headers in the official column order; a group row spans the table. */
export interface ReportTable {
  appendix: string;
  title: string;
  headers: string[];
  rows: (string[] | { group: string })[];
}

export interface DailyReportContent {
  title: string;
  subtitle: string;
  overview: string[];
  appendices: ReportTable[];
}

export interface DailyReportRequest {
  asOf: string;
  /** The campaign of the commune heat map (Phụ lục 4). */
  heatMap: Campaign;
  /** The campaign of the commune criteria (Phụ lục 9–12). */
  communeCriteria: Campaign;
  /** The campaign of the province-level criteria (Phụ lục 21). */
  provinceCriteria: Campaign;
}

/** The blocs in the order of the official appendices, with the names the report gives them. */
const BLOCS: { bloc: Bloc; name: string; upper: string }[] = [
  { bloc: Bloc.PARTY, name: 'Đảng ủy', upper: 'ĐẢNG ỦY' },
  { bloc: Bloc.PEOPLES_COUNCIL, name: 'Hội đồng Nhân dân', upper: 'HỘI ĐỒNG NHÂN DÂN' },
  { bloc: Bloc.PEOPLES_COMMITTEE, name: 'Ủy ban Nhân dân', upper: 'ỦY BAN NHÂN DÂN' },
  { bloc: Bloc.FATHERLAND_FRONT, name: 'Ủy ban Mặt trận Tổ quốc', upper: 'MẶT TRẬN TỔ QUỐC' },
];

const TASK_GROUP_ORDER = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** "10,71%": the reports print percentages with a decimal comma. */
export function percentText(value: number): string {
  return `${String(value).replace('.', ',')}%`;
}

/** "22/9/2025", as the reports date themselves. */
export function dateText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date}/${month}/${year}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "3.321": the reports group thousands with a dot. */
export const countText = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

interface ProvinceFigures {
  province: Province;
  counts: StatusCounts;
  before: StatusCounts;
}

function sumCounts(rows: StatusCounts[]): StatusCounts {
  const sum = (key: 'green' | 'yellow' | 'red' | 'notDue' | 'total' | 'reported') =>
    rows.reduce((acc, r) => acc + r[key], 0);
  const green = sum('green');
  const total = sum('total');
  return {
    green,
    yellow: sum('yellow'),
    red: sum('red'),
    notDue: sum('notDue'),
    total,
    reported: sum('reported'),
    greenPercent: percent(green, total),
  };
}

async function provinceFigures(
  provinces: Province[],
  loaders: Loaders,
  request: DailyReportRequest,
): Promise<ProvinceFigures[]> {
  const today = { campaignId: request.heatMap.id, asOf: request.asOf };
  const yesterday = { ...today, asOf: previousDay(request.asOf) };
  const figures = await Promise.all(
    provinces.map(async (province) => ({
      province,
      counts: await loaders.provinceStatusCounts(today).load(province.id),
      before: await loaders.provinceStatusCounts(yesterday).load(province.id),
    })),
  );
  return figures.filter((f) => f.counts.total > 0);
}

function heatMapTable(figures: ProvinceFigures[]): ReportTable {
  const ordered = [...figures].sort(
    (a, b) => a.counts.greenPercent - b.counts.greenPercent || a.province.name.localeCompare(b.province.name, 'vi'),
  );
  return {
    appendix: 'Phụ lục 4',
    title: `Tình hình phủ XANH các xã trong ${figures.length} tỉnh, thành phố`,
    headers: [
      'STT',
      'Tỉnh/thành phố',
      'Số xã',
      'XANH',
      'VÀNG',
      'ĐỎ',
      'Đã báo cáo',
      'Đã báo cáo (%)',
      'XANH (%)',
      'TĂNG/GIẢM (%)',
    ],
    rows: ordered.map(({ province, counts, before }, i) => [
      String(i + 1),
      province.name,
      String(counts.total),
      String(counts.green),
      String(counts.yellow),
      String(counts.red),
      String(counts.reported),
      percentText(percent(counts.reported, counts.total)),
      percentText(counts.greenPercent),
      percentText(statusChange(before, counts).greenPercentChange),
    ]),
  };
}

interface BlocCriteria {
  bloc: (typeof BLOCS)[number];
  rows: { text: string; provincesBelow50: number; lowest: string }[];
}

/** Phụ lục 9–12 from the same rows as `criterionTable`; placeholder criteria stand in for unnamed ones and are left out. */
async function criterionTables(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  request: DailyReportRequest,
): Promise<BlocCriteria[]> {
  const criteria = (
    await listCriteria(em, access, { campaignId: request.communeCriteria.id, level: Level.COMMUNE })
  ).filter((c) => !c.isPlaceholder);
  const rows = await Promise.all(criteria.map(async (c) => tableRow(c, await loaders.criterionResults.load(c.id))));
  return Promise.all(
    BLOCS.map(async (bloc) => ({
      bloc,
      rows: await Promise.all(
        rows
          .filter((r) => r.criterion.bloc === bloc.bloc)
          .map(async (r) => {
            const under = r.lowest.filter((p) => p.met * 2 < p.total);
            const names = await Promise.all(under.map((p) => loaders.province.load(p.provinceId)));
            const lowest = under
              .map((p, i) => `${names[i]?.name} (${percentText(p.ratePercent)} (${p.met}/${p.total}))`)
              .join('; ');
            return { text: r.criterion.text, provincesBelow50: r.provincesBelow50, lowest };
          }),
      ),
    })),
  );
}

function criterionTable(entry: BlocCriteria, index: number): ReportTable {
  return {
    appendix: `Phụ lục ${9 + index}`,
    title: `Tình hình hoàn thành các tiêu chí của ${entry.bloc.name} cấp xã tại các tỉnh thành phố`,
    headers: ['STT', 'Tiêu chí', 'Số tỉnh/thành phố < 50%', 'Top 10 tỉnh/thành phố thấp nhất (<50%)'],
    rows: entry.rows.map((r, i) => [String(i + 1), r.text, String(r.provincesBelow50), r.lowest]),
  };
}

async function overdueTable(
  em: EntityManager,
  access: Access,
  asOf: string,
): Promise<{ table: ReportTable; count: number }> {
  const tasks = (await overdueByOwner(em, access, asOf)).flatMap((o) =>
    o.tasks.map((task) => ({ task, owner: o.owner })),
  );
  const groupOf = (task: Task) => task.group ?? '';
  const groups = [...new Set(tasks.map((t) => groupOf(t.task)))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const rows: ReportTable['rows'] = [];
  let number = 0;
  for (const group of groups) {
    const inGroup = tasks.filter((t) => groupOf(t.task) === group).sort((a, b) => a.task.id - b.task.id);
    const name = inGroup[0].task.groupName;
    rows.push({
      group: `${group ? `Nhóm ${group}` : 'Nhiệm vụ khác'}${name ? ` - ${name}` : ''} (${inGroup.length} nhiệm vụ)`,
    });
    for (const { task, owner } of inGroup) rows.push([String(++number), task.title, owner]);
  }
  return {
    count: tasks.length,
    table: {
      appendix: 'Phụ lục 2',
      title: 'Các nhiệm vụ chưa hoàn thành đã quá hạn',
      headers: ['STT', 'Nhiệm vụ cụ thể', 'Đơn vị chưa hoàn thành'],
      rows,
    },
  };
}

function rank(group: string): number {
  const index = TASK_GROUP_ORDER.indexOf(group);
  return index < 0 ? TASK_GROUP_ORDER.length : index;
}

async function blocCompletionTable(
  provinces: Province[],
  loaders: Loaders,
  request: DailyReportRequest,
): Promise<ReportTable> {
  const q = { campaignId: request.provinceCriteria.id, asOf: request.asOf };
  const completions = await Promise.all(provinces.map((p) => loaders.blocCompletion(q).load(p.id)));
  return {
    appendix: 'Phụ lục 21',
    title: 'Tỉ lệ hoàn thành các tiêu chí cấp tỉnh ở 4 khối',
    headers: ['STT', 'Tỉnh, thành phố', ...BLOCS.map((b) => `Tỉ lệ hoàn thành ${b.name}`)],
    rows: provinces.map((province, i) => [
      String(i + 1),
      province.name,
      ...BLOCS.map((b) => {
        const completion = completions[i].find((c) => c.bloc === b.bloc);
        return completion ? percentText(completion.ratePercent) : '—';
      }),
    ]),
  };
}

/** The three most reported texts of each province, as "N/total (%)" rows numbered by province. */
async function rankingTable(
  em: EntityManager,
  access: Access,
  provinces: Province[],
  kind: 'obstacle' | 'recommendation',
  ranked: RankedReports,
): Promise<string[][]> {
  const byProvince = await rankReportsByProvince(em, access, kind, {
    ...ranked,
    provinceIds: provinces.map((p) => p.id),
  });
  const rows: string[][] = [];
  let number = 0;
  provinces.forEach((province) => {
    (byProvince.get(province.id) ?? []).forEach((r, j) => {
      const first = j === 0;
      rows.push([
        first ? String(++number) : '',
        first ? province.name : '',
        r.label,
        `${r.communes}/${r.total} (${percentText(r.percent)})`,
      ]);
    });
  });
  return rows;
}

const RANKING_HEADERS = {
  obstacle: ['STT', 'Tỉnh/thành phố', 'Vướng mắc chính trong ngày', 'Số xã gặp vướng mắc'],
  recommendation: ['STT', 'Tỉnh/thành phố', 'Kiến nghị và đề xuất', 'Số xã gặp vướng mắc'],
};

/** Phụ lục 6: the main obstacles reported on the day, all blocs together. */
async function dayObstacleTable(
  em: EntityManager,
  access: Access,
  provinces: Province[],
  day: string,
): Promise<ReportTable> {
  return {
    appendix: 'Phụ lục 6',
    title: `Các vướng mắc chính trong ngày ${dateText(day)}`,
    headers: RANKING_HEADERS.obstacle,
    rows: await rankingTable(em, access, provinces, 'obstacle', { reportedOn: day, by: 'text', limit: 3 }),
  };
}

/** Phụ lục 13–20: per bloc the three most reported obstacles, then recommendations, of each province. */
async function blocRankingTables(em: EntityManager, access: Access, provinces: Province[]): Promise<ReportTable[]> {
  const tables: ReportTable[] = [];
  for (const bloc of BLOCS) {
    for (const kind of ['obstacle', 'recommendation'] as const) {
      tables.push({
        appendix: `Phụ lục ${13 + tables.length}`,
        title:
          kind === 'obstacle'
            ? `VƯỚNG MẮC KHÓ KHĂN CHÍNH Ở CẤP ${bloc.upper}`
            : `KIẾN NGHỊ ĐỀ XUẤT Ở CẤP ${bloc.upper}`,
        headers: RANKING_HEADERS[kind],
        rows: await rankingTable(em, access, provinces, kind, { bloc: bloc.bloc, by: 'text', limit: 3 }),
      });
    }
  }
  return tables;
}

function overview(
  request: DailyReportRequest,
  figures: ProvinceFigures[],
  criteria: BlocCriteria[],
  overdue: number,
): string[] {
  const whole = sumCounts(figures.map((f) => f.counts));
  const before = sumCounts(figures.map((f) => f.before));
  const scope = figures.length === 1 ? figures[0].province.name : 'Trên toàn quốc';
  const headline = coverageHeadline(figures);
  const all = headline.allGreen.map((p) => p.name);
  const change = whole.green - before.green;
  const lines = [
    `${scope} hiện có ${countText(whole.green)}/${countText(whole.total)} xã, phường (tương đương ${percentText(whole.greenPercent)}) đạt trạng thái XANH trong đợt “${request.heatMap.name}”; ${countText(whole.yellow)} xã, phường ở trạng thái VÀNG và ${countText(whole.red)} xã, phường ở trạng thái ĐỎ${whole.notDue ? `; ${countText(whole.notDue)} xã, phường chưa đến hạn đánh giá` : ''} (Phụ lục 4).`,
    `So với ngày ${dateText(previousDay(request.asOf))} (${countText(before.green)} xã, phường, chiếm ${percentText(before.greenPercent)}), số xã, phường đạt trạng thái XANH ${change > 0 ? `tăng ${countText(change)}` : change < 0 ? `giảm ${countText(-change)}` : 'không đổi'}.`,
    `Có ${headline.overHalf.length}/${headline.provinces} tỉnh, thành phố phủ XANH hơn 50% số xã, phường; có ${headline.overSeventyPercent.length}/${headline.provinces} tỉnh, thành phố phủ XANH hơn 70% số xã, phường; ${all.length} tỉnh, thành phố phủ XANH 100% số xã, phường${all.length ? `: ${all.join(', ')}` : ''}.`,
    overdue
      ? `Vẫn còn ${twoDigits(overdue)} nhiệm vụ đã quá hạn chưa hoàn thành (Phụ lục 2).`
      : 'Không có nhiệm vụ nào quá hạn chưa hoàn thành (Phụ lục 2).',
  ];
  criteria.forEach((entry, i) => {
    const worst = [...entry.rows].sort((a, b) => b.provincesBelow50 - a.provincesBelow50)[0];
    if (!worst) return;
    lines.push(
      `Đối với ${entry.bloc.name} cấp xã: tiêu chí “${worst.text}” có ${worst.provincesBelow50}/${figures.length} tỉnh, thành phố đạt dưới 50% số xã, phường (Phụ lục ${9 + i}).`,
    );
  });
  return lines;
}

/** Everything the daily report says, computed by the same services as the API over what the caller may read. */
export async function dailyReportContent(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  request: DailyReportRequest,
): Promise<DailyReportContent> {
  const provinces = await listProvinces(em, access);
  const [figures, criteria, overdue, completion, dayObstacles, rankings] = await Promise.all([
    provinceFigures(provinces, loaders, request),
    criterionTables(em, access, loaders, request),
    overdueTable(em, access, request.asOf),
    blocCompletionTable(provinces, loaders, request),
    dayObstacleTable(em, access, provinces, request.asOf),
    blocRankingTables(em, access, provinces),
  ]);
  return {
    title: 'BÁO CÁO',
    subtitle: `Về tình hình, kết quả triển khai chuyển đổi số (Tổng hợp, đối chiếu thông tin đến hết ngày ${dateText(request.asOf)})`,
    overview: overview(request, figures, criteria, overdue.count),
    appendices: [
      overdue.table,
      heatMapTable(figures),
      dayObstacles,
      ...criteria.map(criterionTable),
      ...rankings,
      completion,
    ],
  };
}
