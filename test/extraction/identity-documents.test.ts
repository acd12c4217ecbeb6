import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';

const pick = (text: string) => {
  const r = readDocumentIdentity(text);
  return { type: r.type, number: r.number, issuer: r.issuer, date: r.date, place: r.place, title: r.title };
};

test('a labour federation dispatch whose header lost its issuer column (seed 000)', () => {
  const text = ` Số: 629/LĐLĐ

Về việc thực hiện Chỉ thị số 19-CT/TU 
của Ban Thường vụ Tỉnh ủy.

\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc


Cao Bằng, ngày 21 tháng 7  năm 2017


Kính gửi:
- Liên đoàn Lao động các huyện, thành phố;
- Công đoàn ngành, Công đoàn Viên chức tỉnh;

- Công đoàn cơ sở trực thuộc.

Thực hiện Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường.
Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh hướng dẫn các cấp công đoàn tổ chức triển khai một số nhiệm vụ sau:`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Công văn', number: '629/LĐLĐ', issuer: 'Liên đoàn Lao động tỉnh Cao Bằng', date: '2017-07-21', place: 'Cao Bằng',
    title: 'Về việc thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy',
  });
  assert.equal(r.level, 'province');
  assert.equal(r.system, 'mass');
  assert.equal(r.province, 'Cao Bằng');
  assert.equal(r.genre, 'document');
  assert.deepEqual(r.recipients, ['Liên đoàn Lao động các huyện, thành phố', 'Công đoàn ngành, Công đoàn Viên chức tỉnh', 'Công đoàn cơ sở trực thuộc']);
  assert.equal(r.publicationYear, 2017);
  assert.equal(text.slice(r.selfMentions[0]!.start, r.selfMentions[0]!.end), '629/LĐLĐ');
});

test('a Party dispatch without a number line: issuer from the body, the filing line and the place (seed 004)', () => {
  const text = ` Về việc triển khai thực hiện Kết luận

số 02-KL/TW của Ban Bí thư (khóa XII)
\tĐồng Xoài, ngày 13 tháng 6 năm 2016

Kính gửi:
- Ban Cán sự Đảng UBND tỉnh,

- Các cơ quan báo chí của tỉnh.
Để phát huy những kết quả đã đạt được, triển khai hiệu quả Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư “Về tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW”, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy đảng tiếp tục quán triệt.
2. Ban Cán sự Đảng UBND tỉnh chỉ đạo các đơn vị liên quan.
6. Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Công văn này.
\tNơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu Văn phòng Tỉnh ủy.`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Công văn', number: null, issuer: 'Ban Thường vụ Tỉnh ủy Bình Phước', date: '2016-06-13', place: 'Đồng Xoài',
    title: 'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư (khóa XII)',
  });
  assert.equal(r.province, 'Bình Phước');
  assert.equal(r.provinceSlug, 'binh-phuoc');
  assert.equal(r.level, 'province');
  assert.equal(r.system, 'party');
  assert.equal(r.key, null);
  assert.ok(r.selfMentions.some((s) => s.surface === 'Công văn này'));
});

