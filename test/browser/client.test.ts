// The web client end to end, in Debian's Chromium against the real server with the seed
// corpus: find, see the flow, read the evidence, trace, coverage, export, share, language,
// add documents. Each step saves a screenshot under test-output/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { API_TOKEN, assertPicture, saveFile, screenshot, skipReason, startAll, type Running } from './harness.ts';

const reason = skipReason();
if (reason) console.log(`# ${reason}`);
const skip = reason ?? false;

let run: Running;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  if (reason) return;
  run = await startAll();
  page = await run.browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  if (reason) return;
  await run.close();
  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

const nodeButton = (label: string | RegExp) => page.locator('#graph-nodes button', { hasText: label });

async function keyOf(label: string | RegExp): Promise<string> {
  const key = await nodeButton(label).first().getAttribute('data-key');
  assert.ok(key, `a node labelled ${label}`);
  return key;
}

/** The node is drawn on the canvas, inside the graph area. */
async function assertDrawn(key: string): Promise<{ x: number; y: number }> {
  const centre = (await page.evaluate(`window.policyGraph.nodeCentre(${JSON.stringify(key)})`)) as { x: number; y: number } | null;
  assert.ok(centre, `${key} is in the graph`);
  const box = await page.locator('#graph').boundingBox();
  assert.ok(box && centre.x > box.x && centre.x < box.x + box.width && centre.y > box.y && centre.y < box.y + box.height, `${key} is drawn inside the graph area`);
  return centre;
}

async function pick(input: string, text: string, option: string | RegExp): Promise<void> {
  await page.fill(input, text);
  await page.locator(`${input}-list [role=option]`, { hasText: option }).first().click();
}

test('searching "629" shows the dispatch 629/LĐLĐ and the directive 19-CT/TU it implements', { skip }, async () => {
  await page.goto(run.url);
  await screenshot(page, '00-home');
  await page.fill('#search', '629');
  await page.locator('#search-list [role=option]', { hasText: '629/LĐLĐ' }).first().waitFor();
  await screenshot(page, '01-suggestions');
  await page.locator('#search-list [role=option]', { hasText: '629/LĐLĐ' }).first().click();
  await nodeButton('629/LĐLĐ').waitFor();
  await nodeButton('19-CT/TU').waitFor();
  await assertDrawn(await keyOf('629/LĐLĐ'));
  const directive = await assertDrawn(await keyOf('19-CT/TU'));
  const dispatch = await assertDrawn(await keyOf('629/LĐLĐ'));
  assert.ok(directive.y < dispatch.y, 'the directive is drawn above the dispatch implementing it');
  await screenshot(page, '02-graph-629');
});

test('a search typed without diacritics finds the document', { skip }, async () => {
  await page.fill('#search', 've viec thuc hien chi thi');
  await page.locator('#search-list [role=option]', { hasText: '629/LĐLĐ' }).first().waitFor();
  await screenshot(page, '03-search-without-diacritics');
  await page.keyboard.press('Escape');
});

test('filters narrow the suggestions and are kept in the link', { skip }, async () => {
  const labels = async (): Promise<string[]> => {
    await page.fill('#search', '');
    await page.fill('#search', 'nghi quyet');
    await page.locator('#search-list li').first().waitFor();
    return page.locator('#search-list [role=option] .suggestion-label').allInnerTexts();
  };
  assert.ok((await labels()).some((label) => label.includes('24-NQ/TW')), 'without filters the central resolution is found');
  await page.keyboard.press('Escape');
  await page.locator('.filters summary').click();
  await page.selectOption('#filter-level', 'PROVINCE');
  await page.waitForURL(/level=PROVINCE/);
  const provincial = await labels();
  assert.ok(!provincial.some((label) => /-NQ\/TW/.test(label)), `no central resolution among provincial documents: ${provincial.join(', ')}`);
  await screenshot(page, '03b-filters');
  await page.keyboard.press('Escape');
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('level='));
});

