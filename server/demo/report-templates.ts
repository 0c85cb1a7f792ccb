import { Bloc, Level } from '../domain/enums';
import type { TemplateField, TemplateSection } from '../report/report-template.entity';
import { ReportFieldKind, ReviewerKind } from '../report/report.enums';

/** The two templates the sources show, as an overseer would author them (stored as the API stores them). */
export interface DemoTemplate {
  code: string;
  name: string;
  title: string;
  level: Level;
  reviewer: ReviewerKind;
  provinceCode: string | null;
  documentSymbol: string;
  signatureTitle: string;
  addressees: string[];
  recipients: string[];
  /** The indicator field's campaign is the demo's indicator campaign, given its id at load. */
  sections: (campaignId: string) => TemplateSection[];
}

const STATUS_PROMPT = 'Tình hình, kết quả thực hiện';
const REVIEW_PROMPT = 'Nhận xét, đánh giá';

const narrative = (key: string, label: string): TemplateField => ({
  key,
  kind: ReportFieldKind.NARRATIVE,
  label,
  maxLength: 20_000,
});
const figure = (key: string, label: string, unitOfMeasure: string): TemplateField => ({
  key,
  kind: ReportFieldKind.FIGURE,
  label,
  unitOfMeasure,
});
const section = (key: string, number: string, title: string, fields: TemplateField[], level = 2): TemplateSection => ({
  key,
  number,
  title,
  level,
  appendix: false,
  fields,
});
/** The pair every area of both reports has: what was done, then strengths, shortcomings and causes. */
const area = (key: string, number: string, title: string, extra: TemplateField[] = [], after: TemplateField[] = []) =>
  section(key, number, title, [
    narrative(`${key}.tinh-hinh`, STATUS_PROMPT),
    ...extra,
    narrative(`${key}.nhan-xet`, REVIEW_PROMPT),
    ...after,
  ]);

/** Codes of report 001's 15 target indicators (Phụ lục), in table order, with their groups. */
export const PHU_THINH_INDICATOR_GROUPS = [
  { title: 'I. Phát triển hạ tầng', from: 1, to: 4 },
  { title: 'II. Phát triển nguồn lực', from: 5, to: 7 },
  { title: 'III. Phát triển chuyển đổi số', from: 8, to: 15 },
];
export const indicatorCode = (n: number) => `CT-${String(n).padStart(2, '0')}`;

export const PROGRESS_TEMPLATE: DemoTemplate = {
  code: 'bao-cao-tien-do-xa',
  name: 'Báo cáo tiến độ hằng tháng của UBND xã (Đề án KHCN, ĐMST, CĐS)',
  title:
    'Tiến độ thực hiện các nhiệm vụ và triển khai thực hiện Đề án về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Nguyên trên địa bàn {unit} {period}',
  level: Level.COMMUNE,
  reviewer: ReviewerKind.STEERING_COMMITTEE,
  provinceCode: 'thai-nguyen',
  documentSymbol: 'BC-UBND',
  signatureTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  addressees: [
    'Bộ Chính trị, Ban Bí thư',
    'Quốc hội',
    'Chính phủ',
    'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    'ban, bộ, ngành Trung ương',
    'Ban Chỉ đạo',
  ],
  recipients: ['Sở Khoa học và Công nghệ', 'Thường trực Đảng ủy', 'Thường trực HĐND xã', 'Lãnh đạo UBND xã', 'Lưu: VT'],
  sections: (campaignId) => [
    section('I', 'I', 'TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM', [], 1),
    area('s1', '1', 'Về công tác chỉ đạo, điều hành và tổ chức thực hiện', [
      figure('s1.cuoc-hop', 'Số cuộc họp của Ban Chỉ đạo, Thường trực Ban Chỉ đạo', 'cuộc'),
      figure('s1.pakn-nhan', 'Tổng số PAKN, SKGP đã nhận được', 'phản ánh'),
      figure('s1.pakn-giai-quyet', 'Số PAKN, SKGP đã giải quyết', 'phản ánh'),
    ]),
    area('s2', '2', 'Về hoàn thiện thể chế, quy định, quy trình'),
    area('s3', '3', 'Về bảo đảm nguồn nhân lực', [
      figure('s3.lop-dao-tao', 'Số lớp đào tạo, bồi dưỡng đã tổ chức', 'lớp'),
    ]),
    area('s4', '4', 'Về tài chính, kinh phí cho KHCN, ĐMST, CDS', [
      figure('s4.phan-bo', 'Tổng kinh phí đã được phân bổ năm 2026', 'tỷ đồng'),
      figure('s4.giai-ngan', 'Kinh phí đã giải ngân', 'tỷ đồng'),
    ]),
    area('s5', '5', 'Về chuyển đổi số'),
    area('s6', '6', 'Về khoa học, công nghệ và đổi mới sáng tạo'),
    area('s7', '7', 'Về nguồn nhân lực và hợp tác quốc tế trong phát triển KH-CN, ĐMST, CDS'),
    area('s8', '8', 'Về công tác phòng, chống lãng phí'),
    section('II', 'II', 'NHẬN XÉT, ĐÁNH GIÁ CHUNG', [narrative('II.chung', REVIEW_PROMPT)], 1),
    section(
      'III',
      'III',
      'KIẾN NGHỊ, ĐỀ XUẤT',
      [{ key: 'III.kien-nghi', kind: ReportFieldKind.RECOMMENDATIONS, label: 'Kiến nghị, đề xuất' }],
      1,
    ),
    {
      ...section('PL1', 'Phụ lục', 'TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU', [
        {
          key: 'PL1.chi-tieu',
          kind: ReportFieldKind.INDICATORS,
          label: 'Kết quả (tính đến hết kỳ báo cáo)',
          unitOfMeasure: '%',
          campaignId,
          indicatorGroups: PHU_THINH_INDICATOR_GROUPS.map((g) => ({
            title: g.title,
            criterionCodes: Array.from({ length: g.to - g.from + 1 }, (_, i) => indicatorCode(g.from + i)),
          })),
        },
      ]),
      appendix: true,
    },
    {
      ...section('PL2', 'Phụ lục', 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ', [
        { key: 'PL2.nhiem-vu', kind: ReportFieldKind.TASKS, label: 'Kết quả thực hiện nhiệm vụ' },
      ]),
      appendix: true,
    },
  ],
};

