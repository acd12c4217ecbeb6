// Hands out numbers the way registries do: one sequence per issuer, type and period (the
// Party committee's term, or the calendar year for the State), with gaps for documents
// the corpus does not hold. Numbers of real documents placed in the corpus are reserved.

import { yearOf, type Day } from './calendar.ts';
import type { DocType } from './doc-types.ts';
import type { Issuer } from './issuers.ts';
import type { Random } from './random.ts';

export class Numbering {
  private readonly last = new Map<string, number>();
  private readonly reserved = new Set<string>();

  private period(issuer: Issuer, day: Day): string {
    const term = issuer.termAt(day);
    return term ? `term:${term.label}:${term.start}` : `year:${yearOf(day)}`;
  }

  private sequence(issuer: Issuer, type: DocType, day: Day): string {
    // Normative documents share one sequence per issuer and year whatever their type.
    const typePart = issuer.symbol.kind === 'normative' ? '*' : type.code;
    return `${issuer.numberingId}|${typePart}|${this.period(issuer, day)}`;
  }

  reserve(issuer: Issuer, type: DocType, day: Day, numeral: number): void {
    this.reserved.add(`${this.sequence(issuer, type, day)}|${numeral}`);
  }

  /** The next free number; `gap` is the largest step, larger for busy registries. */
  next(issuer: Issuer, type: DocType, day: Day, random: Random, gap: number): number {
    const key = this.sequence(issuer, type, day);
    let n = (this.last.get(key) ?? 0) + random.int(1, gap);
    while (this.reserved.has(`${key}|${n}`)) n++;
    this.last.set(key, n);
    return n;
  }
}

/** How far numbers jump between held documents: a People's Committee issues thousands a year. */
export function gapFor(issuer: Issuer, type: DocType): number {
  if (issuer.system === 'party') return issuer.level === 'central' ? 3 : type.code === 'CT' ? 2 : 6;
  if (issuer.level === 'central') return issuer.symbol.kind === 'normative' ? 60 : 400;
  if (type.code === 'QĐ') return 60;
  return type.code === '' ? 90 : 25;
}
