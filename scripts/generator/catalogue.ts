// The central documents of each term: a few real ones (whose symbols collide across terms,
// like 41-NQ/TW of 2004 and of 2023) and made-up ones numbered per term, plus laws that
// local documents cite by name and date.

import { CENTRAL_TERMS, dayOf, type Day } from './calendar.ts';
import { TYPES } from './doc-types.ts';
import type { DocSpec, LawSpec } from './document.ts';
import { CENTRAL, writeSymbol, type Issuer } from './issuers.ts';
import { gapFor, type Numbering } from './numbering.ts';
import type { Random } from './random.ts';
import { TOPICS, type Topic } from './topics.ts';

const topic = (id: string): Topic => TOPICS.find((t) => t.id === id)!;

const REAL: [Issuer, keyof typeof TYPES, number, string, string][] = [
  [CENTRAL.politburo, 'NQ', 41, '2004-11-15', 'moi-truong'],
  [CENTRAL.centralCommittee, 'NQ', 24, '2013-06-03', 'bien-doi-khi-hau'],
  [CENTRAL.politburo, 'NQ', 9, '2011-12-09', 'doanh-nhan'],
  [CENTRAL.secretariat, 'CT', 13, '2017-01-12', 'rung'],
  [CENTRAL.secretariat, 'KL', 2, '2016-04-26', 'moi-truong'],
  [CENTRAL.politburo, 'NQ', 41, '2023-10-10', 'doanh-nhan'],
  [CENTRAL.centralCommittee, 'NQ', 18, '2017-10-25', 'bo-may'],
  [CENTRAL.politburo, 'NQ', 57, '2024-12-22', 'chuyen-doi-so'],
  [CENTRAL.centralCommittee, 'NQ', 29, '2013-11-04', 'giao-duc'],
  [CENTRAL.centralCommittee, 'NQ', 20, '2017-10-25', 'y-te'],
];

export const LAWS: readonly LawSpec[] = [
  { id: 'law:to-chuc-chinh-quyen-dia-phuong', name: 'Tổ chức chính quyền địa phương', day: dayOf('2015-06-19') },
  { id: 'law:bao-ve-moi-truong-2014', name: 'Bảo vệ môi trường', day: dayOf('2014-06-23') },
  { id: 'law:ban-hanh-van-ban', name: 'Ban hành văn bản quy phạm pháp luật', day: dayOf('2015-06-22') },
  { id: 'law:mat-tran', name: 'Mặt trận Tổ quốc Việt Nam', day: dayOf('2015-06-09') },
  { id: 'law:nguoi-cao-tuoi', name: 'Người cao tuổi', day: dayOf('2009-11-23') },
  { id: 'law:lam-nghiep', name: 'Lâm nghiệp', day: dayOf('2017-11-15') },
];

/** The Government's and the Prime Minister's documents: decisions approving programmes,
 * directives and normative decrees (year in the symbol), with two real ones. */
export function buildGovernmentCatalogue(random: Random, numbering: Numbering, perYear: number): DocSpec[] {
  const docs: DocSpec[] = [];
  const real: [Issuer, keyof typeof TYPES, number, string, string, string][] = [
    [CENTRAL.primeMinister, 'QD', 582, '2013-04-11', 'moi-truong', 'phê duyệt Đề án tăng cường kiểm soát ô nhiễm môi trường do sử dụng túi ni lông khó phân hủy trong sinh hoạt đến năm 2020'],
    [CENTRAL.governmentDecree, 'ND', 8, '2022-01-10', 'moi-truong', 'quy định chi tiết một số điều của Luật Bảo vệ môi trường'],
  ];
  real.forEach(([issuer, type, numeral, iso, topicId, title], i) => {
    numbering.reserve(issuer, TYPES[type], dayOf(iso), numeral);
    docs.push({ ...centralDocument(`g-real-${i}`, issuer, type, numeral, dayOf(iso), topic(topicId)), title });
  });
  for (let year = 2002; year <= 2026; year++) {
    for (let i = 0; i < perYear; i++) {
      const day = random.int(dayOf(`${year}-01-05`), dayOf(`${year}-12-28`));
      const t = random.pick(TOPICS);
      const [issuer, type, title] = random.weighted([
        [[CENTRAL.primeMinister, 'QD', `phê duyệt Chương trình ${t.field} đến năm ${year + 5}`], 3],
        [[CENTRAL.primeMinister, 'CT', `về tăng cường ${t.field}`], 1],
        [[CENTRAL.governmentDecree, 'ND', `quy định chi tiết về ${t.field}`], 1],
      ] as const);
      const numeral = numbering.next(issuer, TYPES[type], day, random, gapFor(issuer, TYPES[type]));
      docs.push({ ...centralDocument(`g-${year}-${i}`, issuer, type, numeral, day, t), title });
    }
  }
  return docs.sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
}

export function centralDocument(id: string, issuer: Issuer, typeName: keyof typeof TYPES, numeral: number, day: Day, t: Topic): DocSpec {
  const type = TYPES[typeName];
  return {
    id, issuer, type, numeral, day, topic: t, title: t.title,
    number: writeSymbol(issuer, type, numeral, day),
    term: issuer.termAt(day)?.label ?? null,
  };
}

/** Central Party documents of every term, sorted by date; real ones keep their numbers. */
export function buildCatalogue(random: Random, numbering: Numbering, perTerm: number): DocSpec[] {
  const docs: DocSpec[] = [];
  REAL.forEach(([issuer, type, numeral, iso, topicId], i) => {
    const day = dayOf(iso);
    numbering.reserve(issuer, TYPES[type], day, numeral);
    docs.push(centralDocument(`c-real-${i}`, issuer, type, numeral, day, topic(topicId)));
  });
  for (const term of CENTRAL_TERMS) {
    const end = Math.min(term.end, dayOf('2026-09-30'));
    if (end <= term.start) continue;
    const days = Array.from({ length: perTerm }, () => random.int(term.start + 30, end)).sort((a, b) => a - b);
    days.forEach((day, i) => {
      const typeName = random.weighted([['NQ', 4], ['CT', 3], ['KL', 3]] as const);
      const issuer = typeName === 'NQ'
        ? (random.chance(0.4) ? CENTRAL.centralCommittee : CENTRAL.politburo)
        : random.chance(0.6) ? CENTRAL.secretariat : CENTRAL.politburo;
      const numeral = numbering.next(issuer, TYPES[typeName], day, random, gapFor(issuer, TYPES[typeName]));
      docs.push(centralDocument(`c-${term.label}-${i}`, issuer, typeName, numeral, day, random.pick(TOPICS)));
    });
  }
  return docs.sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
}