/** The blocs a supervision verdict is given for (report 004, section 2). */
export const SUPERVISION_BLOCS: { bloc: Bloc; label: string }[] = [
  { bloc: Bloc.PARTY, label: 'Khối Đảng' },
  { bloc: Bloc.PEOPLES_COMMITTEE, label: 'Khối Chính quyền' },
  { bloc: Bloc.PEOPLES_COUNCIL, label: 'Hội đồng nhân dân' },
  { bloc: Bloc.FATHERLAND_FRONT, label: 'Mặt trận Tổ quốc' },
];
/** The three parts report 004 judges in each bloc's digital infrastructure. */
export const INFRASTRUCTURE_AREAS = [
  { key: 'software', label: 'Phần mềm/Hệ thống' },
  { key: 'data', label: 'Cơ sở dữ liệu' },
  { key: 'hardware', label: 'Hạ tầng phần cứng' },
];

const blocVerdict = (key: string): TemplateField => ({
  key,
  kind: ReportFieldKind.VERDICT,
  label: 'Kết luận theo từng khối',
  subjects: SUPERVISION_BLOCS.map((b) => ({ key: b.bloc, label: b.label })),
});

export const SUPERVISION_TEMPLATE: DemoTemplate = {
  code: 'bao-cao-giam-sat-thuong-xuyen',
  name: 'Báo cáo giám sát thường xuyên việc thực hiện Nghị quyết 57-NQ/TW và Kế hoạch 02-KH/BCĐTW',
  title:
    'Kết quả giám sát thường xuyên việc lãnh đạo, chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị và Kế hoạch số 02-KH/BCĐTW {period}',
  level: Level.COMMUNE,
  reviewer: ReviewerKind.INSPECTION_COMMITTEE,
  provinceCode: null,
  documentSymbol: 'BC/ĐU',
  signatureTitle: 'T/M BAN THƯỜNG VỤ\nBÍ THƯ',
  addressees: [
    'Chính phủ, các bộ, ngành Trung ương',
    'Ủy ban nhân dân tỉnh, thành phố',
    'Sở Tài chính',
    'Sở Khoa học và Công nghệ',
    'Doanh nghiệp viễn thông',
    'Ủy ban Kiểm tra Tỉnh ủy, Thành ủy',
  ],
  recipients: [
    'Ủy ban Kiểm tra Tỉnh ủy (b/c)',
    'Ban Thường vụ Đảng ủy (b/c)',
    'UBKT Đảng ủy xã',
    'Lưu Văn phòng Đảng ủy',
  ],
  sections: () => [
    section('A', 'A', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', [narrative('A.tinh-hinh', STATUS_PROMPT)], 1),
    section('B', 'B', 'TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM', [], 1),
    area('g1', 'I', 'Về công tác chỉ đạo, điều hành và tổ chức thực hiện', [], [blocVerdict('g1.ket-luan')]),
    area('g2', 'II', 'Về hoàn thiện thể chế, quy định, quy trình', [], [blocVerdict('g2.ket-luan')]),
    area('g3', 'III', 'Về bảo đảm nguồn nhân lực', [], [blocVerdict('g3.ket-luan')]),
    area(
      'g4',
      'IV',
      'Về tài chính, kinh phí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      [],
      [blocVerdict('g4.ket-luan')],
    ),
    area(
      'g5',
      'V',
      'Về chuyển đổi số',
      [],
      [
        {
          key: 'g5.ket-luan',
          kind: ReportFieldKind.VERDICT,
          label: 'Kết luận theo từng khối và hạ tầng',
          subjects: SUPERVISION_BLOCS.flatMap((b) =>
            INFRASTRUCTURE_AREAS.map((a) => ({ key: `${b.bloc}.${a.key}`, label: `${b.label} — ${a.label}` })),
          ),
        },
      ],
    ),
    area('g6', 'VI', 'Về khoa học, công nghệ và đổi mới sáng tạo ở cơ sở', [], [blocVerdict('g6.ket-luan')]),
    area('g7', 'VII', 'Về công tác phòng, chống lãng phí', [], [blocVerdict('g7.ket-luan')]),
    section('C', 'C', 'NHẬN XÉT, ĐÁNH GIÁ CHUNG', [narrative('C.chung', REVIEW_PROMPT)], 1),
    section(
      'D',
      'D',
      'KHÓ KHĂN, VƯỚNG MẮC',
      [{ key: 'D.kho-khan', kind: ReportFieldKind.DIFFICULTIES, label: 'Khó khăn, vướng mắc' }],
      1,
    ),
    section(
      'E',
      'Đ',
      'KIẾN NGHỊ, ĐỀ XUẤT',
      [{ key: 'E.kien-nghi', kind: ReportFieldKind.RECOMMENDATIONS, label: 'Kiến nghị, đề xuất' }],
      1,
    ),
  ],
};
