import { readDocx } from '../support/docx-text';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Phú Thịnh's April 2026 progress report (source 001) as a submission of the demo data, produced
 * as a Word document and read back: the official heading, the section headings in the report's
 * order, the 15 target indicators with targets and results, and the 12 tasks.
 */
let server: TestServer;
let overseer: string;

beforeAll(async () => {
  server = await startTestServer();
  overseer = await server.login('thainguyen.giamsat');
});
afterAll(() => server.close());

async function phuThinhApril(): Promise<{ id: string; status: string }> {
  const result = await server.request(
    `{ reportSubmissions(first: 500, filter: { status: ACCEPTED }) { nodes { id status unit { name } round { period } } } }`,
    {},
    overseer,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const found = result.data!.reportSubmissions.nodes.find(
    (n: { unit: { name: string }; round: { period: string } }) =>
      n.unit.name === 'UBND Xã Phú Thịnh' && n.round.period === '2026-04',
  );
  return found;
}

it('produces the April 2026 report of Phú Thịnh in its official layout', async () => {
  const submission = await phuThinhApril();
  expect(submission.status).toBe('ACCEPTED');
  const result = await server.request(
    'query ($id: ID!) { reportSubmissionDocument(id: $id) { fileName mimeType contentBase64 } }',
    { id: submission.id },
    overseer,
  );
  expect(result.errors).toBeUndefined();
  const file = result.data!.reportSubmissionDocument;
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const { paragraphs, tables } = await readDocx(file.contentBase64);

  for (const line of [
    'ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH',
    'Số:      /BC-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Phú Thịnh, ngày 20 tháng 4 năm 2026',
    'BÁO CÁO',
    'Tiến độ thực hiện các nhiệm vụ và triển khai thực hiện Đề án về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Nguyên trên địa bàn xã Phú Thịnh tháng 4/2026',
    '- Tổng kinh phí đã được phân bổ năm 2026: 0,556 tỷ đồng.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Hữu Đông',
    '(Kèm theo Báo cáo số      /BC-UBND ngày      /4/2026 của UBND Xã Phú Thịnh)',
  ]) {
    expect(paragraphs).toContain(line);
  }

  const headings = [
    'I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM',
    '1. Về công tác chỉ đạo, điều hành và tổ chức thực hiện',
    '1.1. Tình hình, kết quả thực hiện',
    '1.2. Nhận xét, đánh giá',
    '2. Về hoàn thiện thể chế, quy định, quy trình',
    '3. Về bảo đảm nguồn nhân lực',
    '4. Về tài chính, kinh phí cho KHCN, ĐMST, CDS',
    '5. Về chuyển đổi số',
    '6. Về khoa học, công nghệ và đổi mới sáng tạo',
    '7. Về nguồn nhân lực và hợp tác quốc tế trong phát triển KH-CN, ĐMST, CDS',
    '8. Về công tác phòng, chống lãng phí',
    'II. NHẬN XÉT, ĐÁNH GIÁ CHUNG',
    'III. KIẾN NGHỊ, ĐỀ XUẤT',
    '5. Đối với ban, bộ, ngành Trung ương',
    '6. Đối với Ban Chỉ đạo',
    'Phụ lục. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU',
    'Phụ lục. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ',
  ];
  const positions = headings.map((h) => paragraphs.indexOf(h));
  expect(headings.filter((_, i) => positions[i] < 0)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  const indicators = tables.find((t) => t[0].join('|') === 'TT|Chỉ tiêu|Đơn vị tính|Mục tiêu|Kết quả')!;
  const rows = indicators.slice(1).filter((r) => r.length === 5);
  expect(rows).toHaveLength(15);
  expect(
    indicators
      .slice(1)
      .filter((r) => r.length === 1)
      .map((r) => r[0]),
  ).toEqual(['I. Phát triển hạ tầng', 'II. Phát triển nguồn lực', 'III. Phát triển chuyển đổi số']);
  expect(rows[0]).toEqual(['1.', 'Tỷ lệ phủ sóng 5G trên dân số', '%', '90', '72,5']);
  expect(rows[8]).toEqual([
    '9.',
    'Giao dịch hành chính thuộc diện “phi tiếp xúc”',
    '%',
    '80',
    'Không phát sinh thủ tục hành chính thuộc diện “phi tiếp xúc” trong kỳ báo cáo',
  ]);
  expect(rows[9].slice(3)).toEqual(['100', '99,9']);
  expect(rows[13].slice(3)).toEqual(['98', '100']);
  expect(rows[14].slice(3)).toEqual(['80', '99,66']);

  const tasks = tables.find((t) => t[0].join('|') === 'STT|Tên nhiệm vụ|Kết quả|Ghi chú')!;
  expect(tasks.slice(1)).toHaveLength(12);
  expect(tasks[2]).toEqual([
    '2',
    'Tập huấn cho cán bộ, công chức, viên chức về ứng dụng công nghệ số, kỹ năng số',
    'Chưa thực hiện',
    'Nhiệm vụ tỉnh giao',
  ]);
  expect(tasks[12]).toEqual([
    '12',
    'Duy trì và phát huy hiệu quả hệ thống camera giám sát tại xã',
    'Đã hoàn thành',
    'Nhiệm vụ Chủ tịch UBND xã giao',
  ]);
  expect(tasks.slice(1).filter((t) => t[2].startsWith('Đã hoàn thành'))).toHaveLength(6);
});

it('produces the Gia Phúc supervision report with its verdicts per bloc', async () => {
  const token = await server.login('quocgia');
  const list = await server.request(
    `{ reportSubmissions(first: 500, filter: { status: SUBMITTED }) { nodes { id unit { name } } } }`,
    {},
    token,
  );
  const giaPhuc = list.data!.reportSubmissions.nodes.find(
    (n: { unit: { name: string } }) => n.unit.name === 'Đảng ủy Xã Gia Phúc',
  );
  const result = await server.request(
    'query ($id: ID!) { reportSubmissionDocument(id: $id) { contentBase64 } }',
    { id: giaPhuc.id },
    token,
  );
  const { paragraphs } = await readDocx(result.data!.reportSubmissionDocument.contentBase64);
  expect(paragraphs).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(paragraphs).toContain('Gia Phúc, ngày 24 tháng 10 năm 2025');
  expect(paragraphs).toContain('- Khối Đảng — Cơ sở dữ liệu: Chưa đảm bảo hoàn toàn.');
  expect(paragraphs).toContain('- Khối Chính quyền — Phần mềm/Hệ thống: Đảm bảo.');
  expect(paragraphs).toContain('D. KHÓ KHĂN, VƯỚNG MẮC');
  expect(paragraphs).toContain('3. Đối với Sở Tài chính');
});
