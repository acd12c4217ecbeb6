// Who issued the document: the first source that names an issuer wins (header, body,
// a page's announcement, signature, filing line, the symbol's issuer code), and what
// it leaves out (the province) is completed from the others and from the place.

import { findProvince, type Province } from '../../domain/provinces.ts';
import type { Issuer } from '../issuers.ts';
import type { ParsedSymbol } from '../symbols.ts';
import type { Line } from './lines.ts';
import type { Announcement } from './news.ts';
import type { PlaceDate } from './place-date.ts';
import { bodyIssuer, filingIssuer, signatureIssuer } from './issuer-sources.ts';
import { headerIssuers, headerProvince } from './header-issuers.ts';
import { completeIssuer, issuerForCode, soleProvinceNamed } from './issuer-completion.ts';

export interface IssuerContext {
  text: string;
  lines: readonly Line[];
  /** Clean offset where the header ends. */
  headerEnd: number;
  /** Clean offset where the body (the document's own prose) begins. */
  bodyFrom: number;
  symbol: ParsedSymbol | null;
  placeDate: PlaceDate | null;
  news: boolean;
  reproduced: Announcement | null;
}

export function whoIssued(ctx: IssuerContext): { issuers: Issuer[]; term: string | null } {
  const { text, lines, headerEnd, symbol } = ctx;
  const jointSymbol = symbol !== null && (symbol.issuerCode ?? '').includes('-') && symbol.form !== 'party';
  const header = ctx.news ? null : headerIssuers(lines, headerEnd, jointSymbol);
  const body = bodyIssuer(text, ctx.bodyFrom);
  const signature = signatureIssuer(lines);
  const filing = filingIssuer(lines);
  const fromCode = symbol ? issuerForCode(symbol) : null;
  const announced = ctx.reproduced?.issuer?.issuer ?? null;
  const candidates = [header?.issuers, body?.issuers, announced ? [announced] : null, signature?.issuers, filing?.issuers, fromCode ? [fromCode] : null]
    .filter((list): list is Issuer[] => Array.isArray(list) && list.length > 0);
  let issuers = candidates[0] ?? [];
  // "T/M BAN THƯỜNG VỤ" with "Lưu Văn phòng Tỉnh ủy": the Standing Committee of the Tỉnh ủy.
  if (!header && signature && signature.issuers.length === 0 && issuers[0]?.kind === 'provincial-committee') {
    issuers = [{ ...issuers[0], name: `Ban Thường vụ ${issuers[0].name}`, kind: 'standing-provincial' }];
  }
  const term = issuers.find((i) => i.term)?.term ?? null;
  const hints: (Province | null)[] = [
    ...candidates.flat().map((i) => (i.province ? findProvince(i.province) : null)),
    ctx.news ? null : headerProvince(lines, headerEnd),
    ctx.placeDate?.place ? findProvince(ctx.placeDate.place) : null,
    soleProvinceNamed(text),
  ];
  const province = hints.find((p): p is Province => p !== null) ?? null;
  return { issuers: issuers.map((i) => completeIssuer(i, province)), term };
}
