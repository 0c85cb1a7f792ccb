import { Bloc } from '../domain/enums';
import { previousDay } from '../domain/dates';
import type { CommuneDirectory } from './communes';
import type { DemoReportItem } from './demo-data-set';
import { createRng } from '../domain/prng';
import { facts, parseBloc } from './sources';

type AppendixFact = (typeof facts.reportItems.appendices)[number];

/** Answers saying there is nothing to report: neither an obstacle nor a recommendation. */
const NON_ANSWERS: ReadonlySet<string> = new Set([
  'Không có phản hồi',
  'Không có vướng mắc',
  'Không có hoặc chưa có đề xuất',
  'Chưa có đề xuất, kiến nghị',
]);

const OTHER_CATEGORY = 'Khác';

/**
 * The same problem is worded differently across provinces, so a national ranking needs
 * categories. The first category with a keyword in the text wins; the order settles texts
 * naming two things ("Hỗ trợ kinh phí và trang thiết bị" is about money first).
 */
const CATEGORY_KEYWORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Chữ ký số, định danh', ['chữ ký số', 'chứng thư số', 'định danh']],
  ['Đào tạo, tập huấn', ['tập huấn', 'đào tạo', 'bồi dưỡng']],
  ['Kinh phí', ['kinh phí', 'ngân sách', 'tài chính']],
  ['Hạ tầng mạng', ['đường truyền', 'mạng', 'internet', 'phủ sóng']],
  [
    'Nhân lực',
    [
      'nhân lực',
      'nhân sự',
      'biên chế',
      'kiêm nhiệm',
      'thiếu cán bộ',
      'cán bộ chuyên',
      'cán bộ có',
      'cán bộ công nghệ',
      'cán bộ còn thiếu',
      'công chức chuyên môn',
      'công chức có',
    ],
  ],
  ['Thiết bị, hạ tầng CNTT', ['thiết bị', 'máy', 'cơ sở vật chất', 'hạ tầng', 'smartphone', 'điện thoại']],
  [
    'Phần mềm, hệ thống',
    [
      'phần mềm',
      'hệ thống',
      'dịch vụ công',
      'dvc',
      'một cửa',
      'liên thông',
      'đồng bộ',
      'dữ liệu',
      'lỗi',
      'vneid',
      'hộ tịch',
      'cổng',
      'tích hợp',
    ],
  ],
  [
    'Kỹ năng số, nhận thức',
    [
      'trình độ',
      'nhận thức',
      'kỹ năng',
      'dân trí',
      'người dân',
      'công dân',
      'tuổi',
      'năng lực',
      'chuyên môn',
      'kiến thức',
      'thói quen',
      'tiếp cận công nghệ',
      'tuyên truyền',
      'vận động',
    ],
  ],
  [
    'Quy trình, hướng dẫn',
    ['hướng dẫn', 'cơ chế', 'quy chế', 'văn bản', 'giám sát', 'thể chế', 'quy trình', 'thủ tục', 'chính sách', 'hồ sơ'],
  ],
];

export const REPORT_ITEM_CATEGORIES: readonly string[] = [
  ...CATEGORY_KEYWORDS.map(([category]) => category),
  OTHER_CATEGORY,
];

export function categoryOf(text: string): string {
  const normalized = text.normalize('NFC').toLowerCase();
  const match = CATEGORY_KEYWORDS.find(([, keywords]) => keywords.some((k) => normalized.includes(k)));
  return match ? match[0] : OTHER_CATEGORY;
}

/**
 * Each "text — N of the province's communes" becomes N reports by N distinct communes (a seeded
 * choice). N never exceeds the province's commune count in the sources; it is capped regardless.
 */
function appendixRows(appendix: AppendixFact, directory: CommuneDirectory): DemoReportItem[] {
  // Phụ lục 6 covers all blocs; the one-stop centre it is about is the People's Committee's.
  const bloc = appendix.bloc === null ? Bloc.PEOPLES_COMMITTEE : parseBloc(appendix.bloc);
  // Phụ lục 6 is what was reported on the report's day; the per-bloc appendices rank what the
  // campaign gathered before it. The sources give no earlier dates, so those are put on the day before.
  const reportedOn = appendix.bloc === null ? facts.reportItems.asOf : previousDay(facts.reportItems.asOf);
  return appendix.provinces.flatMap(({ provinceCode, items }) => {
    const communes = directory.byProvince.get(provinceCode) ?? [];
    return items
      .filter((item) => !NON_ANSWERS.has(item.text))
      .flatMap((item) =>
        createRng(`report-items:${appendix.appendix}:${provinceCode}:${item.text}`)
          .shuffle(communes)
          .slice(0, Math.min(item.communes, communes.length))
          .map((commune) => ({
            bloc,
            provinceCode,
            communeCode: commune.code,
            category: categoryOf(item.text),
            text: item.text,
            reportedOn,
          })),
      );
  });
}

export function buildReportItems(directory: CommuneDirectory) {
  const rowsOf = (kind: string) =>
    facts.reportItems.appendices.filter((a) => a.kind === kind).flatMap((a) => appendixRows(a, directory));
  return { obstacles: rowsOf('OBSTACLE'), recommendations: rowsOf('RECOMMENDATION') };
}
