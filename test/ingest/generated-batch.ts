// A large batch of small, realistic provincial documents for durability tests: plans,
// directives and dispatches of ten provinces implementing central resolutions and each
// other's earlier documents. Deterministic, so two runs write the same files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROVINCES = [
  ['Cao Bằng', 'Cao Bằng'], ['Yên Bái', 'Yên Bái'], ['Lai Châu', 'Lai Châu'], ['Bình Phước', 'Đồng Xoài'], ['Quảng Ninh', 'Hạ Long'],
  ['Nghệ An', 'Vinh'], ['Đắk Lắk', 'Buôn Ma Thuột'], ['Cà Mau', 'Cà Mau'], ['Hà Giang', 'Hà Giang'], ['Thái Bình', 'Thái Bình'],
] as const;

const CENTRAL = [
  'Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về chủ động ứng phó với biến đổi khí hậu',
  'Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị về bảo vệ môi trường',
  'Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư về tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương (khóa XII) về phát triển bền vững kinh tế biển',
  'Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương (khóa XIII) về nông nghiệp, nông dân, nông thôn',
];

const SUBJECTS = ['bảo vệ môi trường', 'phòng, chống thiên tai', 'xây dựng nông thôn mới', 'phát triển du lịch', 'cải cách hành chính', 'chuyển đổi số'];

/** A small deterministic generator (mulberry32), so batches are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDocument {
  file: string;
  number: string;
}

/** Writes `count` documents under `dir` in sub-folders per province; returns them in walk order. */
export function writeGeneratedBatch(dir: string, count: number, seed = 7): GeneratedDocument[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const earlier = new Map<string, { number: string; date: string }[]>();
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [province, capital] = PROVINCES[i % PROVINCES.length]!;
    const year = 2016 + Math.floor(i / (count / 8 + 1));
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    const number = `${Math.floor(i / PROVINCES.length) + 1}-KH/TU`;
    const date = `${day}/${month}/${year}`;
    const central = pick(CENTRAL);
    const subject = pick(SUBJECTS);
    const previous = earlier.get(province) ?? [];
    const lines = [
      `TỈNH ỦY ${province.toUpperCase()}`,
      `Số ${number}`,
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      `${capital}, ngày ${day} tháng ${month} năm ${year}`,
      'KẾ HOẠCH',
      `thực hiện ${central.split(' về ')[0]}`,
      `Căn cứ ${central}.`,
    ];
    if (previous.length > 0) {
      const cited = pick(previous);
      lines.push(`Thực hiện Kế hoạch số ${cited.number} ngày ${cited.date} của Ban Thường vụ Tỉnh ủy về ${subject}.`);
    }
    lines.push(
      `Ban Thường vụ Tỉnh ủy ${province} ban hành Kế hoạch triển khai thực hiện như sau:`,
      `1. Các cấp ủy, tổ chức đảng quán triệt sâu sắc nội dung về ${subject} đến cán bộ, đảng viên.`,
      '2. Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, báo cáo kết quả.',
      'Nơi nhận: - Ban Bí thư (để b/c); - Các huyện ủy, thành ủy; - Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
    );
    const folder = join(dir, province.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/\s+/g, '-').toLowerCase());
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `kh-${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, lines.join('\n') + '\n');
    documents.push({ file, number });
    earlier.set(province, [...previous, { number, date }]);
  }
  return documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
