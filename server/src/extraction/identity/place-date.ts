// The "<place>, ngày … tháng … năm …" line of a header. It is the document's own date
// only when it stands as a line of its own (or a column of a flattened row): a date
// inside a sentence belongs to something the text talks about.

import { findProvince } from '../../domain/provinces.ts';
import { eachDate, type DateMatch } from '../dates.ts';

export interface PlaceDate {
  place: string | null;
  date: DateMatch;
}

// A place is one to six capitalised words, possibly "TP." first: "Cao Bằng", "TP. Hồ Chí Minh".
const PLACE_BEFORE = /(?:^|[\t|]|[ ]{2,}|\n)[ \t]*((?:(?:TP|Tp|T\.P)\.?[ \t]*|(?:Thành phố|Thị xã|Thị trấn|Huyện|Quận|Xã|Phường)[ \t]+)?\p{Lu}[\p{L}\p{M}]*(?:[ \t]*[-–][ \t]*\p{Lu}[\p{L}\p{M}]*|[ \t]+\p{Lu}[\p{L}\p{M}]*){0,5})[ \t]*,[ \t]*\n?[ \t]*$/u;
const ONLY_DATE_BEFORE = /(?:^|\n)[ \t]*$/u;
// Nothing more on the line, or only another column after a gap.
const REST_OF_LINE_EMPTY = /^[ \t).|]*(?:\n|$)|^[ ]*(?:\t|[ ]{2,})/u;
const NOT_PLACES = /^(?:Số|Ngày|Kính|Về|V\/v|Hôm|Sáng|Chiều|Tối|Trưa|Đêm|Từ|Đến)$/iu;

// Capitalised words just before the comma, when other columns were joined onto the line
// ("Số: 629/LĐLĐ Cao Bằng, ngày …"): the longest run of them that names a known place.
// The comma may be lost ("Cao Bằng ngày 21 …" in OCR output): the gazetteer still knows the place.
const WORDS_AT_END = /((?:\p{Lu}[\p{L}\p{M}]*[ \t]+){0,4}\p{Lu}[\p{L}\p{M}]*)[ \t]*,?[ \t]*\n?[ \t]*$/u;

const JOINED_NUMBER = /S[ốỐ]\s*:?\s*\d[^\s]*\s+$/u;

function knownPlaceAtEnd(before: string): string | null {
  const m = WORDS_AT_END.exec(before);
  const words = m?.[1]?.split(/[ \t]+/u) ?? [];
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(words.length - n).join(' ');
    if (!findProvince(candidate)) continue;
    // The place opens its line or column, or follows the number it was joined to
    // ("Số: 629/LĐLĐ Cao Bằng, ngày …"); "… tổ chức tại Cao Bằng, ngày 21/7" is a sentence.
    const lead = before.slice(0, before.length - m![0].length + m![1]!.length - candidate.length);
    if (/(?:^|\n|\t|[ ]{2,})[ \t]*$/u.test(lead) || JOINED_NUMBER.test(lead)) return candidate;
  }
  return null;
}

/**
 * The header's place and date. Dates that open a sentence ("Ngày 23/8/2017, Tỉnh ủy …")
 * or sit inside one are not taken.
 */
export function readPlaceDate(text: string, from = 0, to = text.length): PlaceDate | null {
  const region = text.slice(from, to);
  let dateOnly: PlaceDate | null = null;
  for (const date of eachDate(region)) {
    if (date.yearless || !REST_OF_LINE_EMPTY.test(region.slice(date.end, date.end + 40))) continue;
    const said = /^ng/iu.test(date.surface); // "ngày …", not bare figures
    const before = region.slice(Math.max(0, date.start - 120), date.start);
    const placed = PLACE_BEFORE.exec(before);
    const place = placed?.[1]?.replace(/\s+/gu, ' ').trim() ?? knownPlaceAtEnd(before);
    const shifted = { ...date, start: date.start + from, end: date.end + from };
    // Bare figures need a place the gazetteer knows: "Hà Nội, 21/7/2017".
    if (place && !NOT_PLACES.test(place.split(' ')[0]!) && (said || findProvince(place))) return { place, date: shifted };
    if (said && !dateOnly && ONLY_DATE_BEFORE.test(before)) dateOnly = { place: null, date: shifted };
  }
  return dateOnly;
}
