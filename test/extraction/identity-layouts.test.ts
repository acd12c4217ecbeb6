import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';
import { PROVINCES_BEFORE_2025 } from '../../server/src/domain/provinces.ts';

// Headers as they reach us from word processors, PDFs and web pages: the same parts in
// different layouts. Every generated header must give back its number, type, date and place.

interface Kind {
  issuer: (province: string) => string;
  /** The issuer's name as read back, for a province name. */
  named: (province: string) => string;
  symbol: (n: number) => string;
  type: string;
  typeLine: string | null;
  title: string;
  party: boolean;
}

const KINDS: Kind[] = [
  { issuer: (p) => `TỈNH ỦY ${p}`, named: (p) => `Tỉnh ủy ${p}`, symbol: (n) => `${n}-CT/TU`, type: 'Chỉ thị', typeLine: 'CHỈ THỊ', title: 'về tăng cường công tác bảo vệ môi trường', party: true },
  { issuer: (p) => `TỈNH ỦY ${p}`, named: (p) => `Tỉnh ủy ${p}`, symbol: (n) => `${n}-KH/TU`, type: 'Kế hoạch', typeLine: 'KẾ HOẠCH', title: 'thực hiện Nghị quyết số 24-NQ/TW', party: true },
  { issuer: (p) => `ỦY BAN NHÂN DÂN\nTỈNH ${p}`, named: (p) => `Ủy ban nhân dân tỉnh ${p}`, symbol: (n) => `${n}/QĐ-UBND`, type: 'Quyết định', typeLine: 'QUYẾT ĐỊNH', title: 'Về việc phê duyệt Đề án bảo vệ môi trường', party: false },
  { issuer: (p) => `ỦY BAN NHÂN DÂN\nTỈNH ${p}`, named: (p) => `Ủy ban nhân dân tỉnh ${p}`, symbol: (n) => `${n}/UBND-KT`, type: 'Công văn', typeLine: null, title: 'V/v triển khai Chỉ thị số 19-CT/TU', party: false },
  { issuer: (p) => `LIÊN ĐOÀN LAO ĐỘNG TỈNH ${p}`, named: (p) => `Liên đoàn Lao động tỉnh ${p}`, symbol: (n) => `${n}/LĐLĐ`, type: 'Công văn', typeLine: null, title: 'Về việc thực hiện Chỉ thị số 19-CT/TU', party: false },
  { issuer: (p) => `HỘI NÔNG DÂN TỈNH ${p}`, named: (p) => `Hội Nông dân tỉnh ${p}`, symbol: (n) => `${n}-HD/HND`, type: 'Hướng dẫn', typeLine: 'HƯỚNG DẪN', title: 'tuyên truyền Luật Bảo vệ môi trường', party: false },
  { issuer: (p) => `UBND TỈNH ${p}\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG`, named: (p) => `Sở Tài nguyên và Môi trường tỉnh ${p}`, symbol: (n) => `${n}/BC-STNMT`, type: 'Báo cáo', typeLine: 'BÁO CÁO', title: 'Kết quả công tác bảo vệ môi trường', party: false },
];

const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
const MOTTO_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

type Layout = 'stacked' | 'columns' | 'pipes' | 'number-first';

function header(kind: Kind, provinceCaps: string, place: string, symbol: string, dateLine: string, layout: Layout): string {
  const issuer = kind.issuer(provinceCaps);
  const motto = kind.party ? MOTTO_PARTY : MOTTO_STATE;
  const typeAndTitle = kind.typeLine ? `${kind.typeLine}\n${kind.title}` : '';
  const subject = kind.typeLine ? '' : kind.title;
  const placeDate = `${place}, ${dateLine}`;
  switch (layout) {
    case 'stacked':
      return [issuer, '*', `Số: ${symbol}`, subject, motto, placeDate, typeAndTitle].filter((l) => l !== '').join('\n');
    case 'columns': {
      const [first, ...rest] = issuer.split('\n');
      return [`${first}          ${motto.split('\n')[0]}`, ...rest, `Số: ${symbol}          ${placeDate}`, subject, typeAndTitle].filter((l) => l !== '').join('\n');
    }
    case 'pipes':
      return [`${issuer.replace(/\n/g, ' ')} | ${motto.split('\n')[0]} |`, `Số: ${symbol} | ${placeDate} |`, subject, typeAndTitle].filter((l) => l !== '').join('\n');
    case 'number-first':
      return [` Số: ${symbol}`, '', subject, '', `\t${motto}`, '', placeDate, '', typeAndTitle].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
  }
}

