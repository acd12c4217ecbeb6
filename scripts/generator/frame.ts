// The frame around a document's body: the two-column header as plain text flattens it
// (in several orders, sometimes as a table row with "|"), and the closing with "Nơi nhận:"
// and the signature block.

import { writeDate } from './calendar.ts';
import type { DocSpec } from './document.ts';
import type { TextBuilder } from './text-builder.ts';

export function writeHeader(b: TextBuilder, self: DocSpec, subjectLine: () => void): void {
  const r = b.random;
  const issuer = self.issuer;
  const party = issuer.symbol.kind === 'party';
  const numberLine = `${party ? r.pick(['Số ', 'Số: ', 'Số: ']) : 'Số: '}${b.symbol(self.number)}`;
  const dateLine = `${issuer.place}, ${writeDate(self.day, 'words')}`;
  const dispatch = self.type.heading === null;

  if (b.tally.roll(r, b.noise, 'flattenedHeader')) {
    b.line(`${issuer.header.filter((l) => l !== '*' && l !== '***').join(' ')} | ${issuer.motto.join(' ')} |`);
    b.line(`${numberLine} | ${dateLine} |`);
  } else if (r.chance(0.6)) {
    // Left column first, as most converters read it.
    issuer.header.forEach((l) => b.line(l));
    b.line(numberLine);
    if (dispatch) subjectLine();
    b.blank();
    b.line(`\t${issuer.motto[0]}`);
    issuer.motto.slice(1).forEach((l) => b.line(l));
    b.line(dateLine);
  } else {
    // Number first, then the subject, then the motto (seed 000's order).
    b.line(` ${numberLine}`);
    b.blank();
    if (dispatch) subjectLine();
    issuer.motto.forEach((l) => b.line(`\t${l}`));
    b.line(dateLine);
    issuer.header.forEach((l) => b.line(l));
  }
  b.blank();
  if (!dispatch) {
    b.line(self.type.heading!);
    subjectLine();
  } else {
    b.line('Kính gửi:');
    r.sample(RECIPIENTS, r.int(2, 4)).forEach((l) => b.line(`- ${l};`));
  }
  b.blank();
}

const RECIPIENTS = [
  'Các sở, ban, ngành, đoàn thể tỉnh',
  'Ủy ban nhân dân các huyện, thành phố',
  'Các đảng bộ trực thuộc',
  'Liên đoàn Lao động các huyện, thành phố',
  'Công đoàn cơ sở trực thuộc',
  'Các cơ quan báo chí của tỉnh',
  'Mặt trận Tổ quốc và các đoàn thể',
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Ngọc', 'Xuân'];
const GIVEN = ['Hùng', 'Lan', 'Dũng', 'Hà', 'Tuấn', 'Hương', 'Sơn', 'Bình', 'Thắng', 'Nga', 'Khánh', 'Phương'];

export function writeClosing(b: TextBuilder, self: DocSpec): void {
  const r = b.random;
  const party = self.issuer.system === 'party';
  b.line('\tNơi nhận:');
  b.line(party ? '- Thường trực Tỉnh ủy;' : '- Như trên;');
  b.line(r.pick(['- Các đồng chí Ủy viên Ban Thường vụ;', '- Các sở, ban, ngành liên quan;', '- Lãnh đạo Văn phòng;']));
  b.line(r.pick(['- Lưu: VT.', '- Lưu VP, VT.', '- Lưu: VT, TH.']));
  const signer = party
    ? r.pick(['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ', 'T/M BAN THƯỜNG VỤ\nBÍ THƯ', 'T/M ĐẢNG ỦY\nBÍ THƯ'])
    : self.issuer.system === 'state'
      ? r.pick(['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'])
      : r.pick(['TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', 'TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH']);
  signer.split('\n').forEach((l) => b.line(`\t\t${l}`));
  b.blank();
  b.line(`\t\t${r.pick(SURNAMES)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`);
}
