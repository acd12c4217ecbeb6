// What a document says about itself: type, number and symbol, issuer, level and
// province, place and date, subject line, recipients, the term of the issuing committee,
// and whether the text is an official document or a news page. Each part comes from the
// strongest place that states it (see issuer-sources.ts, news.ts); what no part of the
// text states stays null.

import type { DocumentIdentity, IssuerSystem, Level, Span } from '../../domain/types.ts';
import { findProvince } from '../../domain/provinces.ts';
import { normalise, type NormalisedText } from '../normalise.ts';
import { selfKey } from '../keys.ts';
import type { ParsedSymbol } from '../symbols.ts';
import { splitLines, type Line } from './lines.ts';
import { readNumberLine } from './number-line.ts';
import { readPlaceDate } from './place-date.ts';
import { readTypeLine } from './type-line.ts';
import { readSubjectLine } from './subject-line.ts';
import { readRecipients } from './recipients.ts';
import { announcesFullText, readAnnouncements, readHeadline, readPublication, type Announcement } from './news.ts';
import type { Issuer } from '../issuers.ts';
import { whoIssued } from './who-issued.ts';
import { readableTitle } from './readable-title.ts';
import { selfMentionSpans, selfTypeFromBody, typeFromSymbol } from './self-type.ts';

export interface IdentityReading extends DocumentIdentity {
  level: Level | null;
  province: string | null;
  /** Province slug (see domain/provinces.ts), for keys and filters. */
  provinceSlug: string | null;
  system: IssuerSystem | null;
  term: string | null;
  recipients: string[];
  genre: 'document' | 'news';
  key: string | null;
  /** Code of the issuer in symbols ("TU", "LĐLĐ"), from the symbol or the issuer. */
  issuerCode: string | null;
  /** Every issuer of a joint document, first one first. */
  issuers: Issuer[];
  /** A news page's publication date (ISO), else null. */
  publicationDate: string | null;
  /** The year that dates written without one take: the publication year of a page, else the document's year. */
  publicationYear: number | null;
  /** Where the text names itself (its number, its type line, "Công văn này"), in original offsets. */
  selfMentions: Span[];
}

const TYPE_LINE_SEARCH = 80;
const HEADER_LINES = 40;
const HEADER_LINES_ABOVE_NUMBER = 6;
const HEADER_CHARS = 6000;
const TAIL_CHARS = 3000;
const MOTTO = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|Cộng\s+h[òo]a\s+xã\s+hội|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do/u;

/** Offset of the first line of prose: the header ends before it. */
function firstProse(lines: readonly Line[]): number {
  for (const line of lines.slice(0, 200)) {
    const t = line.text.trim();
    if (/^(?:Kính\s+gửi|KÍNH\s+GỬI|Căn\s+cứ|Thực\s+hiện|Để\s|Nhằm\s)/u.test(t)) return line.start;
    if (t.length >= 80 && /\p{Ll}/u.test(t) && !/^(?:V\/v|Về\s+việc)/iu.test(t)) return line.start;
  }
  return lines[lines.length - 1]?.end ?? 0;
}

function yearOf(iso: string | null | undefined): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** Reads the identity of the document a text is; never throws. */
export function readDocumentIdentity(input: NormalisedText | string): IdentityReading {
  const normalised = typeof input === 'string' ? normalise(input) : input;
  try {
    return read(normalised);
  } catch {
    return emptyReading();
  }
}