test('the lineage follows the chosen direction and depth, central documents on top', { skip }, async () => {
  await page.selectOption('#direction', 'UP');
  await page.waitForURL(/dir=UP/);
  await page.fill('#depth', '3');
  await page.locator('#depth').press('Enter');
  await page.locator('#depth').blur();
  await page.waitForURL(/depth=3/);
  await nodeButton('24-NQ/TW').waitFor();
  const resolution = await assertDrawn(await keyOf('24-NQ/TW'));
  const dispatch = await assertDrawn(await keyOf('629/LĐLĐ'));
  assert.ok(resolution.y < dispatch.y, 'the central resolution is above the provincial dispatch');
  await screenshot(page, '04-lineage-up');
});

test('expanding a node adds its neighbours to the graph', { skip }, async () => {
  await page.fill('#depth', '1');
  await page.locator('#depth').press('Enter');
  await page.locator('#depth').blur();
  await page.locator('#graph-nodes[data-lineage$="|UP|1"] button', { hasText: '39-CTr/TU' }).waitFor();
  assert.equal(await nodeButton('25-NQ/TW').count(), 0, 'one hop up from the dispatch does not reach 25-NQ/TW');
  const programme = await assertDrawn(await keyOf('39-CTr/TU'));
  await page.mouse.dblclick(programme.x, programme.y);
  await nodeButton('25-NQ/TW').waitFor();
  await assertDrawn(await keyOf('25-NQ/TW'));
  await screenshot(page, '04b-expanded');
  await page.fill('#depth', '3');
  await page.locator('#depth').press('Enter');
  await page.locator('#depth').blur();
  await page.locator('#graph-nodes[data-lineage$="|UP|3"] button').first().waitFor();
});

test('clicking a node shows its details and the sentence of each edge, the cited span marked', { skip }, async () => {
  const centre = await assertDrawn(await keyOf('19-CT/TU'));
  await page.mouse.click(centre.x, centre.y);
  await page.locator('#panel-title', { hasText: '19-CT/TU' }).waitFor();
  const evidence = page.locator('#panel .edge-item', { hasText: '629/LĐLĐ' }).first();
  await evidence.waitFor();
  assert.match(await evidence.locator('mark').first().innerText(), /19-\s*CT\/TU/);
  assert.match(await evidence.locator('blockquote').innerText(), /thực hiện/i, 'the sentence carries the cue');
  await screenshot(page, '05-evidence');
});

test('the full text has every reference marked and linked', { skip }, async () => {
  const dispatch = await assertDrawn(await keyOf('629/LĐLĐ'));
  await page.mouse.click(dispatch.x, dispatch.y);
  await page.locator('#panel-title', { hasText: '629/LĐLĐ' }).waitFor();
  await page.click('[data-view=text]');
  await page.locator('.full-text a.ref').first().waitFor();
  assert.ok((await page.locator('.full-text a.ref').count()) >= 4, 'the directive (twice), 24-NQ/TW and 39-CTr/TU');
  assert.equal(await page.locator('.full-text a.ref', { hasText: /19-\s*CT\/TU/ }).count(), 2, 'both mentions of the directive, one written "19- CT/TU"');
  await page.locator('.full-text a.ref', { hasText: '25-NQ/TW' }).first().waitFor({ timeout: 5000 });
  assert.match(await page.locator('.full-text').innerText(), /Kính gửi/);
  await screenshot(page, '06-full-text');
});

test('lists show governing documents in a table that sorts', { skip }, async () => {
  await page.click('[data-view=lists]');
  const governing = page.locator('.list-table').first();
  await governing.locator('tbody tr').first().waitFor();
  await governing.locator('th button', { hasText: /Ngày/ }).click();
  assert.match(await governing.innerText(), /24-NQ\/TW/);
  assert.equal(await governing.locator('th[aria-sort=ascending]').count(), 1);
  await screenshot(page, '07-lists');
});

