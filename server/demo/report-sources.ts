/**
 * What the three commune reports of the sources say, as their submissions hold it: report 001
 * (Phú Thịnh, April 2026), 002 (Hoàng Sơn, June 2026) and 004 (Gia Phúc, October 2025). Long
 * passages are kept to their opening paragraphs.
 */

/** Report 001's appendix of 15 target indicators: text, target, result (null: "không phát sinh"). */
export const PHU_THINH_INDICATORS: { text: string; target: number; result: number | null }[] = [
  { text: 'Tỷ lệ phủ sóng 5G trên dân số', target: 90, result: 72.5 },
  {
    text: 'Người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 1 Gb/s',
    target: 100,
    result: 100,
  },
  { text: 'Bảo đảm hạ tầng internet cáp quang đến các xóm', target: 100, result: 100 },
  {
    text: 'Cán bộ cấp xã có máy tính đáp ứng cấu hình tối thiểu và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử',
    target: 100,
    result: 100,
  },
  { text: 'Cán bộ, công chức xã được bồi dưỡng kỹ năng số căn bản', target: 100, result: 100 },
  {
    text: 'Cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành',
    target: 100,
    result: 100,
  },
  {
    text: 'Dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông',
    target: 80,
    result: 90,
  },
  {
    text: 'Thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến',
    target: 100,
    result: 100,
  },
  { text: 'Giao dịch hành chính thuộc diện “phi tiếp xúc”', target: 80, result: null },
  { text: 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', target: 100, result: 99.9 },
  {
    text: 'Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện',
    target: 100,
    result: 100,
  },
  { text: 'Hồ sơ thủ tục hành chính xử lý trực tuyến', target: 100, result: 100 },
  { text: 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', target: 100, result: 100 },
  {
    text: 'Duy trì tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến',
    target: 98,
    result: 100,
  },
  { text: 'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công', target: 80, result: 99.66 },
];
export const PHU_THINH_NOT_APPLICABLE = 'Không phát sinh thủ tục hành chính thuộc diện “phi tiếp xúc” trong kỳ báo cáo';

/** The result column of report 001's task appendix, by task number. */
export const PHU_THINH_TASK_RESULTS: Record<number, string> = {
  1: 'Đã hoàn thành (UBND xã đã rà soát và bảo đảm các điều kiện tối thiểu phục vụ chuyển đổi số theo quy định)',
  2: 'Chưa thực hiện',
  3: 'Hiện nay, hệ thống phòng họp không giấy đã được triển khai phục vụ các cuộc họp của khối Đảng tại địa phương; đối với UBND xã đang từng bước nghiên cứu, xem xét điều kiện triển khai trong thời gian tới.',
  4: 'Đã hoàn thành',
  5: 'Đã hoàn thành',
  6: 'Trong Quý I năm 2026, hệ thống trang thiết bị tại Trung tâm Phục vụ hành chính công cấp xã cơ bản đã đáp ứng yêu cầu, do đó chưa phát sinh nhu cầu đầu tư, nâng cấp thêm',
  7: 'Chưa thực hiện',
  8: 'Chưa thực hiện',
  9: 'Đã hoàn thành',
  10: 'Đã hoàn thành',
  11: 'Đang triển khai thực hiện',
  12: 'Đã hoàn thành',
};

export const PHU_THINH_VALUES: Record<string, unknown> = {
  's1.tinh-hinh':
    'UBND xã Phú Thịnh đã ban hành Kế hoạch số 39/KH-UBND ngày 30/01/2026 về việc triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị năm 2026 trên địa bàn xã Phú Thịnh; Kế hoạch số 54/KH-UBND, số 55/KH-UBND và số 59/KH-UBND ngày 27/02/2026.\nTừ đầu năm 2026 đến hết ngày 20/4/2026, địa phương chưa phát sinh cuộc họp của Ban Chỉ đạo, Thường trực Ban Chỉ đạo hoặc lãnh đạo Ban Chỉ đạo với Thường trực Tổ Giúp việc và các cơ quan liên quan.\nTổng số nhiệm vụ được giao: 12, trong đó số nhiệm vụ đã hoàn thành: 6, tỷ lệ 50%; số nhiệm vụ đang thực hiện đúng hạn: 6; số nhiệm vụ quá hạn chưa hoàn thành: 0.',
  's1.cuoc-hop': 0,
  's1.pakn-nhan': 0,
  's1.pakn-giai-quyet': 0,
  's1.nhan-xet':
    'Các nhiệm vụ được giao đã được tổ chức triển khai nghiêm túc, đồng bộ, bảo đảm hoàn thành đúng tiến độ theo Kế hoạch đã ban hành. Không phát sinh nhiệm vụ chậm tiến độ hoặc chưa hoàn thành.',
  's2.tinh-hinh':
    'Thực hiện chức năng quản lý nhà nước tại địa phương, Ủy ban nhân dân xã Phú Thịnh đã tổ chức rà soát các văn bản quy phạm pháp luật, cơ chế, chính sách liên quan đến khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong phạm vi quản lý.',
  's2.nhan-xet':
    '- Ưu điểm: Công tác rà soát, tham gia góp ý văn bản được duy trì nền nếp, bảo đảm quy trình.\n- Tồn tại, hạn chế: Cấp xã không có thẩm quyền trực tiếp hoàn thiện thể chế nên vai trò chủ yếu là tham gia góp ý.',
  's3.tinh-hinh':
    'Ủy ban nhân dân xã Phú Thịnh đã ban hành 01 Kế hoạch tổ chức bồi dưỡng, tập huấn về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và an toàn thông tin trên địa bàn xã; đã bố trí 01 cán bộ chuyên trách về công nghệ thông tin, chuyển đổi số.',
  's3.lop-dao-tao': 0,
  's3.nhan-xet':
    'Nhân lực hiện có cơ bản đáp ứng yêu cầu nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp xã (đạt khoảng trên 90% yêu cầu theo chức năng, nhiệm vụ được giao).',
  's4.tinh-hinh':
    'Tổng kinh phí đã được phân bổ năm 2026: 0,556 tỷ đồng; đã giải ngân: 0 đồng (trong đó: KHCN, ĐMST là 0,056 tỷ đồng; CDS là 0,5 tỷ đồng).',
  's4.phan-bo': 0.556,
  's4.giai-ngan': 0,
  's4.nhan-xet':
    'Kinh phí được bố trí năm 2026 là 556 triệu đồng, cơ bản đáp ứng yêu cầu triển khai các nhiệm vụ KHCN, ĐMST, CDS theo kế hoạch của địa phương. Tuy nhiên, kinh phí được bố trí chưa đủ 3%.',
  's5.tinh-hinh':
    'Tổng số TTHC: 417; số lượng TTHC trực tuyến toàn trình: 139, một phần: 278. Tổng số hồ sơ tiếp nhận theo kỳ báo cáo: 1.446; số lượng hồ sơ trực tuyến toàn trình: 1.219/1.446, tỷ lệ: 84,3%.',
  's5.nhan-xet':
    'Tỷ lệ cung cấp dịch vụ công trực tuyến đạt 100%; trong đó, tỷ lệ hồ sơ trực tuyến toàn trình đạt 84,3%, cơ bản duy trì ở mức cao.',
  's6.tinh-hinh':
    'Trên địa bàn xã hiện có 26 doanh nghiệp đang hoạt động; chưa có doanh nghiệp khoa học và công nghệ, doanh nghiệp công nghệ cao, doanh nghiệp ICT.',
  's6.nhan-xet':
    '- Tồn tại, hạn chế: Chưa có doanh nghiệp hoạt động trong lĩnh vực khoa học và công nghệ, công nghệ cao, đổi mới sáng tạo.',
  's7.tinh-hinh':
    'UBND xã Phú Thịnh đã bố trí cán bộ chuyên trách phụ trách công nghệ thông tin, chuyển đổi số tại cơ quan theo quy định.',
  's7.nhan-xet': 'Tỷ lệ cán bộ, công chức sử dụng thành thạo các hệ thống thông tin phục vụ công việc đạt 100%.',
  's8.tinh-hinh':
    'UBND xã Phú Thịnh quán triệt nghiêm các quan điểm, chỉ đạo của Trung ương về nâng cao hiệu quả sử dụng nguồn lực, gắn với thực hành tiết kiệm, phòng chống lãng phí trong hoạt động của cơ quan.',
  's8.nhan-xet':
    '- Ưu điểm: Công tác thực hành tiết kiệm, phòng chống lãng phí được quan tâm chỉ đạo.\n- Tồn tại, hạn chế: Công tác rà soát, đánh giá nguy cơ phát sinh lãng phí trong một số lĩnh vực đôi khi chưa được thực hiện thường xuyên.',
  'II.chung':
    '- Cấp ủy, chính quyền xã Phú Thịnh đã quan tâm lãnh đạo, chỉ đạo triển khai các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo chỉ đạo của cấp trên.\n- Các nhiệm vụ được triển khai cơ bản bảo đảm tiến độ theo kế hoạch.',
  'III.kien-nghi': [
    {
      addressee: 'ban, bộ, ngành Trung ương',
      category: 'Cơ chế, chính sách',
      text: 'Đề nghị tiếp tục quan tâm ban hành, hoàn thiện các cơ chế, chính sách, hướng dẫn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; đồng thời tăng cường tổ chức các lớp tập huấn, bồi dưỡng nhằm nâng cao năng lực cho cán bộ cơ sở.',
    },
    {
      addressee: 'Ban Chỉ đạo',
      category: 'Chỉ đạo, hướng dẫn',
      text: 'Đề nghị tiếp tục quan tâm chỉ đạo, hướng dẫn các địa phương trong quá trình triển khai thực hiện các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; kịp thời tháo gỡ những khó khăn, vướng mắc phát sinh.',
    },
  ],
};

export const HOANG_SON_VALUES: Record<string, unknown> = {
  'A.tinh-hinh':
    'Ban Thường vụ Đảng ủy xã Hoàng Sơn đã nghiêm túc, kịp thời quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW, Kế hoạch hành động số 266-KH/TU và các văn bản chỉ đạo của Trung ương, của tỉnh.\nỦy ban nhân dân xã đã thực hiện nghiêm túc việc cập nhật, báo cáo kết quả trên Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết số 57, hoàn thành việc cập nhật dữ liệu hằng tháng trước ngày mùng 10.',
  'g1.tinh-hinh':
    'Ban Chỉ đạo chuyển đổi số xã đã tổ chức các cuộc họp để đánh giá kết quả thực hiện nhiệm vụ và triển khai các nhiệm vụ trọng tâm. Trong tháng 6 năm 2026, không phát sinh phản ánh, kiến nghị liên quan đến lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
  'g1.nhan-xet':
    'Các nhiệm vụ do cấp trên giao và các nhiệm vụ do địa phương chủ động xác định cơ bản được triển khai thực hiện đúng tiến độ, bảo đảm yêu cầu đề ra.',
  'g2.tinh-hinh':
    'Trong tháng 6/2026, có 48/50 tổ chức đảng trực thuộc thực hiện thu, nộp đảng phí qua tài khoản ngân hàng điện tử; ghi nhận 2.919 lượt giao dịch với tổng số tiền 126.882.101 đồng. Chuẩn hóa thông tin 1.549 đảng viên trên Hệ thống Cơ sở dữ liệu đảng viên 4.0.',
  'g2.nhan-xet':
    'Hệ thống quy chế, quy trình phục vụ lãnh đạo, chỉ đạo và tổ chức thực hiện chuyển đổi số từng bước được rà soát, hoàn thiện. Tuy nhiên, năng lực chuyên sâu về quản trị hệ thống, an toàn thông tin của một bộ phận cán bộ còn hạn chế.',
  'g3.tinh-hinh':
    'Toàn xã có 28 Tổ công nghệ số cộng đồng với 84 thành viên; trong kỳ đã tổ chức 03 buổi tuyên truyền, phổ cập kỹ năng số.',
  'g3.nhan-xet':
    'Đội ngũ cán bộ phụ trách CNTT và chuyển đổi số cơ bản đáp ứng yêu cầu nhiệm vụ; tuy nhiên do chủ yếu kiêm nhiệm nên năng lực chuyên sâu còn hạn chế.',
  'g4.tinh-hinh':
    'Tổng kinh phí năm 2026 được bố trí cho công tác CNTT và chuyển đổi số của xã là 1.274 triệu đồng; hỗ trợ 28 Tổ công nghệ số cộng đồng với tổng kinh phí 42 triệu đồng trong 6 tháng đầu năm 2026.',
  'g4.nhan-xet':
    'Nguồn kinh phí cho lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số còn hạn chế; khả năng cân đối ngân sách địa phương còn khó khăn.',
  'g5.tinh-hinh':
    'Từ ngày 15/5/2026 đến 16/6/2026, xã đã tiếp nhận 659 hồ sơ TTHC, trong đó 633 hồ sơ trực tuyến; đã giải quyết 619 hồ sơ, trong đó 617 hồ sơ đúng và trước hạn (99,7%). Công tác làm sạch dữ liệu đất đai được 4.805/5.196 hồ sơ, đạt 92,47%.',
  'g5.nhan-xet':
    'Công tác triển khai, quản lý và khai thác các hệ thống thông tin, cơ sở dữ liệu và nền tảng số trên địa bàn xã được quan tâm thực hiện. Tuy nhiên, cơ sở hạ tầng công nghệ thông tin và các giải pháp bảo mật còn hạn chế.',
  'g6.tinh-hinh':
    'Trên địa bàn xã hiện có 76 doanh nghiệp nhỏ và vừa đang hoạt động; UBND xã đã tuyên truyền, hướng dẫn doanh nghiệp sử dụng hợp đồng điện tử.',
  'g6.nhan-xet':
    'Phần lớn doanh nghiệp và cơ sở sản xuất, kinh doanh có quy mô nhỏ, nguồn lực còn hạn chế nên mức độ ứng dụng công nghệ số chưa cao.',
  'g7.tinh-hinh':
    'Việc đẩy mạnh sử dụng văn bản điện tử giúp tiết kiệm khoảng 55%–60% chi phí văn phòng phẩm so với cùng kỳ năm 2025; rút ngắn thời gian xử lý công việc từ bình quân 02 ngày xuống còn khoảng 01 ngày.',
  'g7.nhan-xet':
    'Công tác thực hành tiết kiệm, phòng, chống lãng phí được chú trọng. Tuy nhiên, một số trang thiết bị công nghệ thông tin cần được nâng cấp, thay thế.',
  'C.chung':
    'Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các tổ chức chính trị - xã hội xã đã tập trung lãnh đạo, chỉ đạo, tổ chức triển khai thực hiện nghiêm túc, phù hợp với điều kiện thực tiễn địa phương. Tuy nhiên, nguồn nhân lực và hạ tầng công nghệ thông tin còn hạn chế, nhất là đội ngũ cán bộ kiêm nhiệm.',
  'D.kho-khan': [],
  'E.kien-nghi': [],
};

const V = { A: 'ASSURED', P: 'PARTLY_ASSURED', N: 'NOT_ASSURED' } as const;

export const GIA_PHUC_VALUES: Record<string, unknown> = {
  'A.tinh-hinh':
    'Đảng uỷ đã quán triệt, triển khai Kế hoạch 02-KH/BCĐTW đến các đồng chí uỷ viên Ban Thường vụ Đảng uỷ, uỷ viên Ban Chấp hành Đảng bộ, MTTQ và các tổ chức chính trị - xã hội; yêu cầu 100 % cán bộ, công chức xã thực hiện nghiêm kế hoạch.\nĐảng uỷ xã ban hành Kế hoạch số 06-KH/ĐU ngày 15/7/2025 về triển khai phong trào “Bình dân học vụ số”; Kế hoạch số 18-KH/ĐU ngày 29/8/2025 về kế hoạch hành động của Ban Thường vụ Đảng ủy thực hiện Nghị quyết số 57-NQ/TW.',
  'g3.tinh-hinh':
    'Uỷ ban nhân dân xã đã bố trí đủ cán bộ, công chức thực hiện các nhiệm vụ về CĐS, CNTT; đã có 29 Tổ công nghệ số cộng đồng cho 29 thôn và đã thành lập Tổ ứng cứu công nghệ - nghiệp vụ tại xã.',
  'g3.nhan-xet':
    'Năng lực công nghệ thông tin của một bộ phận cán bộ còn hạn chế; chưa có cơ chế thu hút nguồn nhân lực CNTT chất lượng cao.',
  'g3.ket-luan': { PARTY: V.A, PEOPLES_COMMITTEE: V.P, PEOPLES_COUNCIL: V.A, FATHERLAND_FRONT: V.A },
  'g5.tinh-hinh':
    'Số lượng thủ tục hành chính thực hiện theo hình thức dịch vụ công trực tuyến toàn trình: 211 TTHC, một phần: 137 TTHC, trực tiếp: 21 TTHC. Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 345 hồ sơ; tổng số hồ sơ xử lý đúng hạn: 345 hồ sơ.',
  'g5.nhan-xet':
    'Các phần mềm/hệ thống trọng yếu: cơ bản đảm bảo. Cơ sở dữ liệu: đảm bảo một phần, cần chuẩn hóa, hoàn thiện. Hạ tầng phần cứng: chưa đảm bảo hoàn toàn, còn thiếu về cấu hình máy tính, nhất là máy tính phục vụ công việc di chuyển, sóng viễn thông và nguồn lực tài chính.',
  'g5.ket-luan': {
    'PARTY.software': V.P,
    'PARTY.data': V.P,
    'PARTY.hardware': V.A,
    'PEOPLES_COMMITTEE.software': V.A,
    'PEOPLES_COMMITTEE.data': V.P,
    'PEOPLES_COMMITTEE.hardware': V.P,
    'PEOPLES_COUNCIL.software': V.A,
    'PEOPLES_COUNCIL.hardware': V.P,
    'FATHERLAND_FRONT.software': V.A,
    'FATHERLAND_FRONT.hardware': V.P,
  },
  'C.chung':
    'Ứng dụng công nghệ số trong quản lý văn bản, điều hành, dịch vụ công trực tuyến được triển khai đồng bộ, đảm bảo thông suốt, không gián đoạn. Thiết bị hạ tầng CNTT tại một số bộ phận còn cũ, cấu hình thấp; kinh phí đầu tư cho hạ tầng công nghệ thông tin còn hạn chế so với yêu cầu đột phá.',
  'D.kho-khan': [
    {
      category: 'Hạ tầng, thiết bị',
      text: 'Hạ tầng công nghệ thông tin chưa đồng bộ: máy móc, thiết bị đều cũ; máy tính, máy in, máy scan và đường truyền internet chất lượng kém gây khó khăn cho việc triển khai các ứng dụng số.',
    },
    { category: 'Kinh phí', text: 'Kinh phí đầu tư và nâng cấp hạ tầng số tại cấp xã còn hạn hẹp.' },
    {
      category: 'Nhân lực',
      text: 'Chưa có cán bộ, công chức chuyên trách phụ trách CNTT; năng lực một số cán bộ, công chức về CNTT còn hạn chế.',
    },
    {
      category: 'Hệ thống thông tin',
      text: 'Thủ tục thu hồi Giấy chứng nhận đã cấp lần đầu không đúng quy định (mã 1.012818.H24): hệ thống dịch vụ công chưa ổn định.',
    },
  ],
  'E.kien-nghi': [
    {
      addressee: 'Chính phủ, các bộ, ngành Trung ương',
      category: 'Dữ liệu, liên thông',
      text: 'Đề nghị Chính phủ, Bộ Thông tin và Truyền thông, Bộ Nội vụ ban hành cơ chế chuẩn hóa, liên thông dữ liệu và có giải pháp kỹ thuật thống nhất trên toàn quốc.',
    },
    {
      addressee: 'Ủy ban nhân dân tỉnh, thành phố',
      category: 'Kinh phí',
      text: 'Đề nghị UBND thành phố và Sở Tài chính bố trí kinh phí bổ sung cho xã để đầu tư hạ tầng CNTT, đặc biệt là máy chủ, lưu trữ dữ liệu, thiết bị bảo mật.',
    },
    {
      addressee: 'Doanh nghiệp viễn thông',
      category: 'Hạ tầng viễn thông',
      text: 'Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, Mobifone) triển khai đồng bộ hạ tầng, trạm phát sóng, cáp quang để đảm bảo phủ sóng toàn diện.',
    },
    {
      addressee: 'Sở Khoa học và Công nghệ',
      category: 'Đào tạo',
      text: 'Đề nghị Sở Khoa học & Công nghệ tổ chức chương trình đào tạo chuyên sâu cho cán bộ chuyển đổi số cấp cơ sở.',
    },
  ],
};
