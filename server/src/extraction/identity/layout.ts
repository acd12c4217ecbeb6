// The layout of the opening of a text: where its header parts are (number line, place
// and date, type line, subject line, recipients), where prose begins, and whether it is
// an official document or a page reporting on documents (a news page), possibly one
// that publishes a document in full.

import type { DateMatch } from '../dates.ts';
import { isAllCaps, splitLines, type Line } from './lines.ts';
import { readNumberLine, type NumberLine } from './number-line.ts';
import { readPlaceDate, type PlaceDate } from './place-date.ts';
import { readTypeLine, type TypeLine } from './type-line.ts';
import { readSubjectLine, type SubjectLine } from './subject-line.ts';
import { readRecipients } from './recipients.ts';
import { announcesFullText, readAnnouncements, readPublication, type Announcement, type Publication } from './news.ts';

export interface Layout {
  lines: Line[];
  numberLine: NumberLine | null;
  placeDate: PlaceDate | null;
  /** The type line when it belongs to the document's header (or follows a page's announcement). */
  typeLine: TypeLine | null;
  subject: SubjectLine | null;
  recipients: string[];
  /** Clean offsets of the document's header: from its first line to the first prose after it. */
  headerFrom: number;
  headerProse: number;
  news: boolean;
  publication: Publication | null;
  /** A news page's date: its publication line, or a lone place-and-date line. */
  published: DateMatch | null;
  /** What a page announces and publishes in full: then the page is that document. */
  reproduced: Announcement | null;
}

const TYPE_LINE_SEARCH = 80;
const SUBJECT_SEARCH = 40;
const HEADER_LINES_ABOVE_NUMBER = 6;
const HEADER_CHARS = 6000;
const TAIL_CHARS = 3000;
const ANNOUNCEMENT_SEARCH = 4000;
const MOTTO = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|Cộng\s+h[òo]a\s+xã\s+hội|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do/u;
const OPENS_PROSE = /^(?:Kính\s+gửi|KÍNH\s+GỬI|Căn\s+cứ|Thực\s+hiện|Để\s|Nhằm\s)/u;

/** Offset of the first line of prose: a header ends before it. */
function firstProse(lines: readonly Line[]): number {
  for (const line of lines.slice(0, 200)) {
    const t = line.text.trim();
    if (OPENS_PROSE.test(t)) return line.start;
    if (t.length >= 80 && /\p{Ll}/u.test(t) && !/^(?:V\/v|Về\s+việc)/iu.test(t)) return line.start;
  }
  return lines[lines.length - 1]?.end ?? 0;
}

const yearOf = (iso: string | null | undefined): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/** An offset inside a span, both ends included. */
const within = (span: { from: number; to: number }, offset: number): boolean => offset >= span.from && offset <= span.to;

export function readLayout(text: string): Layout {
  const lines = splitLines(text);
  const numberLine = readNumberLine(text);
  const publication = readPublication(lines);
  // The place and date stand in the header, or in a few formats above the signature.
  const placeDate = readPlaceDate(text, 0, Math.min(text.length, HEADER_CHARS))
    ?? (text.length > HEADER_CHARS ? readPlaceDate(text, Math.max(HEADER_CHARS, text.length - TAIL_CHARS)) : null);
  const typeLine = readTypeLine(lines, TYPE_LINE_SEARCH);
  const subjectLine = readSubjectLine(lines, SUBJECT_SEARCH);
  const recipients = readRecipients(lines, TYPE_LINE_SEARCH);

  // A page may put an introduction before the document's own header: then the header is
  // the few lines above the number line, and ends at the first prose after it.
  const prose = firstProse(lines);
  const numberLineIndex = numberLine ? lines.findIndex((l) => l.end >= numberLine.start) : -1;
  const embedded = numberLine !== null && numberLine.start > prose;
  const headerFrom = embedded ? lines[Math.max(0, numberLineIndex - HEADER_LINES_ABOVE_NUMBER)]!.start : 0;
  const headerProse = embedded ? firstProse(lines.slice(numberLineIndex + 1)) : prose;
  const header = { from: headerFrom, to: headerProse };
  // "V/v …" in a list in the body ("- Công văn số 12/UBND V/v …") is not the document's own.
  const subject = subjectLine && within(header, subjectLine.start) ? subjectLine : null;

  // An official text shows its number, a type or subject line, recipients or the motto;
  // a dated text with none of them is a page reporting on documents.
  // On a page with a publication line, a type name in mixed case alone on its line is a
  // menu item ("Văn bản", "Thông báo"), not a document's heading ("KẾ HOẠCH").
  const menuItem = typeLine !== null && publication !== null && !isAllCaps(text.slice(typeLine.start, typeLine.end));
  const documentMarks = numberLine !== null || subject !== null || recipients.length > 0
    || (typeLine !== null && within(header, typeLine.start) && !menuItem) || MOTTO.test(text.slice(0, HEADER_CHARS));
  const news = !documentMarks && (publication !== null || placeDate !== null);
  const published = news ? publication?.date ?? placeDate?.date ?? null : null;

  let reproduced: Announcement | null = null;
  if (news) {
    const announcements = readAnnouncements(text, 0, Math.min(text.length, ANNOUNCEMENT_SEARCH), yearOf(published?.iso));
    reproduced = announcements.find((a) => (typeLine !== null && typeLine.start > a.end) || announcesFullText(text)) ?? null;
  }
  const ownTypeLine = typeLine && (news ? reproduced !== null && typeLine.start > reproduced.end : within(header, typeLine.start)) ? typeLine : null;

  return {
    lines, numberLine, placeDate, typeLine: ownTypeLine, subject, recipients, headerFrom, headerProse,
    news, publication, published, reproduced,
  };
}
