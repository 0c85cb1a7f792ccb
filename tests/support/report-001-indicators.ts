/**
 * Report 001 (UBND xã Phú Thịnh, Thái Nguyên, April 2026), appendix "Tình hình thực hiện các
 * mục tiêu": its 15 target indicators as printed — unit, target ("90", "≥ 98") and result
 * ("72,5", Vietnamese decimal comma, or the "không phát sinh" sentence) — and, per indicator,
 * what the report's figures say: met when the result reaches the target, unmet when it does
 * not, NOT_APPLICABLE for item 9, where nothing arose in the period.
 */
export interface ReportIndicator {
  item: number;
  group: string;
  text: string;
  unit: string;
  target: string;
  result: string;
  verdict: 'MET' | 'UNMET' | 'NOT_APPLICABLE';
}

export const REPORT_001 = {
  commune: 'Xã Phú Thịnh',
  provinceCode: 'thai-nguyen',
  resultsAsOf: '2026-04-20',
};

const row = (
  item: number,
  group: string,
  text: string,
  target: string,
  result: string,
  verdict: ReportIndicator['verdict'],
): ReportIndicator => ({ item, group, text, unit: '%', target, result, verdict });

const I = 'Phát triển hạ tầng';
const II = 'Phát triển nguồn lực';
const III = 'Phát triển chuyển đổi số';

export const REPORT_001_INDICATORS: ReportIndicator[] = [
  row(1, I, 'Tỷ lệ phủ sóng 5G trên dân số', '90', '72,5', 'UNMET'),
  row(2, I, 'Người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 1 Gb/s', '100', '100', 'MET'),
  row(3, I, 'Bảo đảm hạ tầng internet cáp quang đến các xóm', '100', '100', 'MET'),
  row(
    4,
    I,
    'Cán bộ cấp xã có máy tính đáp ứng cấu hình tối thiểu và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử.',
    '100',
    '100',
    'MET',
  ),
  row(5, II, 'Cán bộ, công chức xã được bồi dưỡng kỹ năng số căn bản', '100', '100', 'MET'),
  row(
    6,
    II,
    'Cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành',
    '100',
    '100',
    'MET',
  ),
  row(7, II, 'Dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông', '80', '90', 'MET'),
  row(
    8,
    III,
    'Thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến',
    '100',
    '100',
    'MET',
  ),
  row(
    9,
    III,
    'Giao dịch hành chính thuộc diện “phi tiếp xúc”',
    '80',
    'Không phát sinh thủ tục hành chính thuộc diện “phi tiếp xúc” trong kỳ báo cáo',
    'NOT_APPLICABLE',
  ),
  row(10, III, 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', '100', '99,9', 'UNMET'),
  row(
    11,
    III,
    'Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện',
    '100',
    '100',
    'MET',
  ),
  row(12, III, 'Hồ sơ thủ tục hành chính xử lý trực tuyến', '100', '100', 'MET'),
  row(13, III, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '100', '100', 'MET'),
  row(
    14,
    III,
    'Duy trì tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến',
    '≥ 98',
    '100',
    'MET',
  ),
  row(15, III, 'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công', '80', '99,66', 'MET'),
];

/** "72,5" → 72.5: the report prints Vietnamese decimals, the API takes numbers. */
export const vietnameseNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** "≥ 98" → { GTE, 98 }; a plain target in the appendix is a level to reach: at least it. */
export function targetOf(printed: string): { comparator: string; target: number } {
  const match = /^(≥|≤|=)?\s*([\d.,]+)$/.exec(printed.trim())!;
  const comparator = { '≥': 'GTE', '≤': 'LTE', '=': 'EQ' }[match[1] ?? '≥']!;
  return { comparator, target: vietnameseNumber(match[2]) };
}

/** The result the report prints where nothing arose in the period. */
export const NOTHING_AROSE = /^Không phát sinh/;

/** The criterion code each indicator is entered under. */
export const indicatorCode = (indicator: ReportIndicator) => `CT-${String(indicator.item).padStart(2, '0')}`;
