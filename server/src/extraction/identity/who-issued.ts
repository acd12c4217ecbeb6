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

export function whoIssued(ctx: IssuerContext): { issuers: Issuer[]; term: string | null } {
  const { text, lines, headerEnd, symbol } = ctx;
  const jointSymbol = symbol !== null && (symbol.issuerCode ?? '').includes('-') && symbol.form !== 'party';
  // The issuers the opening pages name, for the body's subject and the province: the
  // costliest read, so made only when the header leaves the issuer or its province open,
  // and only as far as the body's subject when nothing else needs them all.
  let opening: IssuerMentionReader | null = null;
  const mentions = (): IssuerMentionReader => (opening ??= new IssuerMentionReader(text.slice(0, Math.max(ctx.bodyFrom, 0) + BODY_SEARCH)));
  let signatureRead: FoundIssuer | null | undefined;
  const signature = (): FoundIssuer | null => (signatureRead === undefined ? (signatureRead = signatureIssuer(lines)) : signatureRead);
  const provinceOf = (i: Issuer): Province | null => (i.province ? findProvinceOn(i.province, ctx.date) : null);

  // Sources strongest first. "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ" under a "BAN CHẤP HÀNH TRUNG
  // ƯƠNG" header: the body named under the type comes first.
  const sources: (() => readonly Issuer[] | null | undefined)[] = [
    () => {
      const issuedBy = ctx.issuedBy ? findIssuerMentions(ctx.issuedBy)[0]?.issuer ?? null : null;
      return issuedBy ? [issuedBy] : null;
    },
    () => (ctx.news ? null : headerIssuers(lines, ctx.headerFrom, headerEnd, jointSymbol)?.issuers),
    () => bodyIssuer(text, ctx.bodyFrom, mentions())?.issuers,
    () => (ctx.reproduced?.issuer?.issuer ? [ctx.reproduced.issuer.issuer] : null),
    () => signature()?.issuers,
    () => filingIssuer(lines)?.issuers,
    () => {
      const fromCode = symbol ? issuerForCode(symbol) : null;
      return fromCode ? [fromCode] : null;
    },
  ];
  // The first source that names an issuer gives the issuers.
  let issuers: Issuer[] = [];
  let next = 0;
  while (next < sources.length && issuers.length === 0) issuers = [...(sources[next++]!() ?? [])];
  const chosen = issuers;

  const lead = issuers[0];
  // The signature says which body of the committee signed: "T/M BỘ CHÍNH TRỊ" under the
  // Central Committee's header, "T/M BAN THƯỜNG VỤ" under a Tỉnh ủy's.
  if (lead && issuers.length === 1) {
    const signed = signature();
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
    province = chosen.map(provinceOf).find((p): p is Province => p !== null) ?? null;
    while (province === null && next < sources.length) {
      province = (sources[next++]!() ?? []).map(provinceOf).find((p): p is Province => p !== null) ?? null;
    }
    province ??= (ctx.news ? null : headerProvince(lines, ctx.headerFrom, headerEnd))
      ?? (ctx.placeDate?.place ? findProvinceOn(ctx.placeDate.place, ctx.date) : null)
      ?? soleProvinceNamed(mentions().all());
  }
  const term = issuers.find((i) => i.term)?.term ?? null;
  return { issuers: issuers.map((i) => completeIssuer(i, province)), term };
}
