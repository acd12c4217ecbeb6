// Coordinated references share what is written once: in "Quyết định số 217-QĐ/TW và
// Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị" both decisions have that
// date and issuer. Sharing goes backwards through "và" and commas (not semicolons, which
// separate references that each carry their own details), only between documents of the
// same issuer code, so that a Party resolution never takes a provincial issuer, and never
// over a date of its own that differs.

import type { Mention } from './mention.ts';

const COORDINATION = /^[\s,]*(?:và|cùng|hoặc|,)[\s]*(?:các[\s]+)?$/iu;

function coordinated(first: Mention, second: Mention, text: string): boolean {
  if (first.kind !== 'numbered' || second.kind !== 'numbered') return false;
  if (first.symbol?.issuerCode !== second.symbol?.issuerCode) return false;
  return COORDINATION.test(text.slice(first.end, second.start));
}

export function shareAcrossLists(mentions: Mention[], text: string): Mention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const first = mentions[i]!;
    const second = mentions[i + 1]!;
    // Only what the first one lacks, and a shared issuer only for the same date: "… 18-NQ/TW
    // ngày 25/10/2017 và … 19-NQ/TW ngày 25/10/2017 của Hội nghị …" share the issuer too.
    if (first.issuer || !coordinated(first, second, text)) continue;
    if (first.date && first.date !== second.date) continue;
    first.date ??= second.date;
    first.issuer = second.issuer;
    first.province = second.province;
    first.term ??= second.term;
    first.year ??= second.year;
  }
  return mentions;
}
