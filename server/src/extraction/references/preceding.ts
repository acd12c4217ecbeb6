// Details written before a reference rather than after it, as news and recitals do:
// "Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Quy định số 37-QĐ/TW",
// "Ngày 5/3, UBND tỉnh Bến Tre ban hành Kế hoạch số 1102/KH-UBND" (the year is the page's),
// "UBND tỉnh Điện Biên vừa ban hành Quyết định số 2024/QĐ-UBND".

import { findDates, type DateOptions } from '../dates.ts';
import { readIssuer } from '../issuers.ts';

export interface Preceding {
  date: string | null;
  issuer: string | null;
  province: string | null;
}

const LOOKBACK = 160;
// "<issuer> (đã|vừa) (ký) ban hành" (or "có", "gửi") right before the type word, after a clause start.
const ISSUED_BY = /(?:^|[,.;:\n]\s*)((?:[Nn]gày\s+[^,\n]{3,30},\s*)?([^,.;:\n]{2,100}?))\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ký(?:\s+ban hành|\s+kết)?|ban hành|phát hành|có|gửi|ra)\s*$/u;
// "(BTQ) - Ngày 18/12, thay mặt Ban Bí thư, đồng chí … đã ký ban hành": the date opens the
// sentence (after a news agency's mark), clauses before the issuer.
const SENTENCE_DATE = /(?:^|[.\n])[ \t]*(?:\([^()\n]{1,20}\)[ \t]*[-–][ \t]*)?([Nn]gày[ \t]+[^,\n]{3,30}),[^.\n]*$/u;

// ISSUED_BY tries every clause start with a lazy run of up to 100 characters; most
// references follow no issuing verb at all, which this literal test tells at once.
const ISSUING_VERBS = ['ký', 'ký kết', 'ban hành', 'phát hành', 'có', 'gửi', 'ra'];

/** The date and issuer of "Ngày …, <issuer> ban hành" just before `start`, if written there. */
export function readPreceding(text: string, start: number, dates: DateOptions): Preceding | null {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  const trimmed = before.trimEnd();
  if (!ISSUING_VERBS.some((verb) => trimmed.endsWith(verb))) return null;
  const m = ISSUED_BY.exec(before);
  if (!m) return null;
  const clause = m[1]!;
  const opening = /^[Nn]gày/u.test(clause) ? clause : SENTENCE_DATE.exec(before)?.[1] ?? '';
  const date = opening ? findDates(opening, dates)[0] ?? null : null;
  const issuer = readIssuer(m[2]!.replace(/^(?:[Nn]gày\s+[^,\n]{3,30},\s*)/u, ''));
  if (!date?.iso && !issuer) return null;
  return { date: date?.iso ?? null, issuer: issuer?.name ?? null, province: issuer?.province ?? null };
}
