// Our own fixture corpus: how Nghị quyết 24-NQ/TW on climate change and the environment
// was carried down to provinces, districts and the Politburo's later conclusion. Written
// as the store keeps it, so the API tests do not depend on the extractor's quality; the
// seed texts are ingested beside it through the real ingestion.
import { createHash } from 'node:crypto';
import type { DocumentIdentity, Reference } from '../../server/src/domain/types.ts';
import type { DocumentRecord } from '../../server/src/store/port.ts';

export const KEY = {
  nq24: 'party:TW:-:NQ:24:XI',
  ctr39CaoBang: 'party:TU:cao-bang:CTr:39:2010',
  kh55BinhPhuoc: 'party:TU:binh-phuoc:KH:55:2010',
  kh9237HaiPhong: 'state:UBND:hai-phong:KH:9237:2014',
  cv1123ThuyNguyen: 'state:UBND:hai-phong:CV:1123:2015',
  kl56: 'party:TW:-:KL:56:XIII',
};

const NQ24_TITLE = 'về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường';

function implementing(key: string, number: string, type: string, sentence: string, surface: string, extra: Partial<Reference> = {}): Reference {
  const start = Math.max(0, sentence.indexOf(surface));
  return {
    type, number, issuer: null, date: null, term: null, relation: 'implements', subject: 'self', surface,
    start, end: start + surface.length, cue: 'Thực hiện', evidence: sentence, key, ...extra,
  };
}

function document(key: string, identity: DocumentIdentity, references: Reference[]): DocumentRecord {
  const text = [identity.number ? `Số: ${identity.number}` : '', identity.type?.toUpperCase() ?? '', identity.title ?? '', ...references.map((r) => r.evidence)].join('\n');
  return {
    key, identity: { ...identity, key }, references, text,
    source: `fixtures/${key.replace(/[^\p{L}\p{N}]+/gu, '-')}.txt`,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

const nq24Sentence = 'Thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) ' + NQ24_TITLE + '.';

export const CORPUS: DocumentRecord[] = [
  document(KEY.nq24, {
    type: 'Nghị quyết', number: '24-NQ/TW', issuer: 'Ban Chấp hành Trung ương Đảng', date: '2013-06-03', place: 'Hà Nội',
    title: `Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI ${NQ24_TITLE}`, level: 'central', system: 'party', term: 'XI',
  }, []),
  document(KEY.ctr39CaoBang, {
    type: 'Chương trình hành động', number: '39-CTr/TU', issuer: 'Tỉnh ủy Cao Bằng', date: '2013-08-26', place: 'Cao Bằng',
    title: 'Chương trình hành động thực hiện Nghị quyết số 24-NQ/TW', level: 'province', province: 'cao-bang', system: 'party',
  }, [implementing(KEY.nq24, '24-NQ/TW', 'Nghị quyết', nq24Sentence, 'Nghị quyết số 24-NQ/TW', { date: '2013-06-03', term: 'XI' })]),
  document(KEY.kh55BinhPhuoc, {
    type: 'Kế hoạch', number: '55-KH/TU', issuer: 'Tỉnh ủy Bình Phước', date: '2013-10-01', place: 'Đồng Xoài',
    title: 'Kế hoạch triển khai thực hiện Nghị quyết số 24-NQ/TW về bảo vệ môi trường', level: 'province', province: 'binh-phuoc', system: 'party',
  }, [implementing(KEY.nq24, '24-NQ/TW', 'Nghị quyết',
    'Triển khai thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau.',
    'Nghị quyết số 24-NQ/TW', { cue: 'Triển khai thực hiện' })]),
  document(KEY.kh9237HaiPhong, {
    type: 'Kế hoạch', number: '9237/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', date: '2014-12-05', place: 'Hải Phòng',
    title: 'Kế hoạch thực hiện Nghị quyết số 24-NQ/TW về chủ động ứng phó với biến đổi khí hậu', level: 'province', province: 'hai-phong', system: 'state',
  }, [implementing(KEY.nq24, '24-NQ/TW', 'Nghị quyết', nq24Sentence, 'Nghị quyết số 24-NQ/TW')]),
  document(KEY.cv1123ThuyNguyen, {
    type: 'Công văn', number: '1123/UBND-TNMT', issuer: 'Ủy ban nhân dân huyện Thủy Nguyên', date: '2015-01-20', place: 'Thủy Nguyên',
    title: 'V/v triển khai Kế hoạch số 9237/KH-UBND "về bảo vệ môi trường", giai đoạn 2014-2020 & <sau 2020>',
    level: 'district', province: 'hai-phong', system: 'state',
  }, [implementing(KEY.kh9237HaiPhong, '9237/KH-UBND', 'Kế hoạch',
    'Thực hiện Kế hoạch số 9237/KH-UBND, ngày 05/12/2014 của Ủy ban nhân dân thành phố về thực hiện Nghị quyết số 24-NQ/TW, Ủy ban nhân dân huyện yêu cầu các phòng, ban, "đơn vị" triển khai.',
    'Kế hoạch số 9237/KH-UBND', { date: '2014-12-05' })]),
  document(KEY.kl56, {
    type: 'Kết luận', number: '56-KL/TW', issuer: 'Bộ Chính trị', date: '2023-08-23', place: 'Hà Nội',
    title: 'Kết luận về tiếp tục thực hiện Nghị quyết số 24-NQ/TW', level: 'central', system: 'party', term: 'XIII',
  }, [implementing(KEY.nq24, '24-NQ/TW', 'Nghị quyết',
    'Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa XI.',
    'Nghị quyết số 24-NQ/TW', { cue: 'tiếp tục thực hiện' })]),
];
