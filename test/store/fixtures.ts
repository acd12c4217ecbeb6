// Hand-built records of real-looking Vietnamese documents, so the store is tested without
// the extractor. Keys follow domain/document-key.ts: system:issuer:scope:type:number:period.
import { createHash } from 'node:crypto';
import type { DocumentIdentity, Reference } from '../../server/src/domain/types.ts';
import type { DocumentRecord, GraphStore } from '../../server/src/store/port.ts';

export const KEYS = {
  congVan629: 'state:LĐLĐ:cao-bang:CV:629:2017',
  chiThi19CaoBang: 'party:TU:cao-bang:CT:19:2015',
  chiThi19YenBai: 'party:TU:yen-bai:CT:19:2015',
  chiThi19Unknown: 'party:TU:?:CT:19:2015',
  nghiQuyet24: 'party:TW:-:NQ:24:XI',
  nghiQuyet25: 'party:TW:-:NQ:25:XI',
  chuongTrinh39: 'party:TU:cao-bang:CTr:39:2010',
  nghiQuyet41Moi: 'party:TW:-:NQ:41:IX',
  nghiQuyet41DoanhNhan: 'party:TW:-:NQ:41:XIII',
  ketLuan02: 'party:TW:-:KL:02:XII',
  keHoach9237: 'state:UBND:hai-phong:KH:9237:2014',
};

export function identity(partial: Partial<DocumentIdentity> & Pick<DocumentIdentity, 'type' | 'number'>): DocumentIdentity {
  return { issuer: null, date: null, place: null, title: null, ...partial };
}

export function reference(
  key: string,
  fields: Partial<Reference> & Pick<Reference, 'type' | 'number' | 'surface' | 'evidence'>,
): Reference {
  return {
    issuer: null,
    date: null,
    term: null,
    relation: 'cites',
    subject: 'self',
    start: 0,
    end: fields.surface.length,
    cue: null,
    key,
    ...fields,
  };
}

export function record(key: string, documentIdentity: DocumentIdentity, references: Reference[], text?: string): DocumentRecord {
  const body = text ?? `${documentIdentity.type ?? ''} ${documentIdentity.number ?? ''}\n${documentIdentity.title ?? ''}\n${references.map((r) => r.evidence).join('\n')}`;
  return {
    key,
    identity: documentIdentity,
    references,
    source: `corpus/${key.replace(/[^\p{L}\p{N}]+/gu, '_')}.txt`,
    contentHash: createHash('sha256').update(body).digest('hex'),
    text: body,
  };
}

/** Công văn 629/LĐLĐ (seed 000): implements 19-CT/TU, cites 24-NQ/TW and 39-CTr/TU, and states 39-CTr/TU → 25-NQ/TW. */
export function congVan629(chiThiKey = KEYS.chiThi19CaoBang): DocumentRecord {
  const sentence =
    'Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường.';
  const history =
    'Chương trình hành động số 39-CTr/TU, ngày 26/8/2013 của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW và Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI).';
  return record(
    KEYS.congVan629,
    identity({
      type: 'Công văn',
      number: '629/LĐLĐ',
      issuer: 'Liên đoàn Lao động tỉnh Cao Bằng',
      date: '2017-07-21',
      place: 'Cao Bằng',
      title: 'V/v thực hiện Chỉ thị số 19-CT/TU của Tỉnh ủy về bảo vệ môi trường',
      level: 'province',
      province: 'Cao Bằng',
      system: 'mass',
    }),
    [
      reference(chiThiKey, { type: 'Chỉ thị', number: '19-CT/TU', issuer: 'Tỉnh ủy', date: '2017-07-04', relation: 'implements', cue: 'Thực hiện', surface: 'Chỉ thị số 19-CT/TU', start: 120, end: 139, evidence: sentence }),
      reference(KEYS.nghiQuyet24, { type: 'Nghị quyết', number: '24-NQ/TW', issuer: 'Ban Chấp hành Trung ương', date: '2013-06-03', term: 'XI', cue: 'thực hiện', surface: 'Nghị quyết số 24-NQ/TW', start: 420, end: 442, evidence: history }),
      reference(KEYS.chuongTrinh39, { type: 'Chương trình hành động', number: '39-CTr/TU', issuer: 'Tỉnh ủy', date: '2013-08-26', cue: 'theo tinh thần', surface: 'Chương trình hành động số 39-CTr/TU', start: 300, end: 335, evidence: history }),
      reference(KEYS.nghiQuyet25, { type: 'Nghị quyết', number: '25-NQ/TW', relation: 'implements', subject: '39-CTr/TU', subjectKey: KEYS.chuongTrinh39, cue: 'thực hiện', surface: 'Nghị quyết số 25-NQ/TW', start: 370, end: 392, evidence: history }),
    ],
  );
}

