// Web pages: the article, without the page around it. Menus, headers, footers, side
// bars, share bars and comments are dropped; block elements become lines and table
// rows become "a | b" lines, so the extractor sees the text as a reader does.

import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const NEVER_TEXT = 'script, style, noscript, template, svg, canvas, iframe, object, form, button, select, input, textarea';
const PAGE_CHROME = 'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
/** Outside the article, the site's own header and footer are chrome too. */
const OUTER_CHROME = 'header, footer';
const CHROME_NAME = /(^|[-_])(nav|navbar|menu|breadcrumbs?|share|sharing|social|comments?|related|sidebar|widget|advert|ads|banner|cookie|popup|modal|subscribe|newsletter|tags|pagination|footer|header|topbar|toolbar)([-_]|$)/i;
/** An element that holds these is the content, whatever its class says. */
const CONTENT = 'article, main, [role="main"], h1, [itemprop="articleBody"]';

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tr', 'ul', 'title',
]);

function isChromeByName(element: Element): boolean {
  const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((name) => CHROME_NAME.test(name));
}

function collectText(node: AnyNode, out: string[]): void {
  if (node.type === 'text') { out.push(node.data.replace(/\s+/g, ' ')); return; }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.type === 'tag' ? node.name.toLowerCase() : '';
  const block = BLOCKS.has(name);
  if (block) out.push('\n');
  node.children.forEach((child, index) => {
    if (name === 'tr' && index > 0 && child.type === 'tag' && (child.name === 'td' || child.name === 'th')) out.push(' | ');
    collectText(child, out);
  });
  if (block) out.push('\n');
}

export function htmlTextOf(html: string): string {
  const $ = cheerio.load(html);
  $(NEVER_TEXT).remove();
  $(PAGE_CHROME).remove();
  // A wrapper named like chrome ("page has-sidebar") but holding most of the page is the content.
  const pageLength = $('body').text().length;
  const holdsContent = (element: Element): boolean =>
    $(element).is(CONTENT) || $(element).find(CONTENT).length > 0 || $(element).text().length > pageLength / 2;
  $(OUTER_CHROME)
    .filter((_, element) => $(element).closest('article, main, [role="main"]').length === 0 && !holdsContent(element))
    .remove();
  $('[class], [id]')
    .filter((_, element) => isChromeByName(element) && !holdsContent(element))
    .remove();

  const title = $('head > title').first().text().trim();
  const body = $('body').get(0) ?? $.root().get(0);
  const parts: string[] = [];
  if (body) collectText(body, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  // The <title> matters only when the page shows no headline of its own.
  return $('h1').length === 0 && title !== '' && !text.startsWith(title) ? `${title}\n${text}` : text;
}
