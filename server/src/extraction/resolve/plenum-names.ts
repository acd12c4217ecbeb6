// "Nghị quyết Trung ương 8 khóa XI" and "Nghị quyết số 28-NQ/TW … của Hội nghị lần thứ tám
// Ban Chấp hành Trung ương Đảng khóa XI" are one resolution written two ways. A plenum named
// without its number takes the key of the one numbered Central Committee resolution of the
// text that fits it: same term, and the same plenum when the numbered one names its plenum.

import { parseDocumentKey } from '../../domain/document-key.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import type { NamedDocument } from './documents.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15,
};

/** "8", "tám", "mười hai" → 8, 8, 12. */
function plenumNumber(written: string): number | null {
  const folded = foldVietnamese(written).trim();
  return /^\d{1,2}$/.test(folded) ? Number(folded) : ORDINALS[folded] ?? null;
}

// "Hội nghị lần thứ tám Ban Chấp hành Trung ương", "Hội nghị Trung ương 8", in folded text.
const PLENUM_IN_ISSUER = /hoi nghi (?:lan thu )?(\d{1,2}|muoi(?: (?:mot|hai|ba|bon|lam))?|[a-z]+) (?:ban chap hanh|bch|trung uong|tw)|hoi nghi (?:trung uong|tw) (\d{1,2})/;
const CENTRAL_COMMITTEE = /ban chap hanh trung uong|bch ?tw|hoi nghi/;

interface Plenum { number: number | null; term: string }

function plenumOfNamed(doc: NamedDocument): Plenum | null {
  const m = doc.mention;
  if (m.symbol || m.type !== 'Nghị quyết' || !m.term || !m.name?.startsWith('Hội nghị Trung ương')) return null;
  const written = /^Hội nghị Trung ương (.+) khóa /u.exec(m.name)?.[1] ?? '';
  return { number: plenumNumber(written), term: m.term };
}

/** Whether a numbered resolution is the Central Committee's, of that term and (when it says) that plenum. */
function fits(doc: NamedDocument, plenum: Plenum, text: string): boolean {
  const symbol = doc.mention.symbol;
  if (!symbol || symbol.typeCode !== 'NQ' || symbol.issuerCode !== 'TW') return false;
  if (parseDocumentKey(doc.key)?.period !== plenum.term) return false;
  // The issuer as written after the number, where the plenum is named.
  const issuer = foldVietnamese(text.slice(doc.mention.coreEnd, doc.mention.end));
  if (!CENTRAL_COMMITTEE.test(issuer)) return false;
  const said = PLENUM_IN_ISSUER.exec(issuer);
  const number = said ? plenumNumber(said[1] ?? said[2] ?? '') : null;
  return number === null || plenum.number === null || number === plenum.number;
}

export function adoptNumberedPlenumResolutions(named: readonly (NamedDocument | null)[], text: string): void {
  for (const doc of named) {
    const plenum = doc ? plenumOfNamed(doc) : null;
    if (!doc || !plenum) continue;
    const keys = new Set(named.filter((other): other is NamedDocument => other !== null && fits(other, plenum, text)).map((other) => other.key));
    if (keys.size === 1) doc.key = [...keys][0]!;
  }
}
