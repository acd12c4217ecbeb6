// The subject line (trích yếu) of a dispatch: "V/v thực hiện Chỉ thị số 19-CT/TU" or
// "Về việc triển khai thực hiện Kết luận\n\nsố 02-KL/TW của Ban Bí thư (khóa XII)",
// which may run over several lines, with blank lines in between when columns were
// interleaved, until the motto, the place and date or the recipients.

import { isAllCaps, nextNonBlank, squash, type Line } from './lines.ts';
import { isStopLine } from './stop-lines.ts';

export interface SubjectLine {
  title: string;
  start: number;
  end: number;
}

// The subject opens its line, or follows another column: a gap, or a symbol ("Số: 415/LĐLĐ V/v …").
const OPENS_SUBJECT = /^(?:[^\n]*?(?:\t|[ ]{2,})|\s*S[ốỐ][^\n]*?(?<=[\d\p{Lu}])[ ])?\s*((?:V\/v|V\/V|v\/v|V\.v\.?|Về\s+việc|VỀ\s+VIỆC|Vv\.?)\s+\S.*)$/u;
const startsLower = (text: string): boolean => /^\s*[\p{Ll}(“"]/u.test(text);

/** The subject's own column of a line: up to a gap followed by the motto or the place and date. */
function ownColumn(text: string): string {
  const gap = /(?:\t|[ ]{2,})/gu;
  for (let m = gap.exec(text); m !== null; m = gap.exec(text)) {
    if (isStopLine(text.slice(m.index + m[0].length))) return text.slice(0, m.index);
  }
  return text;
}

/** The first subject line among the header lines. */
export function readSubjectLine(lines: readonly Line[], limit: number): SubjectLine | null {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = lines[i]!;
    const m = OPENS_SUBJECT.exec(line.text);
    if (!m) continue;
    if (/^\s*(?:Kính|Thực hiện|Căn cứ)/u.test(line.text)) continue;
    const parts = [ownColumn(m[1]!)];
    let end = line.end;
    let at = i;
    while (parts.length < 6) {
      const j = nextNonBlank(lines, at);
      if (j === -1) break;
      const text = lines[j]!.text;
      if (isStopLine(text) || /^\s*(?:V\/v|Về việc)/u.test(text)) break;
      const adjacent = j === at + 1;
      // A continuation starts lower case, or follows directly and is not a heading.
      if (!(startsLower(text) || (adjacent && !isAllCaps(text) && !/[.;:]\s*$/u.test(parts[parts.length - 1]!)))) break;
      parts.push(ownColumn(text));
      end = lines[j]!.end;
      at = j;
    }
    const title = squash(parts.join(' ')).replace(/[.;:]+$/u, '').trim();
    return { title, start: line.start + (m.index ?? 0) + line.text.indexOf(m[1]!), end };
  }
  return null;
}
