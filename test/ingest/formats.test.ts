// Reading the files offices hold: plain text in any encoding, Word, PDF with a text
// layer, web pages. Fixtures are built here, at test time, from Vietnamese sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentTextFromBytes, readDocumentText, FileRefusedError } from '../../server/src/ingest/formats/index.ts';
import { encodeTcvn3, encodeVni } from '../../server/src/extraction/decode/index.ts';
import { docxOf, scannedPdf, textPdfOf } from './fixtures.ts';

const BODY = 'Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng.\nBan Thường vụ hướng dẫn như sau:';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<FileRefusedError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FileRefusedError, `expected a FileRefusedError, got ${String(error)}`);
    return error;
  }
  assert.fail('the file was accepted');
}

test('a .txt in UTF-8, TCVN3 or VNI reads as the same Vietnamese text', async () => {
  assert.deepEqual(await documentTextFromBytes(utf8(BODY), 'cv-629.txt'), { text: BODY, format: 'txt', encoding: 'utf-8' });
  const vni = await documentTextFromBytes(encodeVni(BODY), 'cv-629.txt');
  assert.deepEqual(vni, { text: BODY, format: 'txt', encoding: 'vni' });
  const tcvn3 = await documentTextFromBytes(encodeTcvn3(BODY.toLowerCase()), 'CV-629.TXT');
  assert.deepEqual(tcvn3, { text: BODY.toLowerCase(), format: 'txt', encoding: 'tcvn3' });
});

test('a file on disk is read by its path, and the path names it in every refusal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  try {
    const good = join(dir, 'ke-hoach.txt');
    writeFileSync(good, BODY);
    assert.equal((await readDocumentText(good)).text, BODY);

    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const emptyError = await refusal(readDocumentText(empty));
    assert.equal(emptyError.code, 'FILE_EMPTY');
    assert.match(emptyError.message, /rong\.txt: is empty/);

    const blank = join(dir, 'trang.txt');
    writeFileSync(blank, ' \r\n\t\n');
    assert.equal((await refusal(readDocumentText(blank))).code, 'FILE_EMPTY');

    const binary = join(dir, 'anh.txt');
    writeFileSync(binary, Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    const binaryError = await refusal(readDocumentText(binary));
    assert.equal(binaryError.code, 'FILE_BINARY');
    assert.match(binaryError.message, /anh\.txt/);

    const unknown = join(dir, 'bang-tinh.xlsx');
    writeFileSync(unknown, 'x');
    const unknownError = await refusal(readDocumentText(unknown));
    assert.equal(unknownError.code, 'UNSUPPORTED_TYPE');
    assert.match(unknownError.message, /bang-tinh\.xlsx: has an unsupported type \.xlsx/);

    const large = join(dir, 'lon.txt');
    writeFileSync(large, BODY.repeat(100));
    const largeError = await refusal(readDocumentText(large, { maxBytes: 1000 }));
    assert.equal(largeError.code, 'FILE_TOO_LARGE');
    assert.match(largeError.message, /lon\.txt: is .* MB, over the 0\.0 MB limit/);

    assert.equal((await refusal(readDocumentText(join(dir, 'khong-co.txt')))).code, 'FILE_NOT_FOUND');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Word document reads one paragraph per line, Vietnamese intact', async () => {
  const paragraphs = ['BAN THƯỜNG VỤ TỈNH ỦY', 'Số 15-KH/TU', 'Kế hoạch thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị'];
  const result = await documentTextFromBytes(docxOf(paragraphs), 'ke-hoach-15.docx');
  assert.equal(result.format, 'docx');
  assert.equal(result.text.trim(), paragraphs.join('\n'));
});

test('a damaged Word document is refused by name', async () => {
  const error = await refusal(documentTextFromBytes(utf8('not a zip at all, just words'), 'hong.docx'));
  assert.equal(error.code, 'DOCUMENT_DAMAGED');
  assert.match(error.message, /^hong\.docx: is not a readable Word document/);
});