test('tracing from the dispatch to the central resolution explains each hop', { skip }, async () => {
  await page.click('[data-view=trace]');
  await pick('#trace-to', '24-NQ/TW', '24-NQ/TW');
  await page.waitForURL(/traceTo=/);
  const hop = page.locator('.hops li').first();
  await hop.waitFor();
  assert.match(await page.locator('.hops').innerText(), /24-NQ\/TW/);
  assert.ok((await hop.locator('blockquote').count()) === 1, 'each hop shows its sentence');
  await screenshot(page, '08-trace');
});

test('coverage of a central conclusion lists the provinces that implemented it', { skip }, async () => {
  await page.fill('#search', '02-KL/TW');
  await page.locator('#search-list [role=option]', { hasText: '02-KL/TW' }).first().click();
  await page.click('[data-view=coverage]');
  await page.locator('.coverage-summary').waitFor();
  assert.ok((await page.locator('table.coverage tbody tr').count()) >= 1, 'the Bình Phước document implementing it');
  await screenshot(page, '09-coverage');
});

test('the timeline puts the same documents on a dated axis', { skip }, async () => {
  await page.click('[data-view=timeline]');
  await page.waitForFunction(`document.querySelector('#graph')?.dataset.layout === 'timeline'`);
  await page.waitForTimeout(300);
  await screenshot(page, '10-timeline');
});

test('the graph exports as a PNG picture and as SVG', { skip }, async () => {
  await page.click('[data-view=graph]');
  await page.waitForFunction(`document.querySelector('#graph')?.dataset.layout !== 'timeline'`);
  await page.locator('.export summary').click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=png]')]);
  const pngBytes = readFileSync(await png.path());
  saveFile('11-export.png', pngBytes);
  assertPicture(pngBytes, 'exported PNG', 0.05);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=svg]')]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  assert.match(svgText, /^<svg /);
  assert.match(svgText, /Trung ương/);
  assert.match(svgText, /02-KL\/TW/);
  const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=graphml]')]);
  assert.match(readFileSync(await graphml.path(), 'utf8'), /<graphml[\s\S]*02-KL\/TW/);
  const [edgesCsv] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=csv-edges]')]);
  assert.match(readFileSync(await edgesCsv.path(), 'utf8'), /IMPLEMENTS|CITES/);
  await page.locator('#graph-nodes button').first().waitFor();
  await screenshot(page, '11-exported');
});

test('a shared link reopens the same view, and back/forward walk through the views', { skip }, async () => {
  await page.selectOption('#direction', 'BOTH');
  await page.waitForURL(/^(?!.*dir=UP)/);
  await page.locator('#graph-nodes[data-lineage*="|BOTH|3"] button').first().waitFor();
  const link = page.url();
  const labels = (await page.locator('#graph-nodes button').allInnerTexts()).sort();
  const other = await run.browser.newPage({ viewport: { width: 1280, height: 720 } });
  await other.goto(link);
  await other.locator('#graph-nodes[data-lineage*="|BOTH|3"] button').first().waitFor();
  assert.deepEqual((await other.locator('#graph-nodes button').allInnerTexts()).sort(), labels);
  assert.equal(await other.locator('#direction').inputValue(), 'BOTH');
  assert.equal(await other.locator('#depth').inputValue(), '3');
  assert.equal(await other.locator('[data-view=graph]').getAttribute('aria-pressed'), 'true');
  await other.screenshot({ path: 'test-output/screenshots/12-shared-link.png' });
  await other.close();

  await page.goBack();
  await page.waitForURL(/dir=UP/);
  assert.equal(await page.locator('#direction').inputValue(), 'UP');
  await page.locator('#graph-nodes[data-lineage*="|UP|3"] button').first().waitFor();
  await page.goForward();
  await page.waitForURL(/^(?!.*dir=UP)/);
  assert.equal(await page.locator('#direction').inputValue(), 'BOTH');
});

