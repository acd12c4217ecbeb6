// A news page reporting that a body issued a document to carry another one down: it
// asserts a relation between two other documents, not one of its own.

import { writeDate, type Day } from './calendar.ts';
import type { DocSpec } from './document.ts';
import type { NoiseRates, NoiseTally } from './noise.ts';
import type { Random } from './random.ts';
import { renderReference, titleAfter } from './references.ts';
import { TextBuilder, type FinishedText } from './text-builder.ts';

export function composeNews(reported: DocSpec, implemented: DocSpec, day: Day, random: Random, noise: NoiseRates, tally: NoiseTally): FinishedText {
  const b = new TextBuilder(random, noise, tally);
  const issuer = reported.issuer.name;
  b.line(`${issuer} triển khai ${reported.topic.field}`);
  b.line(random.chance(0.5) ? `Ngày đăng: ${writeDate(day, 'slashPadded')}` : `Cập nhật lúc ${random.int(7, 21)}:${random.int(10, 59)}, ${writeDate(day, 'slashPadded')} (GMT+7)`);
  b.blank();
  const implementedRef = renderReference(b, implemented, reported, { date: 'maybe', issuer: true });
  b.line(`Ngày ${writeDate(reported.day, 'slash')}, ${issuer} đã ban hành ${reported.type.name} số ${reported.number} về thực hiện `,
    { text: implementedRef.text, mention: { edge: { target: { kind: 'document', doc: implemented }, relation: 'implements', subject: reported, cue: 'thực hiện' }, pinned: implementedRef.pinned } },
    titleAfter(b, implemented), '.');
  b.line(`Theo đó, ${reported.type.name.toLocaleLowerCase('vi')} yêu cầu các cấp ủy, chính quyền, cơ quan, đơn vị tập trung lãnh đạo, chỉ đạo ${reported.topic.field}; ${reported.topic.tasks[0]!.charAt(0).toLocaleLowerCase('vi')}${reported.topic.tasks[0]!.slice(1)}`);
  b.line(reported.topic.tasks[1] ?? '');
  b.blank();
  b.line(random.pick(['Thanh Thúy', 'Minh Hà', 'Quốc Dũng', 'Tin, ảnh: Thanh Hồng']));
  return b.finish({
    nfdLine: tally.roll(random, noise, 'nfdPassage'),
    crlf: tally.roll(random, noise, 'crlf'),
    oldTones: tally.roll(random, noise, 'oldToneMarks'),
    trailingJunk: tally.roll(random, noise, 'trailingJunk'),
  });
}