function read(n: NormalisedText): IdentityReading {
  const text = n.text;
  const lines = splitLines(text);
  const numberLine = readNumberLine(text);
  const publication = readPublication(lines);
  // The place and date stand in the header, or in a few formats above the signature.
  const placeDate = readPlaceDate(text, 0, Math.min(text.length, HEADER_CHARS))
    ?? (text.length > HEADER_CHARS ? readPlaceDate(text, Math.max(HEADER_CHARS, text.length - TAIL_CHARS)) : null);
  const typeLine = readTypeLine(lines, TYPE_LINE_SEARCH);
  const subject = readSubjectLine(lines, HEADER_LINES);
  const recipients = readRecipients(lines, TYPE_LINE_SEARCH);
  const prose = firstProse(lines);
  // A page may put an introduction before the document's own header: then the header is
  // the few lines around the number line, and ends at the first prose after it.
  const numberLineIndex = numberLine ? lines.findIndex((l) => l.end >= numberLine.start) : -1;
  const embedded = numberLine !== null && numberLine.start > prose;
  const headerFrom = embedded ? lines[Math.max(0, numberLineIndex - HEADER_LINES_ABOVE_NUMBER)]!.start : 0;
  const headerProse = embedded ? firstProse(lines.slice(numberLineIndex + 1)) : prose;
  const inHeader = (offset: number): boolean => offset >= headerFrom && offset <= headerProse;
  // An official text shows its number, a type line or subject line, recipients or the motto;
  // a dated text with none of them is a page reporting on documents.
  const documentMarks = numberLine !== null || subject !== null || recipients.length > 0
    || (typeLine !== null && inHeader(typeLine.start)) || MOTTO.test(text.slice(0, HEADER_CHARS));
  const genreIsNews = !documentMarks && (publication !== null || placeDate !== null);
  const published = genreIsNews ? publication?.date ?? placeDate?.date ?? null : null;
  const publicationYear = genreIsNews ? yearOf(published?.iso) : yearOf(placeDate?.date.iso);

  // A page that publishes a document in full is that document.
  let reproduced: Announcement | null = null;
  if (genreIsNews) {
    const announcements = readAnnouncements(text, 0, Math.min(text.length, 4000), publicationYear);
    const typeLineAfter = (a: Announcement) => typeLine !== null && typeLine.start > a.end;
    reproduced = announcements.find((a) => typeLineAfter(a) || announcesFullText(text)) ?? null;
  }
  const isDocument = !genreIsNews || reproduced !== null;

  const symbol: ParsedSymbol | null = numberLine?.symbol ?? reproduced?.symbol ?? null;
  const number = symbol?.normalised ?? null;

  // A type line counts in the header (before the prose), or after a page's announcement.
  const headerTypeLine = typeLine && (genreIsNews ? reproduced !== null && typeLine.start > reproduced.end : inHeader(typeLine.start))
    ? typeLine : null;

  // Type: the symbol's code, the type line, the subject line of a dispatch, "Công văn này".
  let type: string | null = null;
  if (isDocument) {
    // A dispatch-form symbol ("629/LĐLĐ") only suggests a Công văn; a type line says more.
    const dispatchForm = symbol?.form === 'dispatch' && !symbol.typeCode;
    type = (symbol && !dispatchForm ? typeFromSymbol(symbol) : null) ?? reproduced?.type ?? headerTypeLine?.type
      ?? (symbol ? typeFromSymbol(symbol) : null) ?? selfTypeFromBody(text, subject !== null) ?? null;
  }

  // Issuer, from the strongest source that names one.
  const headerEnd = Math.min(headerTypeLine && !genreIsNews ? headerTypeLine.start : Infinity, headerProse);
  const { issuers, term } = isDocument
    ? whoIssued({ text, lines, headerFrom, headerEnd, symbol, placeDate, news: genreIsNews, reproduced, issuedBy: headerTypeLine?.issuedBy ?? null, bodyFrom: reproduced && typeLine ? typeLine.start : genreIsNews ? 0 : Math.min(headerEnd, text.length) })
    : { issuers: [], term: null };
  const issuer = issuers.length > 0 ? issuers.map((i) => i.name).join(' và ') : null;
  const lead = issuers[0] ?? null;
  const placeProvince = placeDate?.place ? findProvince(placeDate.place) : null;
  const province = lead?.level === 'central' ? null : (lead?.province ? findProvince(lead.province) : null) ?? (isDocument && !genreIsNews ? placeProvince : null);

  // Date and place.
  let date: string | null = null;
  if (genreIsNews) date = reproduced ? reproduced.date?.iso ?? null : published?.iso ?? null;
  else date = placeDate?.date.iso ?? null;
  const place = genreIsNews && (reproduced || publication) ? null : placeDate?.place ?? null;

  // Title: the subject line, the title under the type line, a page's headline.
  let title: string | null = null;
  if (isDocument) title = subject?.title ?? headerTypeLine?.title ?? null;
  if (title === null && genreIsNews) title = readHeadline(lines, publication)?.text.trim() ?? null;
  title = title === null ? null : readableTitle(title);

  const level: Level | null = lead?.level ?? null;
  const system: IssuerSystem | null = lead?.system ?? symbol?.system ?? null;
  const reading: IdentityReading = {
    type, number, issuer, date, place, title,
    level: isDocument ? level : null,
    province: isDocument ? province?.name ?? null : null,
    provinceSlug: isDocument ? province?.slug ?? null : null,
    system: isDocument ? system : null,
    term,
    recipients: isDocument ? recipients : [],
    genre: isDocument ? 'document' : 'news',
    key: null,
    issuerCode: symbol?.issuerCode ?? lead?.code ?? null,
    issuers,
    publicationDate: published?.iso ?? null,
    publicationYear: genreIsNews ? publicationYear : yearOf(date),
    selfMentions: [],
  };
  reading.key = number ? selfKey({ type, number, issuer, date, term, province: reading.province }) : null;
  reading.selfMentions = selfMentionSpans(n, { numberLine, typeLine: headerTypeLine, reproduced, type });
  return reading;
}

function emptyReading(): IdentityReading {
  return {
    type: null, number: null, issuer: null, date: null, place: null, title: null, level: null, province: null,
    provinceSlug: null, system: null, term: null, recipients: [], genre: 'document', key: null, issuerCode: null,
    issuers: [], publicationDate: null, publicationYear: null, selfMentions: [],
  };
}
