// What documents are about. A central document carries a topic's full title; the documents
// that carry it down speak of it in shorter words and repeat its tasks.

export interface Topic {
  id: string;
  /** Subject line of a central document: "về …". */
  title: string;
  /** How a local document names the field of work. */
  field: string;
  /** Tasks a local document lists, specific to the topic. */
  tasks: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'moi-truong',
    title: 'về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
    field: 'công tác bảo vệ môi trường',
    tasks: [
      'Kiểm tra, giám sát việc chấp hành pháp luật về bảo vệ môi trường của các cơ sở sản xuất, kinh doanh, dịch vụ trên địa bàn.',
      'Đẩy mạnh thu gom, phân loại và xử lý chất thải rắn sinh hoạt, chất thải nguy hại tại các khu dân cư, khu công nghiệp.',
      'Xây dựng, nhân rộng các mô hình tự quản về bảo vệ môi trường ở khu dân cư.',
    ],
  },
  {
    id: 'bien-doi-khi-hau',
    title: 'về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
    field: 'công tác ứng phó với biến đổi khí hậu',
    tasks: [
      'Rà soát, bổ sung quy hoạch phòng, chống thiên tai, ứng phó với biến đổi khí hậu ở các vùng thường xuyên bị ngập lụt, sạt lở.',
      'Quản lý chặt chẽ việc khai thác khoáng sản, tài nguyên nước; xử lý nghiêm các trường hợp vi phạm.',
      'Nâng cao năng lực dự báo, cảnh báo thiên tai cho cán bộ cơ sở.',
    ],
  },
  {
    id: 'rung',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng',
    field: 'công tác quản lý, bảo vệ và phát triển rừng',
    tasks: [
      'Bảo vệ nghiêm ngặt diện tích rừng tự nhiên hiện có, nhất là rừng phòng hộ đầu nguồn, rừng đặc dụng.',
      'Xử lý dứt điểm tình trạng phá rừng, lấn chiếm đất rừng trái phép.',
      'Đẩy mạnh trồng rừng gỗ lớn, trồng cây phân tán; giao đất, giao rừng gắn với hưởng lợi của người dân.',
    ],
  },
  {
    id: 'doanh-nhan',
    title: 'về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới',
    field: 'công tác xây dựng đội ngũ doanh nhân',
    tasks: [
      'Tổ chức đối thoại định kỳ giữa lãnh đạo tỉnh với cộng đồng doanh nghiệp, kịp thời tháo gỡ khó khăn, vướng mắc.',
      'Cải thiện môi trường đầu tư, kinh doanh; nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.',
      'Tôn vinh, khen thưởng các doanh nhân tiêu biểu có đóng góp cho địa phương.',
    ],
  },
  {
    id: 'chuyen-doi-so',
    title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    field: 'công tác chuyển đổi số',
    tasks: [
      'Hoàn thiện hạ tầng số, nền tảng dữ liệu dùng chung của tỉnh; bảo đảm an toàn, an ninh mạng.',
      'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, thanh toán không dùng tiền mặt.',
      'Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người dân.',
    ],
  },
  {
    id: 'bo-may',
    title: 'về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
    field: 'công tác sắp xếp tổ chức bộ máy',
    tasks: [
      'Rà soát chức năng, nhiệm vụ, sắp xếp các đầu mối bên trong của cơ quan, đơn vị theo hướng tinh gọn.',
      'Thực hiện tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức.',
      'Giải quyết kịp thời chế độ, chính sách đối với cán bộ chịu tác động của việc sắp xếp.',
    ],
  },
  {
    id: 'nong-thon-moi',
    title: 'về nông nghiệp, nông dân, nông thôn',
    field: 'công tác xây dựng nông thôn mới',
    tasks: [
      'Huy động các nguồn lực xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu.',
      'Phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương.',
      'Nâng cấp hệ thống giao thông, thủy lợi nội đồng phục vụ sản xuất.',
    ],
  },
  {
    id: 'giao-duc',
    title: 'về đổi mới căn bản, toàn diện giáo dục và đào tạo',
    field: 'công tác giáo dục và đào tạo',
    tasks: [
      'Sắp xếp mạng lưới trường, lớp hợp lý; kiên cố hóa trường, lớp học.',
      'Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục.',
      'Đẩy mạnh giáo dục hướng nghiệp và phân luồng học sinh sau trung học cơ sở.',
    ],
  },
  {
    id: 'y-te',
    title: 'về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới',
    field: 'công tác bảo vệ, chăm sóc sức khỏe nhân dân',
    tasks: [
      'Củng cố mạng lưới y tế cơ sở; bảo đảm trạm y tế xã có bác sĩ.',
      'Nâng cao tỷ lệ người dân tham gia bảo hiểm y tế.',
      'Chủ động phòng, chống dịch bệnh; tiêm chủng đầy đủ cho trẻ em.',
    ],
  },
  {
    id: 'thanh-nien',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa',
    field: 'công tác thanh niên',
    tasks: [
      'Tạo việc làm, hỗ trợ thanh niên khởi nghiệp, lập nghiệp tại địa phương.',
      'Giáo dục lý tưởng cách mạng, đạo đức, lối sống cho đoàn viên, thanh niên.',
      'Phát huy vai trò xung kích của thanh niên trong xây dựng nông thôn mới.',
    ],
  },
  {
    id: 'nguoi-cao-tuoi',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác người cao tuổi trong tình hình mới',
    field: 'công tác người cao tuổi',
    tasks: [
      'Chăm sóc sức khỏe ban đầu, lập hồ sơ theo dõi sức khỏe cho người cao tuổi.',
      'Phát huy vai trò người cao tuổi trong phong trào "Tuổi cao - Gương sáng".',
      'Hỗ trợ người cao tuổi có hoàn cảnh khó khăn, không nơi nương tựa.',
    ],
  },
  {
    id: 'phu-nu',
    title: 'về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
    field: 'công tác phụ nữ và bình đẳng giới',
    tasks: [
      'Tạo nguồn, quy hoạch, đào tạo cán bộ nữ; bảo đảm tỷ lệ nữ trong cấp ủy.',
      'Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp.',
      'Phòng, chống bạo lực gia đình, mua bán người.',
    ],
  },
  {
    id: 'giai-cap-cong-nhan',
    title: 'về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
    field: 'công tác xây dựng giai cấp công nhân',
    tasks: [
      'Chăm lo nhà ở, thiết chế văn hóa cho công nhân tại các khu công nghiệp.',
      'Phát triển đảng viên trong công nhân ở doanh nghiệp ngoài nhà nước.',
      'Giám sát việc thực hiện chế độ, chính sách đối với người lao động.',
    ],
  },
  {
    id: 'dat-dai',
    title: 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất',
    field: 'công tác quản lý và sử dụng đất đai',
    tasks: [
      'Hoàn thành quy hoạch, kế hoạch sử dụng đất cấp huyện; công khai quy hoạch.',
      'Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu.',
      'Giải quyết dứt điểm khiếu nại, tranh chấp đất đai kéo dài.',
    ],
  },
  {
    id: 'tham-nhung',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí',
    field: 'công tác phòng, chống tham nhũng, lãng phí',
    tasks: [
      'Công khai, minh bạch trong quản lý tài chính, đầu tư công, mua sắm công.',
      'Kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn.',
      'Xử lý nghiêm các vụ việc tham nhũng, tiêu cực được phát hiện.',
    ],
  },
  {
    id: 'van-hoa',
    title: 'về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước',
    field: 'công tác xây dựng và phát triển văn hóa',
    tasks: [
      'Nâng cao chất lượng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".',
      'Bảo tồn, phát huy giá trị di sản văn hóa của các dân tộc trên địa bàn.',
      'Đầu tư thiết chế văn hóa, thể thao ở cơ sở.',
    ],
  },
  {
    id: 'dan-van',
    title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    field: 'công tác dân vận',
    tasks: [
      'Thực hiện tốt Quy chế dân chủ ở cơ sở; tiếp dân, đối thoại trực tiếp với Nhân dân.',
      'Phát huy phong trào thi đua "Dân vận khéo" ở các cấp.',
      'Nắm chắc tình hình tư tưởng Nhân dân, giải quyết kịp thời những vấn đề bức xúc.',
    ],
  },
  {
    id: 'an-toan-giao-thong',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông',
    field: 'công tác bảo đảm trật tự, an toàn giao thông',
    tasks: [
      'Tuần tra, kiểm soát, xử lý nghiêm vi phạm nồng độ cồn, tốc độ.',
      'Khắc phục các điểm đen, điểm tiềm ẩn tai nạn giao thông.',
      'Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trong trường học.',
    ],
  },
  {
    id: 'giam-ngheo',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững',
    field: 'công tác giảm nghèo bền vững',
    tasks: [
      'Hỗ trợ nhà ở, sinh kế cho hộ nghèo, hộ cận nghèo.',
      'Ưu tiên nguồn lực cho các xã đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số.',
      'Đào tạo nghề, giải quyết việc làm cho người thuộc hộ nghèo.',
    ],
  },
  {
    id: 'quoc-phong',
    title: 'về Chiến lược bảo vệ Tổ quốc trong tình hình mới',
    field: 'công tác quốc phòng, quân sự địa phương',
    tasks: [
      'Xây dựng khu vực phòng thủ tỉnh vững chắc; củng cố lực lượng dân quân tự vệ.',
      'Giáo dục quốc phòng và an ninh cho các đối tượng.',
      'Thực hiện tốt công tác tuyển quân hằng năm.',
    ],
  },
];