test('the graph can be used from the keyboard: arrows move the selection, the panel follows', { skip }, async () => {
  await page.focus('#graph');
  const before = await page.evaluate('window.policyGraph.selected()');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(`window.policyGraph.selected() !== ${JSON.stringify(before)}`);
  const selected = (await page.evaluate('window.policyGraph.selected()')) as string;
  const label = await page.locator(`#graph-nodes button[data-key="${selected}"]`).innerText();
  await page.locator('#panel-title', { hasText: label }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate('document.activeElement?.closest("#graph-nodes") !== null'), true, 'Tab reaches the list of drawn documents');
  assert.ok(await page.locator('#graph-nodes').isVisible(), 'the list shows while it has the focus');
  await screenshot(page, '13-keyboard');
});

test('the interface switches to English and stays so after a reload', { skip }, async () => {
  await page.click('#language');
  await page.locator('h1', { hasText: 'Policy document graph' }).waitFor();
  await page.waitForURL(/lang=en/);
  await page.reload();
  await page.locator('h1', { hasText: 'Policy document graph' }).waitFor();
  assert.equal(await page.locator('[data-view=coverage]').innerText(), 'Coverage');
  await screenshot(page, '14-english');
});

test('on a phone-sized screen the page fits its width', { skip }, async () => {
  const phone = await run.browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(page.url());
  await phone.locator('#graph-nodes button').first().waitFor();
  await phone.waitForTimeout(300);
  const width = (await phone.evaluate('document.documentElement.scrollWidth')) as number;
  assert.ok(width <= 391, `no sideways scrolling (${width}px)`);
  await phone.screenshot({ path: 'test-output/screenshots/15-phone.png', fullPage: true });
  await phone.close();
});

test('documents are added by dropping files; refused files say why', { skip }, async () => {
  await page.locator('.upload summary').click();
  await page.fill('#api-token', API_TOKEN);
  await page.setInputFiles('#upload-files', [
    {
      name: 'cong-van-45.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Số: 45/LĐLĐ\nV/v triển khai thực hiện Công văn số 629/LĐLĐ\nCao Bằng, ngày 02 tháng 8 năm 2017\nThực hiện Công văn số 629/LĐLĐ ngày 21/7/2017 của Liên đoàn Lao động tỉnh, Liên đoàn Lao động huyện triển khai như sau.\n', 'utf8'),
    },
    { name: 'anh-chup.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) },
  ]);
  await page.locator('.upload-messages .ok').waitFor();
  assert.match(await page.locator('.upload-messages').innerText(), /anh-chup\.jpg: this kind of file is not supported/);
  assert.match(await page.locator('.upload-messages .ok').innerText(), /cong-van-45\.txt: added/);
  await screenshot(page, '16-upload');
  await page.locator('.upload summary').click();
  await page.fill('#search', '45/LĐLĐ');
  await page.locator('#search-list [role=option]', { hasText: '45/LĐLĐ' }).first().waitFor();
});

test('text from documents is shown as text, never run as markup', { skip }, async () => {
  const hostile = 'V/v thực hiện <img src=x onerror="window.__injected=1"> Công văn số 629/LĐLĐ';
  await page.locator('.upload summary').click();
  await page.setInputFiles('#upload-files', [{
    name: 'cong-van-46.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Số: 46/LĐLĐ\n${hostile}\nCao Bằng, ngày 03 tháng 8 năm 2017\nThực hiện Công văn số 629/LĐLĐ <script>window.__injected=2</script> của Liên đoàn Lao động tỉnh.\n`, 'utf8'),
  }]);
  await page.locator('.upload-messages .ok', { hasText: 'cong-van-46.txt' }).waitFor();
  await page.locator('.upload summary').click();
  await pick('#search', '46/LĐLĐ', '46/LĐLĐ');
  await page.click('[data-view=text]');
  await page.locator('.full-text', { hasText: '<script>window.__injected=2</script>' }).waitFor();
  assert.equal(await page.locator('.full-text img, .full-text script, #panel img, #panel script').count(), 0);
  assert.equal(await page.evaluate('window.__injected === undefined'), true);
  assert.match(await page.locator('.full-text').innerText(), /<img src=x onerror=/);
  await screenshot(page, '17-escaped-text');
});
