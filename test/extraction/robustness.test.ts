// Whatever a file holds, the extractor answers: it never throws, every span it reports is
// a real slice of the original text, and its time grows linearly with the input, even on
// text built to make a careless pattern backtrack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ExtractionResult } from '../../server/src/domain/types.ts';
import { corpus } from './corpus/index.ts';
import { crlf, nfd, pdfHorn } from './corpus/case.ts';
import { loadExtract } from './load-extractor.ts';
import { normaliseNumber, offsetProblems, type Extract } from './scoring.ts';

// Pieces of real references and their surroundings, recombined at random.
const FRAGMENTS = [
  'Nghị quyết số ', 'Chỉ thị số ', 'Kế hoạch số ', 'Quyết định số ', 'Công văn số ', 'Chương trình hành động số ',
  'Luật Bảo vệ môi trường năm 2020', 'Nghị quyết Trung ương 7 khóa XI', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV',
  '19-CT/TU', '19- CT/TU', '24/NQ/TW', '18-CTR/TU', '100 - KL/TW', 'số31-QĐ/TW', '147-KH/TƯ', '21-NQ/TWngày',
  '629/LĐLĐ', '789/UBND-KT', '1234/QĐ-UBND', '08/2022/NĐ-CP', '72/2020/QH14', '16/2019/QĐ-TTg', '582/QĐ-TTG',
  'ngày 04 tháng 7 năm 2017', 'ngày 03/6/2013', 'ngày 01-10-1997', ', ngày ', 'năm\n2020', 'tháng Bảy năm 2024',
  'của Ban Chấp hành Trung ương (khóa XI)', 'của Bộ Chính trị', 'của Tỉnh ủy Cao Bằng', 'của Ban Thường vụ Tỉnh ủy (khóa XV)',
  'Thực hiện ', 'Căn cứ ', 'theo tinh thần ', 'quán triệt ', 'Về việc thực hiện ', 'V/v triển khai ', 'cụ thể hóa ',
  'Chỉ thị trên', 'Công văn này', '(sau đây gọi tắt là Nghị quyết 41)', 'và ', '; ', ', ', '. ', '\n', '\r\n', ' | ',
  'Số: ', 'Số 93', '20-26/9/2017', '1.1. ', '0203.3852.159', '15/19 tiêu chí', 'Cập nhật lúc19:34, Chủ Nhật, 03/03/2019',
  'Ngày đăng: 30/10/2017', 'Ngày 24/10, ', 'Cao Bằng, ngày 21 tháng 7 năm 2017', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Chƣơng trình', 'Thƣờng vụ', 'hoà', 'khoá', '\u00a0', '\u200b', 'Nghi\u0323 quye\u0302\u0301t', '\t',
];

// Characters that break naive code: lone surrogates, combining marks without a base,
// bidirectional controls, NUL and other controls, BOM, replacement and private-use.
const ADVERSARIAL = [
  '\ud800', '\udfff', '\udbff\udbff', '\u0301', '\u0323\u0309\u0303', '\u200f', '\u202e', '\u2066', '\u0000', '\u0007',
  '\ufeff', '\ufffd', '\ue000', '\u{1f1fb}\u{1f1f3}', '\u{10ffff}', '\u2028', '\u2029', '\r', '\u0085', '\u00ad',
];

const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const randomText = fc.string({ unit: anyUtf16Unit, maxLength: 400 });
const vietnameseIshText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((pieces) => pieces.join(''));
const adversarialText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...ADVERSARIAL), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

function assertSoundAnswer(extract: Extract, text: string): void {
  const result = extract(text);
  assert.ok(result && typeof result === 'object' && Array.isArray(result.references), 'an ExtractionResult');
  assert.deepEqual(offsetProblems(text, result.references), [], 'spans are slices of the original text');
}

test('never throws and reports sound spans on random text', async () => {
  const extract = await loadExtract();
  fc.assert(fc.property(randomText, (text) => assertSoundAnswer(extract, text)), { numRuns: 300 });
});

test('never throws and reports sound spans on Vietnamese-ish text built from reference fragments', async () => {
  const extract = await loadExtract();
  fc.assert(fc.property(vietnameseIshText, (text) => assertSoundAnswer(extract, text)), { numRuns: 400 });
});

