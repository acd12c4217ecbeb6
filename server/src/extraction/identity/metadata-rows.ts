// Document portals print a document's particulars as a table before its text:
//   Số ký hiệu | 1520/QĐ-UBND
//   Ngày ban hành | 12/08/2022
//   Trích yếu | Phê duyệt Kế hoạch …
// flattened into a label line and a value line. When the text has no place-and-date line
// or subject line of its own, these rows give the document's date and title.

import { findDates } from '../dates.ts';
import { isBlank, nextNonBlank, squash, type Line } from './lines.ts';

const DATE_LABEL = /^\s*(?:Ngày\s+ban\s+hành|Ngày\s+ký|Ngày\s+văn\s+bản|Ban\s+hành\s+ngày)\s*:?\s*/iu;
const SUMMARY_LABEL = /^\s*(?:Trích\s+yếu(?:\s+nội\s+dung)?)\s*:?\s*/iu;
const ROWS_SEARCHED = 40;

/** The value of the first row with this label: the rest of its line, or the next line. */
function rowValue(lines: readonly Line[], label: RegExp): string | null {
  for (let i = 0; i < Math.min(lines.length, ROWS_SEARCHED); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const m = label.exec(line.text);
    if (!m) continue;
    const sameLine = line.text.slice(m[0].length);
    if (sameLine.trim() !== '') return sameLine;
    const next = nextNonBlank(lines, i);
    return next === -1 ? null : lines[next]!.text;
  }
  return null;
}

/** ISO date of a "Ngày ban hành" row, else null. */
export function readIssuedDateRow(lines: readonly Line[]): string | null {
  const value = rowValue(lines, DATE_LABEL);
  // The value is the whole cell: a date and nothing else of note.
  if (value === null || value.trim().length > 24) return null;
  return findDates(value).find((d) => !d.yearless && d.iso !== null)?.iso ?? null;
}

/** The "Trích yếu" row: what the document is about, else null. */
export function readSummaryRow(lines: readonly Line[]): string | null {
  const value = rowValue(lines, SUMMARY_LABEL);
  return value === null || value.trim() === '' ? null : squash(value);
}