test('a provincial Party directive signed for the Standing Committee ("T/M BAN THƯỜNG VỤ")', () => {
  const text = `TỈNH ỦY LẠNG SƠN
*
Số 12-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 05 tháng 9 năm 2022
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai
trên địa bàn tỉnh
Thời gian qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đã đạt được những kết quả quan trọng.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Chỉ thị', number: '12-CT/TU', issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn', date: '2022-09-05', place: 'Lạng Sơn',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai trên địa bàn tỉnh',
  });
  assert.equal(r.key, 'party:TU:lang-son:CT:12:2020');
});

test('an action programme whose header puts number and date on one line, with the committee term in the body', () => {
  const text = `ĐẢNG BỘ TỈNH QUẢNG NGÃI
BAN THƯỜNG VỤ TỈNH ỦY
Số 45-CTr/TU          Quảng Ngãi, ngày 18 tháng 01 năm 2023
CHƯƠNG TRÌNH HÀNH ĐỘNG
THỰC HIỆN NGHỊ QUYẾT SỐ 26-NQ/TW NGÀY 03/11/2022 CỦA BỘ CHÍNH TRỊ
Thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy (khóa XX) ban hành Chương trình hành động như sau:`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Chương trình hành động');
  assert.equal(r.number, '45-CTr/TU');
  assert.equal(r.date, '2023-01-18');
  assert.equal(r.place, 'Quảng Ngãi');
  assert.equal(r.issuer, 'Ban Thường vụ Tỉnh ủy Quảng Ngãi');
  assert.equal(r.title, 'Thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị');
});

test('a department decision under its provincial committee, with a yearly State number', () => {
  const text = `UBND TỈNH SÓC TRĂNG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 356/QĐ-STNMT
Sóc Trăng, ngày 02 tháng 8 năm 2021
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc của Sở
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Quyết định số 22/2016/QĐ-UBND ngày 12/7/2016 của Ủy ban nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Quyết định');
  assert.equal(r.number, '356/QĐ-STNMT');
  assert.equal(r.issuer, 'Sở Tài nguyên và Môi trường tỉnh Sóc Trăng');
  assert.equal(r.date, '2021-08-02');
  assert.equal(r.title, 'Về việc ban hành Quy chế làm việc của Sở');
  assert.equal(r.level, 'province');
});

test('a joint regulation of two issuers over one place line (dev 021)', () => {
  const text = `ỦY BAN NHÂN DÂN
ỦY BAN MTTQ VIỆT NAM
TỈNH ĐẮK LẮK
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 01/QCPH/UBND-UBMTTQ
|
Đắk Lắk, ngày 27 tháng 10 năm 2017
|
QUY CHẾ
PHỐI
HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN
TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN
2017-2021
Căn cứ Luật Tổ chức chính quyền địa
phương ngày 19/6/2015;`;
  const r = readDocumentIdentity(text);
  assert.equal(r.number, '01/QCPH/UBND-UBMTTQ');
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Đắk Lắk và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk');
  assert.equal(r.issuers.length, 2);
  assert.equal(r.date, '2017-10-27');
  assert.equal(r.place, 'Đắk Lắk');
  assert.match(r.title ?? '', /^Phối hợp công tác giữa Ủy ban nhân dân tỉnh/u);
});