test('a PDF with a text layer reads its lines, page after page', async () => {
  const pdf = textPdfOf([
    ['So: 629/LDLD', 'V/v thuc hien Chi thi so 19-CT/TU'],
    ['Thuc hien Nghi quyet so 24-NQ/TW ngay 03/6/2013'],
  ]);
  const result = await documentTextFromBytes(pdf, 'cong-van-629.pdf');
  assert.equal(result.format, 'pdf');
  const lines = result.text.split('\n').map((line) => line.trim()).filter(Boolean);
  assert.deepEqual(lines, ['So: 629/LDLD', 'V/v thuc hien Chi thi so 19-CT/TU', 'Thuc hien Nghi quyet so 24-NQ/TW ngay 03/6/2013']);
});

test('a scanned PDF without text is refused with the reason', async () => {
  const error = await refusal(documentTextFromBytes(scannedPdf(), 'ban-scan.pdf'));
  assert.equal(error.code, 'PDF_WITHOUT_TEXT');
  assert.match(error.message, /^ban-scan\.pdf: is a PDF without a text layer .*OCR/);
});

test('a file that only pretends to be a PDF is refused as damaged', async () => {
  const error = await refusal(documentTextFromBytes(utf8('%PDF-1.4 garbage'), 'gia.pdf'));
  assert.equal(error.code, 'DOCUMENT_DAMAGED');
});

const NEWS_PAGE = `<!doctype html><html><head><title>Hội NCT tỉnh triển khai Kết luận 02-KL/TW | Báo Tỉnh</title>
<style>.x{color:red}</style><script>var tracking = "Nghị quyết số 99-NQ/TW";</script></head>
<body>
<header class="site-header"><div class="logo">Báo Tỉnh</div><ul class="main-menu"><li>Thời sự</li><li>Nghị quyết số 88-NQ/TW</li></ul></header>
<nav class="breadcrumb"><a href="/">Trang chủ</a> › Chính trị</nav>
<main>
  <article>
    <header><h1>Hội NCT tỉnh triển khai thực hiện Kết luận số 02-KL/TW</h1><p class="meta">Ngày đăng: 30/10/2017</p></header>
    <p>Thực hiện Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư, Hội Người cao tuổi tỉnh đã ban hành kế hoạch.</p>
    <p>Hội nghị quán triệt <b>Chỉ thị số 19-CT/TU</b> của Tỉnh ủy&nbsp;tới toàn thể hội viên.</p>
    <table><tr><td>ĐẢNG BỘ TỈNH</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td></tr></table>
    <div class="share-buttons">Chia sẻ Facebook Zalo</div>
    <footer class="article-tags">Từ khóa: người cao tuổi</footer>
  </article>
  <section id="comments"><h3>Bình luận</h3><p>Bạn đọc: Nghị quyết số 77-NQ/TW rất hay</p></section>
</main>
<aside class="sidebar"><h3>Tin liên quan</h3><p>Chỉ thị số 55-CT/TW</p></aside>
<div class="related-news">Quyết định số 66-QĐ/TW</div>
<footer class="site-footer">© Báo Tỉnh. Giấy phép số 93/GP-BTTTT</footer>
</body></html>`;

test('a news page keeps the article and drops menus, sidebars, share bars, comments and footers', async () => {
  const result = await documentTextFromBytes(utf8(NEWS_PAGE), 'tin-tuc.html');
  assert.equal(result.format, 'html');
  assert.equal(result.text, [
    'Hội NCT tỉnh triển khai thực hiện Kết luận số 02-KL/TW',
    'Ngày đăng: 30/10/2017',
    'Thực hiện Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư, Hội Người cao tuổi tỉnh đã ban hành kế hoạch.',
    'Hội nghị quán triệt Chỉ thị số 19-CT/TU của Tỉnh ủy tới toàn thể hội viên.',
    'ĐẢNG BỘ TỈNH | ĐẢNG CỘNG SẢN VIỆT NAM',
  ].join('\n'));
});

