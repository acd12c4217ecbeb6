import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseDate, dateAt, isoDate } from '../../server/src/extraction/dates.ts';

const iso = (text: string, defaultYear?: number) => findDates(text, { defaultYear }).map((d) => d.iso);

test('the header date line, with the day and month in words or figures', () => {
  assert.deepEqual(iso('Cao Bằng, ngày 21 tháng 7  năm 2017'), ['2017-07-21']);
  assert.deepEqual(iso('Đồng Xoài, ngày 13 tháng 6 năm 2016'), ['2016-06-13']);
  assert.deepEqual(iso('Hà Nội, ngày 04 tháng 07 năm 2017'), ['2017-07-04']);
  assert.deepEqual(iso('HẢI PHÒNG, NGÀY 27 THÁNG 11 NĂM 2014'), ['2014-11-27']);
});

test('a date split across a line break keeps its whole span', () => {
  const text = 'căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm\n2020 của Ban Tuyên giáo Trung ương';
  const [date] = findDates(text);
  assert.equal(date?.iso, '2020-01-08');
  assert.equal(date?.surface, 'ngày 08 tháng 01 năm\n2020');
  assert.equal(text.slice(date!.start, date!.end), date!.surface);
});

test('figures with slash, hyphen or dot', () => {
  assert.deepEqual(iso('Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương'), ['2013-06-03']);
  assert.deepEqual(iso('Chỉ thị số 45-CT/TW ngày 01-10-1997 của Bộ Chính trị'), ['1997-10-01']);
  assert.deepEqual(iso('Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư'), ['2016-04-26']);
  assert.deepEqual(iso('Chỉ thị 13-CT/TW, ngày 12.01.2017'), ['2017-01-12']);
  assert.deepEqual(iso('Cập nhật lúc19:34, Chủ Nhật, 03/03/2019 (GMT+7)'), ['2019-03-03']);
  assert.deepEqual(iso('Nghị quyết số 41-NQ/TWngày15/11/2004'), ['2004-11-15']);
});

test('month words', () => {
  assert.deepEqual(iso('ngày 15 tháng Bảy năm 2017'), ['2017-07-15']);
  assert.deepEqual(iso('ngày 1 tháng Mười một năm 2018'), ['2018-11-01']);
  assert.deepEqual(iso('ngày 5 tháng Mười năm 2018'), ['2018-10-05']);
  assert.deepEqual(iso('ngày 9 tháng Giêng năm 2019'), ['2019-01-09']);
  assert.deepEqual(iso('họp trong tháng Bảy'), []);
});

test('dates without a year take the default year (the publication year of a news page)', () => {
  assert.deepEqual(iso('Ngày 1-3, Sở Tài nguyên và Môi trường đã tổ chức ký kết', 2019), ['2019-03-01']);
  assert.deepEqual(iso('Ngày 24/10, Hội NCT tỉnh Lai Châu phối hợp', 2017), ['2017-10-24']);
  assert.deepEqual(iso('Sáng ngày 5 tháng 9, tại hội trường', 2020), ['2020-09-05']);
  const [noYear] = findDates('Ngày 24/10, Hội NCT tỉnh');
  assert.equal(noYear?.iso, null);
  assert.equal(noYear?.yearless, true);
  assert.deepEqual(iso('Ngày 29/2, hội nghị', 2019), [null]); // no 29 February in 2019
});

test('ranges, impossible dates, symbols and section numbers are not dates', () => {
  assert.deepEqual(iso('diễn ra từ 20-26/9/2017 tại Hà Nội'), []);
  assert.deepEqual(iso('diễn ra từ ngày 20 - 26/9/2017'), []);
  assert.deepEqual(iso('ngày 31/02/2017'), []);
  assert.deepEqual(iso('ngày 12/13/2017'), []);
  assert.deepEqual(iso('ngày 00/5/2017'), []);
  assert.deepEqual(iso('Nghị định số 08/2022/NĐ-CP'), []);
  assert.deepEqual(iso('Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN'), []);
  assert.deepEqual(iso('giai đoạn 2017 – 2022; mục 1.1. và 2.3.'), []);
  assert.deepEqual(iso('Số 93, trang 12/3'), []);
  assert.deepEqual(iso('hotline 0123/45/6789'), []);
});

