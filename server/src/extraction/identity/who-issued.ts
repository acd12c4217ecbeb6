// Who issued the document: the first source that names an issuer wins (header, body,
// a page's announcement, signature, filing line, the symbol's issuer code), and what
// it leaves out (the province) is completed from the others and from the place.

import { findProvinceOn, type Province } from '../../domain/provinces.ts';
import { findIssuerMentions, type Issuer } from '../issuers.ts';
import type { ParsedSymbol } from '../symbols.ts';
import type { Line } from './lines.ts';
import type { Announcement } from './news.ts';
import type { PlaceDate } from './place-date.ts';
import { BODY_SEARCH, bodyIssuer, filingIssuer, signatureIssuer } from './issuer-sources.ts';
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
  const header = ctx.news ? null : headerIssuers(lines, ctx.headerFrom, headerEnd, jointSymbol);
  // The issuers the opening pages name, read once for the body's subject and the province.
  const mentions = findIssuerMentions(text.slice(0, Math.max(ctx.bodyFrom, 0) + BODY_SEARCH));
  const body = bodyIssuer(text, ctx.bodyFrom, mentions);
  const signature = signatureIssuer(lines);
  const filing = filingIssuer(lines);
  const fromCode = symbol ? issuerForCode(symbol) : null;
  const announced = ctx.reproduced?.issuer?.issuer ?? null;
  // "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ" under a "BAN CHẤP HÀNH TRUNG ƯƠNG" header: the body named under the type.
  const issuedBy = ctx.issuedBy ? findIssuerMentions(ctx.issuedBy)[0]?.issuer ?? null : null;
  const candidates = [issuedBy ? [issuedBy] : null, header?.issuers, body?.issuers, announced ? [announced] : null, signature?.issuers, filing?.issuers, fromCode ? [fromCode] : null]
    .filter((list): list is Issuer[] => Array.isArray(list) && list.length > 0);
  let issuers = candidates[0] ?? [];
  const lead = issuers[0];
  // The signature says which body of the committee signed: "T/M BỘ CHÍNH TRỊ" under the
  // Central Committee's header, "T/M BAN THƯỜNG VỤ" under a Tỉnh ủy's.
  const signed = signature?.issuers[0];
  if (lead && issuers.length === 1 && signed && lead.kind === 'central-committee' && signed.code === 'TW' && signed.kind !== lead.kind) {
    issuers = [signed];
  } else if (lead && issuers.length === 1 && signature && signature.issuers.length === 0 && STANDING_OF[lead.kind]) {
    issuers = [{ ...lead, name: `Ban Thường vụ ${lead.name}`, kind: STANDING_OF[lead.kind]! }];
  }
  const term = issuers.find((i) => i.term)?.term ?? null;
  const hints: (Province | null)[] = [
    ...candidates.flat().map((i) => (i.province ? findProvinceOn(i.province, ctx.date) : null)),
    ctx.news ? null : headerProvince(lines, ctx.headerFrom, headerEnd),
    ctx.placeDate?.place ? findProvinceOn(ctx.placeDate.place, ctx.date) : null,
    soleProvinceNamed(mentions),
  ];
  const province = hints.find((p): p is Province => p !== null) ?? null;
  return { issuers: issuers.map((i) => completeIssuer(i, province)), term };
}