export function chiThi19(key: string, province: string, title: string): DocumentRecord {
  return record(
    key,
    identity({ type: 'Chỉ thị', number: '19-CT/TU', issuer: `Tỉnh ủy ${province}`, date: '2017-07-04', place: province, title, level: 'province', province, system: 'party' }),
    [
      reference(KEYS.nghiQuyet24, { type: 'Nghị quyết', number: '24-NQ/TW', issuer: 'Ban Chấp hành Trung ương', date: '2013-06-03', term: 'XI', relation: 'implements', cue: 'Thực hiện', surface: 'Nghị quyết số 24-NQ/TW', start: 200, end: 222, evidence: `Thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), Ban Thường vụ Tỉnh ủy ${province} chỉ thị.` }),
    ],
  );
}

export function nghiQuyet41MoiTruong(): DocumentRecord {
  return record(
    KEYS.nghiQuyet41Moi,
    identity({ type: 'Nghị quyết', number: '41-NQ/TW', issuer: 'Bộ Chính trị', date: '2004-11-15', place: 'Hà Nội', title: 'Về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước', level: 'central', system: 'party', term: 'IX' }),
    [],
    'NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước. Bảo vệ môi trường là một trong những vấn đề sống còn của nhân loại.',
  );
}

export function nghiQuyet41DoanhNhan(): DocumentRecord {
  return record(
    KEYS.nghiQuyet41DoanhNhan,
    identity({ type: 'Nghị quyết', number: '41-NQ/TW', issuer: 'Bộ Chính trị', date: '2023-10-10', place: 'Hà Nội', title: 'Về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới', level: 'central', system: 'party', term: 'XIII' }),
    [],
    'NGHỊ QUYẾT về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới, thay thế Nghị quyết số 09-NQ/TW.',
  );
}

export function keHoachDatDai(): DocumentRecord {
  return record(
    KEYS.keHoach9237,
    identity({ type: 'Kế hoạch', number: '9237/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', date: '2014-12-30', place: 'Hải Phòng', title: 'Triển khai thi hành Luật Đất đai năm 2013 trên địa bàn thành phố', level: 'province', province: 'Hải Phòng', system: 'state' }),
    [],
    'KẾ HOẠCH triển khai thi hành Luật Đất đai năm 2013. Quản lý chặt chẽ quỹ đất đai, tài nguyên khoáng sản.',
  );
}

/** The graph as comparable data: nodes and edges sorted, store-specific ids left out. */
export async function graphOf(store: GraphStore): Promise<{ nodes: string[]; edges: string[] }> {
  const whole = await store.wholeGraph(10_000);
  return {
    nodes: whole.nodes
      .map((node) => `${node.key} ${node.placeholder ? 'placeholder' : 'held'} [${[...node.candidates].sort().join(', ')}]`)
      .sort(),
    edges: whole.edges.map((edge) => `${edge.from} -${edge.kind}-> ${edge.to} by ${edge.assertedBy} (${edge.cue}: ${edge.surface})`).sort(),
  };
}

/** Every order of a list (for "both orders give the same graph"). */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