test('never throws and reports sound spans on adversarial Unicode', async () => {
  const extract = await loadExtract();
  fc.assert(fc.property(adversarialText, (text) => assertSoundAnswer(extract, text)), { numRuns: 400 });
  for (const text of ['', ' ', '\u0000', '\ud800', '\u0301', 'Số:', 'số', '-', '/', 'Nghị quyết số', 'ngày', 'khóa']) {
    assertSoundAnswer(extract, text);
  }
});

// The damage files carry must not change what a text says: the same corpus text in
// decomposed Unicode, with Windows line endings, with the PDF horn damage, with
// non-breaking spaces or with zero-width spaces after every slash gives the same answer.
const DAMAGE: Record<string, (text: string) => string> = {
  'decomposed Unicode': nfd,
  'Windows line endings': crlf,
  'PDF "ƣ" for "ư"': pdfHorn,
  'non-breaking spaces': (text) => text.replace(/ /g, '\u00a0'),
  'zero-width spaces after slashes': (text) => text.replace(/\//g, '/\u200b'),
};

function whatItSays(result: ExtractionResult): string[] {
  const { type, number, date } = result.document;
  return [
    `self ${type} ${number === null ? null : normaliseNumber(number)} ${date}`,
    ...result.references
      .map((r) => `${r.type} ${r.number === null ? null : normaliseNumber(r.number)} ${r.relation} ${r.subject === 'self' ? 'self' : normaliseNumber(r.subject)} ${r.date}`)
      .sort(),
  ];
}

test('damaged characters do not change what a corpus text says', async (t) => {
  const extract = await loadExtract();
  for (const [damage, apply] of Object.entries(DAMAGE)) {
    await t.test(damage, () => {
      const changed = corpus
        .map((corpusCase) => ({ id: corpusCase.id, clean: whatItSays(extract(corpusCase.text)), damaged: whatItSays(extract(apply(corpusCase.text))) }))
        .filter(({ clean, damaged }) => JSON.stringify(clean) !== JSON.stringify(damaged));
      assert.deepEqual(changed, []);
    });
  }
});

// Inputs of about `size` characters built to defeat patterns that backtrack.
const PATHOLOGICAL: Record<string, (size: number) => string> = {
  'repeated "Nghị quyết số"': (size) => 'Nghị quyết số '.repeat(Math.ceil(size / 14)),
  '"số 1/1/1/1/…"': (size) => `số ${'1/'.repeat(Math.ceil(size / 2))}`,
  'digits and slashes': (size) => '123456789/-'.repeat(Math.ceil(size / 11)),
  'a line without newlines': (size) => 'Thực hiện Chỉ thị của Tỉnh ủy về bảo vệ môi trường, '.repeat(Math.ceil(size / 52)),
  'hyphen and space runs': (size) => `Chỉ thị số 19${'- '.repeat(Math.ceil(size / 2))}CT/TU`,
  'references with no end': (size) => 'Căn cứ Nghị quyết số 24-NQ/TW ngày 03/6/2013 của '.repeat(Math.ceil(size / 49)),
};

// CPU time of this process rather than elapsed time: other tests and other work share the
// machine, and the guard is about the extractor's own work.
function secondsToExtract(extract: Extract, text: string): number {
  const before = process.cpuUsage();
  extract(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

// Generous: a guard against backtracking blow-ups, not a benchmark (see bench:extract).
const MAX_SECONDS_PER_MB = 10;
const MAX_GROWTH_WHEN_DOUBLED = 4;

test('time stays linear on a few MB of pathological input', async (t) => {
  const extract = await loadExtract();
  extract('Thực hiện Chỉ thị số 19-CT/TU ngày 04/7/2017 của Tỉnh ủy.'); // warm-up
  for (const [name, build] of Object.entries(PATHOLOGICAL)) {
    await t.test(name, () => {
      // Half first: when it is already too slow, the whole would only make the suite wait.
      const halfSeconds = secondsToExtract(extract, build(512 * 1024));
      assert.ok(halfSeconds < MAX_SECONDS_PER_MB / 2, `${name}: 0.5 MB took ${halfSeconds.toFixed(2)} s of CPU time`);
      const wholeSeconds = secondsToExtract(extract, build(1024 * 1024));
      assert.ok(wholeSeconds < MAX_SECONDS_PER_MB, `${name}: 1 MB took ${wholeSeconds.toFixed(2)} s of CPU time`);
      assert.ok(
        wholeSeconds < MAX_GROWTH_WHEN_DOUBLED * halfSeconds + 0.25,
        `${name}: doubling the input took ${wholeSeconds.toFixed(2)} s against ${halfSeconds.toFixed(2)} s`,
      );
    });
  }
});
