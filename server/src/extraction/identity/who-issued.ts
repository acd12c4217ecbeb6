// Who issued the document: the first source that names an issuer wins (header, body,
// a page's announcement, signature, filing line, the symbol's issuer code), and what
// it leaves out (the province) is completed from the others and from the place.

import { findProvinceOn, type Province } from '../../domain/provinces.ts';
import { findIssuerMentions, IssuerMentionReader, type Issuer } from '../issuers.ts';
import type { ParsedSymbol } from '../symbols.ts';
import type { Line } from './lines.ts';
import type { Announcement } from './news.ts';
import type { PlaceDate } from './place-date.ts';
import { BODY_SEARCH, bodyIssuer, filingIssuer, signatureIssuer, type FoundIssuer } from './issuer-sources.ts';
import { headerIssuers, headerProvince } from './header-issuers.ts';
import { completeIssuer, issuerForCode, soleProvinceNamed } from './issuer-completion.ts';

export interface IssuerContext {
  text: string;
  lines: readonly Line[];
  /** Clean offsets where the header begins and ends. */
  headerFrom: number;
  headerEnd: number;
  /** Clean offset where the body (the document's own prose) begins. */
  bodyFrom: number;
  symbol: ParsedSymbol | null;
  placeDate: PlaceDate | null;
  news: boolean;
  reproduced: Announcement | null;
  /** "CỦA BỘ CHÍNH TRỊ" written under the type line. */
  issuedBy: string | null;
  /** The document's date (ISO): names mean other provinces after the 2025 merger. */
  date: string | null;
}

// Committees whose Standing Committee signs "T/M BAN THƯỜNG VỤ".
const STANDING_OF: Readonly<Record<string, string>> = {
  'provincial-committee': 'standing-provincial', 'city-committee': 'standing-provincial',
  'district-committee': 'standing-district', 'urban-district-committee': 'standing-district', 'town-committee': 'standing-district',
};

/** What the sources read, each at most once per document. */
class SourceReads {
  private opening: IssuerMentionReader | null = null;
  private signatureRead: FoundIssuer | null | undefined;

  constructor(readonly ctx: IssuerContext) {}

  /**
   * The issuers the opening pages name, for the body's subject and the province: the
   * costliest read, so made only when the header leaves the issuer or its province open,
   * and only as far as the body's subject when nothing else needs them all.
   */
  mentions(): IssuerMentionReader {
    return (this.opening ??= new IssuerMentionReader(this.ctx.text.slice(0, Math.max(this.ctx.bodyFrom, 0) + BODY_SEARCH)));
  }

  signature(): FoundIssuer | null {
    if (this.signatureRead === undefined) this.signatureRead = signatureIssuer(this.ctx.lines);
    return this.signatureRead;
  }
}

const asList = (issuer: Issuer | null | undefined): Issuer[] | null => (issuer ? [issuer] : null);

// Sources strongest first. "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ" under a "BAN CHẤP HÀNH TRUNG
// ƯƠNG" header: the body named under the type comes first. (Functions of the reads rather
// than closures made per document: a text is read in a fraction of a millisecond, and
// making a dozen closures each time showed in its profile.)
const SOURCES: readonly ((reads: SourceReads) => readonly Issuer[] | null | undefined)[] = [
  ({ ctx }) => asList(ctx.issuedBy ? findIssuerMentions(ctx.issuedBy)[0]?.issuer : null),
  ({ ctx }) => (ctx.news ? null : headerIssuers(ctx.lines, ctx.headerFrom, ctx.headerEnd, isJointSymbol(ctx.symbol))?.issuers),
  (reads) => bodyIssuer(reads.ctx.text, reads.ctx.bodyFrom, reads.mentions())?.issuers,
  ({ ctx }) => asList(ctx.reproduced?.issuer?.issuer),
  (reads) => reads.signature()?.issuers,
  ({ ctx }) => filingIssuer(ctx.lines)?.issuers,
  ({ ctx }) => asList(ctx.symbol ? issuerForCode(ctx.symbol) : null),
];

function isJointSymbol(symbol: ParsedSymbol | null): boolean {
  return symbol !== null && (symbol.issuerCode ?? '').includes('-') && symbol.form !== 'party';
}

/** The province of the first of `issuers` that names one. */
function firstProvince(issuers: readonly Issuer[], date: string | null): Province | null {
  for (const issuer of issuers) {
    const province = issuer.province ? findProvinceOn(issuer.province, date) : null;
    if (province !== null) return province;
  }
  return null;
}

export function whoIssued(ctx: IssuerContext): { issuers: Issuer[]; term: string | null } {
  const { lines, headerEnd } = ctx;
  const reads = new SourceReads(ctx);
  // The first source that names an issuer gives the issuers.
  let issuers: Issuer[] = [];
  let next = 0;
  while (next < SOURCES.length && issuers.length === 0) issuers = [...(SOURCES[next++]!(reads) ?? [])];
  const chosen = issuers;

  const lead = issuers[0];
  // The signature says which body of the committee signed: "T/M BỘ CHÍNH TRỊ" under the
  // Central Committee's header, "T/M BAN THƯỜNG VỤ" under a Tỉnh ủy's.
  if (lead && issuers.length === 1) {
    const signed = reads.signature();
    const signer = signed?.issuers[0];
    if (signer && lead.kind === 'central-committee' && signer.code === 'TW' && signer.kind !== lead.kind) {
      issuers = [signer];
    } else if (signed && signed.issuers.length === 0 && STANDING_OF[lead.kind]) {
      issuers = [{ ...lead, name: `Ban Thường vụ ${lead.name}`, kind: STANDING_OF[lead.kind]! }];
    }
  }

  // The province completes a local issuer that does not name its own: the first province
  // any source names, in the same order (the chosen source first), then the header's, the
  // place's, or the one province the first pages name. Later sources are read only for it.
  let province: Province | null = null;
  if (issuers.some((i) => i.level !== 'central' && !i.province)) {
    province = firstProvince(chosen, ctx.date);
    while (province === null && next < SOURCES.length) province = firstProvince(SOURCES[next++]!(reads) ?? [], ctx.date);
    province ??= (ctx.news ? null : headerProvince(lines, ctx.headerFrom, headerEnd))
      ?? (ctx.placeDate?.place ? findProvinceOn(ctx.placeDate.place, ctx.date) : null)
      ?? soleProvinceNamed(reads.mentions().all());
  }
  const term = issuers.find((i) => i.term)?.term ?? null;
  return { issuers: issuers.map((i) => completeIssuer(i, province)), term };
}
