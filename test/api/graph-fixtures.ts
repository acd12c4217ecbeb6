// Small hand-made graphs for the pure domain functions: a central resolution carried down
// to provinces and their units, written the way the store returns them.
import type { StoredDocument, StoredEdge } from '../../server/src/store/port.ts';

export function documentOf(key: string, fields: Partial<StoredDocument> = {}): StoredDocument {
  return {
    key, placeholder: false, candidates: [], type: null, number: null, issuer: null, date: null, place: null,
    title: null, level: null, province: null, system: null, term: null, source: null, ...fields,
  };
}

let edgeCount = 0;
export function edgeOf(from: string, to: string, kind: StoredEdge['kind'], sentence: string, assertedBy = from): StoredEdge {
  edgeCount += 1;
  return { id: `e${edgeCount}`, from, to, kind, assertedBy, cue: kind === 'IMPLEMENTS' ? 'Thực hiện' : 'Căn cứ', sentence, surface: to, start: 0, end: to.length };
}

/** Nghị quyết 24-NQ/TW (2013) → Chương trình 39-CTr/TU Cao Bằng → Chỉ thị 19-CT/TU → Công văn 629/LĐLĐ. */
export const documents = new Map<string, StoredDocument>([
  ['nq24', documentOf('nq24', { type: 'Nghị quyết', number: '24-NQ/TW', issuer: 'Ban Chấp hành Trung ương', date: '2013-06-03', level: 'central' })],
  ['ctr39', documentOf('ctr39', { type: 'Chương trình hành động', number: '39-CTr/TU', issuer: 'Tỉnh ủy Cao Bằng', date: '2013-08-26', level: 'province', province: 'cao-bang' })],
  ['ct19', documentOf('ct19', { type: 'Chỉ thị', number: '19-CT/TU', issuer: 'Tỉnh ủy Cao Bằng', date: '2017-07-04', level: 'province', province: 'cao-bang' })],
  ['cv629', documentOf('cv629', { type: 'Công văn', number: '629/LĐLĐ', issuer: 'LĐLĐ tỉnh Cao Bằng', date: '2017-07-21', level: 'province', province: 'cao-bang' })],
  ['kh55', documentOf('kh55', { type: 'Kế hoạch', number: '55-KH/TU', issuer: 'Tỉnh ủy Bình Phước', date: '2013-10-01', level: 'province', province: 'Bình Phước' })],
  ['kh12', documentOf('kh12', { type: 'Kế hoạch', number: '12/KH-BTNMT', issuer: 'Bộ Tài nguyên và Môi trường', date: '2013-09-15', level: 'central' })],
]);

export const edges: StoredEdge[] = [
  edgeOf('ctr39', 'nq24', 'IMPLEMENTS', 'Chương trình hành động số 39-CTr/TU thực hiện Nghị quyết số 24-NQ/TW.'),
  edgeOf('ct19', 'ctr39', 'IMPLEMENTS', 'Thực hiện Chương trình hành động số 39-CTr/TU của Tỉnh ủy.'),
  edgeOf('cv629', 'ct19', 'IMPLEMENTS', 'Thực hiện Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng.'),
  edgeOf('cv629', 'nq24', 'CITES', 'Quán triệt Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương.'),
  edgeOf('kh55', 'nq24', 'IMPLEMENTS', 'Thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI).'),
  edgeOf('kh12', 'nq24', 'IMPLEMENTS', 'Triển khai thực hiện Nghị quyết số 24-NQ/TW về chủ động ứng phó với biến đổi khí hậu.'),
];