test('every date of a sentence, in order, with offsets into the text', () => {
  const text = 'Quyết định số 217-QĐ/TW ngày 12/12/2013 và Chỉ thị số 38-CT/TU ngày 10/10/2005 của Tỉnh ủy';
  const dates = findDates(text);
  assert.deepEqual(dates.map((d) => d.iso), ['2013-12-12', '2005-10-10']);
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.surface);
});

test('the date right after a reference', () => {
  const text = 'Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng';
  const date = dateAt(text, text.indexOf(','));
  assert.equal(date?.iso, '2017-07-04');
  assert.equal(text.slice(date!.start, date!.end), 'ngày 04 tháng 7 năm 2017');
  assert.equal(dateAt('Chỉ thị số 19-CT/TU của Tỉnh ủy ngày 04/7/2017', 19), null);
  assert.equal(parseDate('không có ngày tháng'), null);
});

test('calendar checks', () => {
  assert.equal(isoDate(2016, 2, 29), '2016-02-29');
  assert.equal(isoDate(2017, 2, 29), null);
  assert.equal(isoDate(1850, 1, 1), null);
});

test('any real date, written in any of the forms, reads back to itself', async () => {
  const fc = (await import('fast-check')).default;
  const MONTH_WORDS = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười một', 'Mười hai'];
  fc.assert(fc.property(
    fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 5 }),
    fc.boolean(),
    (when, form, pad) => {
      const y = when.getUTCFullYear();
      const m = when.getUTCMonth() + 1;
      const d = when.getUTCDate();
      const two = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
      const written = [
        `ngày ${two(d)} tháng ${two(m)} năm ${y}`,
        `ngày ${two(d)}/${two(m)}/${y}`,
        `${two(d)}-${two(m)}-${y}`,
        `${two(d)}.${two(m)}.${y}`,
        `ngày ${d} tháng ${MONTH_WORDS[m - 1]} năm ${y}`,
        `ngày ${two(d)} tháng ${two(m)} năm\n${y}`,
      ][form]!;
      const text = `Căn cứ văn bản ${written} của Tỉnh ủy.`;
      const found = findDates(text);
      assert.equal(found.length, 1, written);
      assert.equal(found[0]!.iso, when.toISOString().slice(0, 10));
      assert.equal(text.slice(found[0]!.start, found[0]!.end), found[0]!.surface);
    },
  ), { numRuns: 500 });
});

test('random text never throws and every span is a slice of the text', async () => {
  const fc = (await import('fast-check')).default;
  const pieces = fc.constantFrom('ngày ', 'tháng ', 'năm ', '2017', '12', '/', '-', '.', ' ', '\n', 'Bảy', '31', '02', '20-26/9/2017', 'Ngày 1-3');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined }), (parts, year) => {
    const text = parts.join('');
    for (const d of findDates(text, { defaultYear: year })) {
      assert.equal(text.slice(d.start, d.end), d.surface);
      if (d.iso) assert.match(d.iso, /^\d{4}-\d{2}-\d{2}$/);
    }
  }), { numRuns: 500 });
});

test('figures loosened by PDF or OCR output after "ngày"', () => {
  assert.deepEqual(iso('Nghị quyết số 24-NQ/TW ngày 03/ 6/ 2013 của Ban Chấp hành Trung ương'), ['2013-06-03']);
  assert.deepEqual(iso('ngày 03 / 6 / 2013'), ['2013-06-03']);
  assert.deepEqual(iso('ngay 21 thang 7 nam 2017'), ['2017-07-21']);
  assert.deepEqual(iso('từ ngày 20 - 26/9/2017'), []);
});

test('"mồng" and "mùng" before the first days of a month', () => {
  assert.deepEqual(iso('ngày mồng 2 tháng 9 năm 1945'), ['1945-09-02']);
  assert.deepEqual(iso('Ngày mùng 3/2', 2020), ['2020-02-03']);
});