test('generated headers in every layout give back their own number, type, date and place', async () => {
  const fc = (await import('fast-check')).default;
  const provinces = PROVINCES_BEFORE_2025.filter((p) => p.kind === 'tỉnh');
  fc.assert(fc.property(
    fc.constantFrom(...KINDS),
    fc.constantFrom(...provinces),
    fc.integer({ min: 1, max: 9999 }),
    fc.date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2025-06-30T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom<Layout>('stacked', 'columns', 'pipes', 'number-first'),
    fc.constantFrom('words', 'figures', 'split'),
    fc.constantFrom('plain', 'crlf', 'nfd', 'nbsp-zwsp'),
    fc.constantFrom('name', 'capital'),
    (kind, province, n, when, layout, dateForm, damage, placeForm) => {
      const y = when.getUTCFullYear();
      const m = when.getUTCMonth() + 1;
      const d = when.getUTCDate();
      const dateLine = dateForm === 'words' ? `ngày ${d} tháng ${m} năm ${y}`
        : dateForm === 'figures' ? `ngày ${d}/${m}/${y}` : `ngày ${String(d).padStart(2, '0')} tháng ${m} năm\n${y}`;
      const place = placeForm === 'name' ? province.name : province.places[0]!;
      const symbol = kind.symbol(n);
      let text = `${header(kind, province.name.toUpperCase(), place, symbol, dateLine, layout)}\nNội dung văn bản như sau, gồm các nhiệm vụ cụ thể của các cơ quan, đơn vị trên địa bàn tỉnh.`;
      if (damage === 'crlf') text = text.replace(/\n/g, '\r\n');
      if (damage === 'nfd') text = text.normalize('NFD');
      if (damage === 'nbsp-zwsp') text = text.replace(/, ngày /g, ',\u00a0ngày ').replace(/Số: /g, 'Số:\u200b ');
      const r = readDocumentIdentity(text);
      const context = `${layout}/${dateForm}: ${JSON.stringify(text)}`;
      assert.equal(r.number, symbol, context);
      assert.equal(r.type, kind.type, context);
      assert.equal(r.date, when.toISOString().slice(0, 10), context);
      assert.equal(r.place, place, context);
      assert.equal(r.provinceSlug, province.slug, context);
      assert.equal(r.issuer, kind.named(province.name), context);
      assert.equal(r.genre, 'document', context);
    },
  ), { numRuns: 400 });
});

test('centrally-run cities: Thành ủy and Ủy ban nhân dân thành phố, place written in full or short', async () => {
  const fc = (await import('fast-check')).default;
  const cities = PROVINCES_BEFORE_2025.filter((p) => p.kind === 'thành phố');
  fc.assert(fc.property(
    fc.constantFrom(...cities),
    fc.constantFrom('party', 'state'),
    fc.constantFrom('short', 'full', 'tp'),
    fc.integer({ min: 1, max: 999 }),
    (city, system, placeForm, n) => {
      const place = placeForm === 'short' ? city.name : placeForm === 'full' ? `Thành phố ${city.name}` : `TP. ${city.name}`;
      const head = system === 'party' ? `THÀNH ỦY ${city.name.toUpperCase()}\n*\nSố ${n}-KH/TU` : `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ${city.name.toUpperCase()}\nSố: ${n}/KH-UBND`;
      const r = readDocumentIdentity(`${head}\n${place}, ngày 15 tháng 3 năm 2022\nKẾ HOẠCH\nthực hiện công tác bảo vệ môi trường năm 2022`);
      assert.equal(r.place, place);
      assert.equal(r.date, '2022-03-15');
      assert.equal(r.provinceSlug, city.slug);
      assert.equal(r.issuer, system === 'party' ? `Thành ủy ${city.name}` : `Ủy ban nhân dân thành phố ${city.name}`);
      assert.equal(r.level, 'province');
    },
  ), { numRuns: 100 });
});