/** Sentences any implementing document may use, whatever its topic. */
export const GENERIC_TASKS: readonly string[] = [
  'Các cấp ủy, tổ chức đảng tổ chức học tập, quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân.',
  'Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trực tiếp về kết quả thực hiện tại đơn vị mình.',
  'Định kỳ 6 tháng, hằng năm sơ kết, đánh giá kết quả thực hiện, báo cáo về cơ quan thường trực.',
  'Đưa các chỉ tiêu vào nghị quyết, chương trình công tác hằng năm của cấp ủy, chính quyền.',
  'Tăng cường công tác kiểm tra, giám sát; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích.',
  'Các cơ quan báo chí, đài phát thanh, truyền hình mở chuyên trang, chuyên mục tuyên truyền.',
  'Bố trí kinh phí thực hiện trong dự toán ngân sách hằng năm theo phân cấp hiện hành.',
  'Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp.',
];

export const PURPOSES: readonly string[] = [
  'Nhằm tạo chuyển biến mạnh mẽ về nhận thức và hành động của cả hệ thống chính trị',
  'Để thực hiện đồng bộ, có hiệu quả các nhiệm vụ đề ra',
  'Nhằm cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp phù hợp với tình hình thực tế địa phương',
  'Để phát huy những kết quả đã đạt được và khắc phục những hạn chế thời gian qua',
];
