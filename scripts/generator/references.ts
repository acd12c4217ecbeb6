// How one document names another: "Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của
// Tỉnh ủy Cao Bằng", in the many shapes real texts use, with the noise of real typing.

import { writeDate, yearOf, type DateStyle } from './calendar.ts';
import type { DocSpec, LawSpec } from './document.ts';
import { breakLine } from './noise.ts';
import type { TextBuilder } from './text-builder.ts';

export interface ReferenceShape {
  /** Write the date: "always", "never", or let chance decide. */
  date: 'always' | 'never' | 'maybe';
  /** Name the issuer after "của". */
  issuer: boolean;
}

const DATE_STYLES: [DateStyle, number][] = [['words', 4], ['slash', 4], ['slashPadded', 2], ['dash', 1]];

function sameProvince(a: DocSpec, b: DocSpec): boolean {
  return a.issuer.province !== null && a.issuer.province === b.issuer.province;
}

/** What "của …" says: relative inside a province ("của Tỉnh ủy"), full otherwise. */
function issuerPhrase(b: TextBuilder, target: DocSpec, citing: DocSpec): string {
  const issuer = target.issuer;
  if (issuer.level === 'central') return b.random.pick(issuer.shortNames);
  if (sameProvince(target, citing) && target.issuer.level === citing.issuer.level) return b.random.pick(issuer.shortNames);
  if (sameProvince(target, citing) && target.issuer.level === 'province') return b.random.pick(issuer.shortNames);
  return issuer.name;
}

function termMarker(b: TextBuilder, target: DocSpec): string {
  const term = target.term ?? '';
  return b.random.pick([` (khóa ${term})`, ` khóa ${term}`, ` (Khóa ${term})`]);
}

export interface RenderedReference {
  text: string;
  /** The text alone says which document this is (date, term, or year in the symbol). */
  pinned: boolean;
}

export function renderReference(b: TextBuilder, target: DocSpec, citing: DocSpec, shape: ReferenceShape): RenderedReference {
  const r = b.random;
  const typeName = target.type.altNames.length > 0 && r.chance(0.3) ? r.pick(target.type.altNames) : target.type.name;
  let so = r.chance(0.82) ? ' số ' : ' ';
  if (so === ' số ' && b.tally.roll(r, b.noise, 'noSpaceAfterSo')) so = ' số';
  const symbol = b.symbol(target.number);
  const withDate = shape.date === 'always' || (shape.date === 'maybe' && r.chance(0.7));
  let datePart = '';
  if (withDate) {
    const style = r.weighted(DATE_STYLES);
    const written = writeDate(target.day, style);
    datePart = `${r.chance(0.6) ? ',' : ''} ${style === 'words' ? written : `ngày ${written}`}`;
  }
  const central = target.issuer.level === 'central' && target.issuer.system === 'party';
  const withTerm = central && shape.issuer && r.chance(0.4);
  const issuerPart = shape.issuer ? ` của ${issuerPhrase(b, target, citing)}${withTerm ? termMarker(b, target) : ''}` : '';
  let text = `${typeName}${so}${symbol}${datePart}${issuerPart}`;
  if (b.tally.roll(r, b.noise, 'lineBreakInReference')) text = breakLine(text, r);
  const normative = target.issuer.symbol.kind === 'normative';
  return { text, pinned: withDate || withTerm || normative };
}

export function renderLaw(b: TextBuilder, law: LawSpec): RenderedReference {
  const text = b.random.chance(0.6)
    ? `Luật ${law.name} ${writeDate(law.day, b.random.chance(0.5) ? 'words' : 'slash').replace(/^(\d)/, 'ngày $1')}`
    : `Luật ${law.name} năm ${yearOf(law.day)}`;
  return { text, pinned: true };
}

/** The subject of a referenced document as texts append it: "về …" or in quotes. */
export function titleAfter(b: TextBuilder, target: DocSpec): string {
  const title = target.title;
  if (b.random.chance(0.25)) return ` “${title.charAt(0).toLocaleUpperCase('vi')}${title.slice(1)}”`;
  return ` ${title}`;
}
