// Writes the text of one document from its plan: header (Party or State format), subject
// line, the sentences that implement and cite other documents, the tasks, and the closing.

import type { AssertedEdge, DocSpec, LawSpec } from './document.ts';
import type { NoiseRates, NoiseTally } from './noise.ts';
import type { Random } from './random.ts';
import { renderLaw, renderReference, titleAfter, type ReferenceShape } from './references.ts';
import { TextBuilder, type FinishedText } from './text-builder.ts';
import { GENERIC_TASKS, PURPOSES } from './topics.ts';
import { writeHeader, writeClosing } from './frame.ts';

export interface DocPlan {
  self: DocSpec;
  /** The document this one carries down. */
  implements: DocSpec | null;
  /** A relation stated between two other documents: "`doc` thực hiện `target`". */
  chain: { doc: DocSpec; target: DocSpec } | null;
  /** Legal basis ("Căn cứ …"), for State documents. */
  basis: (DocSpec | LawSpec)[];
  /** Documents studied or followed in spirit ("quán triệt", "theo tinh thần"). */
  spirit: DocSpec[];
  /** An earlier document whose implementation the text recalls ("Sau hơn … năm triển khai thực hiện …"). */
  history: DocSpec | null;
}

const isLaw = (x: DocSpec | LawSpec): x is LawSpec => !('issuer' in x);

export function composeDocument(plan: DocPlan, random: Random, noise: NoiseRates, tally: NoiseTally): FinishedText {
  const b = new TextBuilder(random, noise, tally);
  const self = plan.self;
  const mention = (target: DocSpec, relation: AssertedEdge['relation'], cue: string, shape: ReferenceShape, subject: DocSpec | null = null) => {
    const rendered = renderReference(b, target, self, shape);
    return { text: rendered.text, mention: { edge: { target: { kind: 'document' as const, doc: target }, relation, subject, cue }, pinned: rendered.pinned } };
  };

  // Subject line: a dispatch says "V/v thực hiện …", a plan or programme "Thực hiện …".
  const subjectLine = (): void => {
    if (plan.implements && random.chance(0.85)) {
      const lead = self.type.heading === null ? random.pick(['V/v thực hiện', 'Về việc thực hiện', 'Về việc triển khai thực hiện']) : 'Thực hiện';
      b.line(`${lead} `, mention(plan.implements, 'implements', lead.replace(/^V\/v /, 'về việc ').toLowerCase(), { date: 'maybe', issuer: random.chance(0.8) }), titleAfter(b, plan.implements));
    } else {
      b.line(self.title.charAt(0).toLocaleUpperCase('vi') + self.title.slice(1));
    }
  };

  writeHeader(b, self, subjectLine);

  for (const basis of plan.basis) {
    if (isLaw(basis)) {
      const law = renderLaw(b, basis);
      b.line('Căn cứ ', { text: law.text, mention: { edge: { target: { kind: 'law', law: basis }, relation: 'cites', subject: null, cue: 'Căn cứ' }, pinned: true } }, ';');
    } else {
      b.line('Căn cứ ', mention(basis, 'cites', 'Căn cứ', { date: 'always', issuer: true }), titleAfter(b, basis), ';');
    }
  }

  if (plan.history) {
    const years = Math.max(1, Math.floor((self.day - plan.history.day) / 365));
    b.line(`Sau hơn ${years} năm triển khai thực hiện `, mention(plan.history, 'cites', 'Sau hơn … năm triển khai thực hiện', { date: 'maybe', issuer: true }), titleAfter(b, plan.history),
      ', nhận thức của cấp ủy, chính quyền và Nhân dân đã có chuyển biến rõ rệt; tuy nhiên, kết quả thực hiện ở một số nơi chưa đồng đều.');
  }

  const selfName = random.pick(self.issuer.shortNames);
  const kind = self.type.heading === null ? 'hướng dẫn' : `ban hành ${self.type.name.toLocaleLowerCase('vi')} thực hiện`;
  if (plan.implements) {
    const target = plan.implements;
    const cue = random.weighted([['Thực hiện', 5], ['Để triển khai thực hiện', 2], ['Nhằm cụ thể hóa', 1]] as const);
    if (plan.chain && plan.chain.doc === target) {
      b.line(`${cue} `, mention(target, 'implements', cue, { date: 'maybe', issuer: true }), ' thực hiện ',
        mention(plan.chain.target, 'implements', 'thực hiện', { date: 'maybe', issuer: true }, target), titleAfter(b, plan.chain.target),
        `, ${selfName} ${kind} như sau:`);
    } else {
      b.line(`${cue} `, mention(target, 'implements', cue, { date: 'maybe', issuer: true }), titleAfter(b, target), `, ${selfName} ${kind} như sau:`);
    }
  } else {
    b.line(`${random.pick(PURPOSES)}, ${selfName} ${kind.replace(' thực hiện', '')} ${self.title}.`);
  }

  for (const doc of plan.spirit) {
    if (random.chance(0.5)) {
      b.line('Tiếp tục quán triệt, tuyên truyền sâu rộng ', mention(doc, 'cites', 'quán triệt', { date: 'maybe', issuer: true }), titleAfter(b, doc), ' đến cán bộ, đảng viên và các tầng lớp Nhân dân.');
    } else {
      b.line(`${random.pick(PURPOSES)} theo tinh thần `, mention(doc, 'cites', 'theo tinh thần', { date: 'maybe', issuer: true }), '.');
    }
  }
  if (plan.chain && plan.chain.doc !== plan.implements) {
    // A relation between two other documents, stated in passing.
    b.line('Đồng thời, tiếp tục triển khai ', mention(plan.chain.doc, 'cites', 'triển khai', { date: 'always', issuer: true }), ' thực hiện ',
      mention(plan.chain.target, 'implements', 'thực hiện', { date: 'maybe', issuer: true }, plan.chain.doc), '.');
  }

  writeBody(b, self, plan.implements);
  writeClosing(b, self);
  return b.finish({
    nfdLine: tally.roll(random, noise, 'nfdPassage'),
    crlf: tally.roll(random, noise, 'crlf'),
    oldTones: tally.roll(random, noise, 'oldToneMarks'),
    trailingJunk: tally.roll(random, noise, 'trailingJunk'),
  });
}

function writeBody(b: TextBuilder, self: DocSpec, implemented: DocSpec | null): void {
  const r = b.random;
  const tasks = [...r.sample(self.topic.tasks, r.int(2, 3)), ...r.sample(GENERIC_TASKS, r.int(2, 4))];
  b.line('I. MỤC ĐÍCH, YÊU CẦU');
  b.line(`1. ${r.pick(PURPOSES)} trong ${self.topic.field}.`);
  b.line('2. Xác định rõ nhiệm vụ trọng tâm, phân công cụ thể, gắn trách nhiệm của người đứng đầu.');
  b.line('II. NHIỆM VỤ, GIẢI PHÁP');
  tasks.forEach((task, i) => b.line(`${i + 1}. ${task}`));
  b.line('III. TỔ CHỨC THỰC HIỆN');
  // Anaphora: "Chỉ thị trên", "Kế hoạch này" point back without a number.
  const anaphor = implemented && r.chance(0.5) ? `${implemented.type.name} trên` : `${self.type.heading === null ? 'Công văn' : self.type.name} này`;
  b.line(`Các cơ quan, đơn vị căn cứ nội dung ${anaphor} xây dựng kế hoạch cụ thể, tổ chức triển khai thực hiện; định kỳ báo cáo kết quả trước ngày 15 tháng 12 hằng năm.`);
  b.line(`Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về cơ quan thường trực để tổng hợp, báo cáo.`);
}