test('a page with no headline of its own takes its <title>; a VNI-encoded page is decoded', async () => {
  const page = '<html><head><title>Coâng vaên soá 629/LÑLÑ</title></head><body><div><p>Thöïc hieän Chæ thò soá 19-CT/TU</p></div></body></html>';
  const result = await documentTextFromBytes(Uint8Array.from(Buffer.from(page, 'latin1')), 'trang.htm');
  assert.equal(result.encoding, 'vni');
  assert.equal(result.text, 'Công văn số 629/LĐLĐ\nThực hiện Chỉ thị số 19-CT/TU');
});

test('a page without <article> or <main> keeps the header that holds its headline and date', async () => {
  const page = `<html><body>
    <header id="masthead"><a class="logo">Cổng thông tin</a><nav><a>Trang chủ</a><a>Văn bản</a></nav></header>
    <div class="post">
      <header class="entry-header"><h1>Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU</h1><time>Cập nhật lúc 19:34, 03/03/2019</time></header>
      <div class="entry-content"><p>Căn cứ Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.</p></div>
      <div class="social-share">Chia sẻ</div>
    </div>
    <footer><p>Bản quyền thuộc về Cổng thông tin</p></footer>
  </body></html>`;
  const result = await documentTextFromBytes(utf8(page), 'bai-viet.html');
  assert.equal(result.text, [
    'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU',
    'Cập nhật lúc 19:34, 03/03/2019',
    'Căn cứ Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.',
  ].join('\n'));
});

test('a file of another kind under a text or Word name is refused saying what it really is', async () => {
  const pdfAsText = await refusal(documentTextFromBytes(textPdfOf([['So: 1/UBND']]), 'cong-van.txt'));
  assert.equal(pdfAsText.code, 'FILE_BINARY');
  assert.match(pdfAsText.message, /^cong-van\.txt: is a PDF, not text$/);
  const oldWord = await refusal(documentTextFromBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'ke-hoach.docx'));
  assert.equal(oldWord.code, 'DOCUMENT_DAMAGED');
  assert.match(oldWord.message, /ke-hoach\.docx: is not a Word document: it is an old binary Office file .*save it as \.docx/);
  const doc = await refusal(documentTextFromBytes(utf8('x'), 'chi-thi.DOC'));
  assert.equal(doc.code, 'UNSUPPORTED_TYPE');
  assert.match(doc.message, /chi-thi\.DOC: has an unsupported type \.doc \(an old binary Word file: save it as \.docx\)/);
});

test('a Word document typed in the .VnTime (TCVN3) font reads as Vietnamese', async () => {
  const paragraphs = ['Uû ban nh©n d©n tØnh Cao B»ng', 'Sè: 12/UBND-VX', 'Thùc hiÖn NghÞ quyÕt sè 24-NQ/TW ngµy 03/6/2013'];
  const result = await documentTextFromBytes(docxOf(paragraphs), 'cv-12.docx');
  assert.equal(result.text.trim(), 'Uỷ ban nhân dân tỉnh Cao Bằng\nSố: 12/UBND-VX\nThực hiện Nghị quyết số 24-NQ/TW ngày 03/6/2013');
  assert.equal(result.encoding, 'unicode+tcvn3-font');
});

test('a wrapper whose class sounds like chrome but holds the page is kept', async () => {
  const page = `<html><body><div class="layout has-sidebar">
    <div class="sidebar-menu"><a>Trang chủ</a></div>
    <div><p>Thực hiện Kế hoạch số 15-KH/TU ngày 10/3/2019 của Ban Thường vụ Tỉnh ủy, Sở Tài nguyên và Môi trường đã tổ chức hội nghị triển khai.</p></div>
  </div></body></html>`;
  const result = await documentTextFromBytes(utf8(page), 'trang.html');
  assert.equal(result.text, 'Thực hiện Kế hoạch số 15-KH/TU ngày 10/3/2019 của Ban Thường vụ Tỉnh ủy, Sở Tài nguyên và Môi trường đã tổ chức hội nghị triển khai.');
});