test('a central Party resolution', () => {
  const text = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 24-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 03 tháng 6 năm 2013
NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI
về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường
I. TÌNH HÌNH VÀ NGUYÊN NHÂN`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Nghị quyết');
  assert.equal(r.number, '24-NQ/TW');
  assert.equal(r.issuer, 'Ban Chấp hành Trung ương');
  assert.equal(r.level, 'central');
  assert.equal(r.province, null);
  assert.equal(r.date, '2013-06-03');
  assert.equal(r.key, 'party:TW:-:NQ:24:XI');
});

test('a propaganda orientation without a header: type from its heading, issuer from the body (dev 006)', () => {
  const r = readDocumentIdentity(`ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020

Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ
Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”… Để góp phần ổn định tư tưởng, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị tập trung tuyên truyền tốt các nội dung sau:`);
  assert.equal(r.type, 'Hướng dẫn');
  assert.equal(r.number, null);
  assert.equal(r.date, null);
  assert.equal(r.issuer, 'Ban Tuyên giáo Tỉnh ủy Bắc Kạn');
  assert.equal(r.title, 'Định hướng tuyên truyền tháng 7 năm 2020');
});

test('a sentence recounting who issued another document does not name the issuer', () => {
  const r = readDocumentIdentity(`V/v tuyên truyền Quyết định số 582/QĐ-TTg
Ngày 11/4/2013, Thủ tướng Chính phủ ban hành Quyết định số 582/QĐ-TTg phê duyệt Đề án.
Để triển khai, Ban Thường vụ Hội Nông dân tỉnh đề nghị các cấp Hội tổ chức tuyên truyền tới hội viên nông dân trên địa bàn.`);
  assert.equal(r.issuer, 'Hội Nông dân tỉnh');
  assert.equal(r.type, 'Công văn');
});

test('a bloc Party committee of a province', () => {
  const r = readDocumentIdentity(`ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH THÁI NGUYÊN
Số 156-KH/ĐUK
Thái Nguyên, ngày 05 tháng 12 năm 2022
KẾ HOẠCH
học tập, quán triệt Nghị quyết số 29-NQ/TW`);
  assert.equal(r.issuer, 'Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên');
  assert.equal(r.level, 'province');
  assert.equal(r.number, '156-KH/ĐUK');
});

test('"V/v" after the number on the same line, and recipients one a line without dashes', () => {
  const r = readDocumentIdentity(`LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN
Số: 415/LĐLĐ V/v thực hiện Chỉ thị số 27-CT/TU
Điện Biên, ngày 19 tháng 5 năm 2020
Kính gửi:
Liên đoàn Lao động các huyện, thị xã, thành phố;
Công đoàn ngành, Công đoàn cơ sở trực thuộc.
Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU về tăng cường công tác an toàn, vệ sinh lao động.`);
  assert.equal(r.title, 'V/v thực hiện Chỉ thị số 27-CT/TU');
  assert.equal(r.issuer, 'Liên đoàn Lao động tỉnh Điện Biên');
  assert.deepEqual(r.recipients, ['Liên đoàn Lao động các huyện, thị xã, thành phố', 'Công đoàn ngành, Công đoàn cơ sở trực thuộc']);
});

test('a plan numbered in dispatch form keeps the type its type line states', () => {
  const r = readDocumentIdentity(`LIÊN ĐOÀN LAO ĐỘNG TỈNH YÊN BÁI
Số: 88/LĐLĐ
Yên Bái, ngày 12 tháng 4 năm 2019        Độc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2019
Thực hiện Kế hoạch số 12/KH-TLĐ ngày 10/01/2019 của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ LĐLĐ tỉnh xây dựng kế hoạch như sau:`);
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.number, '88/LĐLĐ');
  assert.equal(r.date, '2019-04-12');
  assert.equal(r.place, 'Yên Bái');
  assert.equal(r.title, 'Tổ chức Tháng Công nhân năm 2019');
});

test('a caps heading in the body of a dispatch is not its type line', () => {
  const r = readDocumentIdentity(`Số: 123/UBND-KT
V/v triển khai kế hoạch phòng chống thiên tai
Lạng Sơn, ngày 03 tháng 6 năm 2021
Kính gửi: Các sở, ban, ngành tỉnh.
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác phòng chống thiên tai năm 2021, đề nghị các đơn vị thực hiện như sau:
KẾ HOẠCH KIỂM TRA CÁC CÔNG TRÌNH XUNG YẾU`);
  assert.equal(r.type, 'Công văn');
  assert.equal(r.title, 'V/v triển khai kế hoạch phòng chống thiên tai');
});

test('a central Party directive: the body under the type line and the signature name the Politburo', () => {
  const r = readDocumentIdentity(`BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 05-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 15 tháng 5 năm 2016
CHỈ THỊ
CỦA BỘ CHÍNH TRỊ
về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Sau 5 năm thực hiện Chỉ thị số 03-CT/TW, ngày 14/5/2011 của Bộ Chính trị khóa XI.
T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ`);
  assert.deepEqual(pick(`BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 05-CT/TW\nHà Nội, ngày 15 tháng 5 năm 2016\nCHỈ THỊ\nCỦA BỘ CHÍNH TRỊ\nvề đẩy mạnh học tập`), {
    type: 'Chỉ thị', number: '05-CT/TW', issuer: 'Bộ Chính trị', date: '2016-05-15', place: 'Hà Nội', title: 'về đẩy mạnh học tập',
  });
  assert.equal(r.issuer, 'Bộ Chính trị');
  assert.equal(r.title, 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
  assert.equal(r.key, 'party:TW:-:CT:5:XII');
});

test('a city resolution of the Party executive committee', () => {
  const r = readDocumentIdentity(`THÀNH ỦY HẢI PHÒNG
*
Số 42-NQ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Phòng, ngày 02 tháng 12 năm 2021
NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ
về phát triển bền vững kinh tế biển`);
  assert.equal(r.issuer, 'Ban Chấp hành Đảng bộ thành phố Hải Phòng');
  assert.equal(r.title, 'về phát triển bền vững kinh tế biển');
  assert.equal(r.level, 'province');
});

test('a ministry circular with the year in its symbol', () => {
  const r = readDocumentIdentity(`BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 25/2019/TT-BTNMT
Hà Nội, ngày 31 tháng 12 năm 2019
THÔNG TƯ
QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 40/2019/NĐ-CP
Căn cứ Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014;`);
  assert.deepEqual([r.type, r.number, r.issuer, r.level, r.date], ['Thông tư', '25/2019/TT-BTNMT', 'Bộ Tài nguyên và Môi trường', 'central', '2019-12-31']);
  assert.equal(r.title, 'Quy định chi tiết thi hành một số điều của Nghị định số 40/2019/NĐ-CP');
});

test('a provincial federation under the national one, and a department under its People\'s Committee', () => {
  const federation = readDocumentIdentity(`TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
LIÊN ĐOÀN LAO ĐỘNG TỈNH BẠC LIÊU
Số: 312/KH-LĐLĐ
Bạc Liêu, ngày 22 tháng 02 năm 2018
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Tuần lễ Quốc gia an toàn, vệ sinh lao động năm 2018`);
  assert.equal(federation.issuer, 'Liên đoàn Lao động tỉnh Bạc Liêu');
  assert.equal(federation.level, 'province');
  const department = readDocumentIdentity(`UBND HUYỆN CẨM XUYÊN
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 56/TNMT
Cẩm Xuyên, ngày 03 tháng 4 năm 2023
V/v thu gom rác thải sinh hoạt`);
  assert.equal(department.issuer, 'Phòng Tài nguyên và Môi trường huyện Cẩm Xuyên');
  assert.equal(department.level, 'district');
  assert.equal(department.type, 'Công văn');
});

test('a "V/v" quoted in a list in the body is not the subject line', () => {
  const r = readDocumentIdentity(`UBND TỈNH CAO BẰNG
SỞ NỘI VỤ
KẾ HOẠCH
Cải cách hành chính năm 2022
Thực hiện các văn bản hướng dẫn của cấp trên về công tác cải cách hành chính trên địa bàn tỉnh trong năm 2022, cụ thể:
- Công văn số 123/UBND-NC V/v hướng dẫn cải cách hành chính;
- Công văn số 45/SNV V/v kiểm tra công vụ.`);
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.title, 'Cải cách hành chính năm 2022');
  assert.equal(r.issuer, 'Sở Nội vụ tỉnh Cao Bằng');
});

test('after the 2025 merger a town names the merged province', () => {
  const r = readDocumentIdentity(`ỦY BAN NHÂN DÂN
Số: 215/KH-UBND
Đồng Xoài, ngày 12 tháng 8 năm 2025
KẾ HOẠCH
Tổng vệ sinh môi trường trên địa bàn`);
  assert.equal(r.province, 'Đồng Nai');
  assert.equal(r.provinceSlug, 'dong-nai');
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Đồng Nai');
  const hue = readDocumentIdentity('THÀNH ỦY HUẾ\nSố 05-CT/TU\nHuế, ngày 02 tháng 9 năm 2025\nCHỈ THỊ\nvề công tác phòng chống bão lụt');
  assert.equal(hue.provinceSlug, 'hue');
  assert.equal(hue.issuer, 'Thành ủy Huế');
});

test('a headerless notice whose body names the standing office that issues it', () => {
  const r = readDocumentIdentity(`V/v tăng cường công tác phòng, chống cháy rừng mùa khô
Yên Bái, ngày 20 tháng 3 năm 2019
Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.
Để chủ động phòng, chống cháy rừng trong mùa khô năm 2019, Thường trực Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung sau:`);
  assert.equal(r.issuer, 'Thường trực Tỉnh ủy Yên Bái');
  assert.equal(r.type, 'Công văn');
  assert.equal(r.date, '2019-03-20');
});

test('a headerless Party notice kept by "VPTU" and signed for the Standing Committee', () => {
  const r = readDocumentIdentity(`V/v chuẩn bị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TW
Lào Cai, ngày 14 tháng 8 năm 2018
Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc.
Để chuẩn bị tốt cho việc tổng kết, đề nghị các cấp ủy báo cáo kết quả về Ban Tuyên giáo.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nơi nhận:
- Như trên;
- Lưu: VT, VPTU.`);
  assert.equal(r.issuer, 'Ban Thường vụ Tỉnh ủy Lào Cai');
  assert.equal(r.system, 'party');
});
