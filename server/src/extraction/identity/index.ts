// What a document says about itself: type, number and symbol, issuer, level and
// province, place and date, subject line, recipients, the term of the issuing committee,
// and whether the text is an official document or a news page. Each part comes from the
// strongest place that states it (see issuer-sources.ts, news.ts); what no part of the
// text states stays null.

import type { DocumentIdentity, IssuerSystem, Level, Span } from '../../domain/types.ts';
import { findProvinceOn } from '../../domain/provinces.ts';
import { normalise, type NormalisedText } from '../normalise.ts';
import { selfKey } from '../keys.ts';
import type { Issuer } from '../issuers.ts';
import type { ParsedSymbol } from '../symbols.ts';
import { readLayout } from './layout.ts';
import { readIssuedDateRow, readSummaryRow } from './metadata-rows.ts';
import { readHeadline } from './news.ts';
import { whoIssued } from './who-issued.ts';
import { readableTitle } from './readable-title.ts';
import { selfMentionSpans, selfTypeFromBody, typeFromSymbol } from './self-type.ts';

export interface IdentityReading extends DocumentIdentity {
  level: Level | null;
  province: string | null;
  /** Province slug (see domain/provinces.ts), for keys and filters. */
  provinceSlug: string | null;
  system: IssuerSystem | null;
  term: string | null;
  recipients: string[];
  genre: 'document' | 'news';
  key: string | null;
  /** Code of the issuer in symbols ("TU", "LĐLĐ"), from the symbol or the issuer. */
  issuerCode: string | null;
  /** Every issuer of a joint document, first one first. */
  issuers: Issuer[];
  /** A news page's publication date (ISO), else null. */
  publicationDate: string | null;
  /** The year that dates written without one take: the publication year of a page, else the document's year. */
  publicationYear: number | null;
  /** Where the text names itself (its number, its type line, "Công văn này"), in original offsets. */
  selfMentions: Span[];
}

const yearOf = (iso: string | null | undefined): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/** Reads the identity of the document a text is; never throws. */
export function readDocumentIdentity(input: NormalisedText | string): IdentityReading {
  const normalised = typeof input === 'string' ? normalise(input) : input;
  try {
    return read(normalised);
  } catch {
    return emptyReading();
  }
}

function read(n: NormalisedText): IdentityReading {
  const text = n.text;
  const layout = readLayout(text);
  const { lines, numberLine, placeDate, typeLine, subject, news, reproduced, published } = layout;
  const isDocument = !news || reproduced !== null;
  const symbol: ParsedSymbol | null = numberLine?.symbol ?? reproduced?.symbol ?? null;
  const number = symbol?.normalised ?? null;

  // Type: the symbol's code, the type line, the symbol's form, "Công văn này", a subject line.
  let type: string | null = null;
  if (isDocument) {
    // A dispatch-form symbol ("629/LĐLĐ") only suggests a Công văn; a type line says more.
    const dispatchForm = symbol?.form === 'dispatch' && !symbol.typeCode;
    type = (symbol && !dispatchForm ? typeFromSymbol(symbol) : null) ?? reproduced?.type ?? typeLine?.type
      ?? (symbol ? typeFromSymbol(symbol) : null) ?? selfTypeFromBody(text, subject !== null) ?? null;
  }

  // Date and place: the header's, a published document's, or a page's publication date.
  const date = news ? (reproduced ? reproduced.date?.iso ?? null : published?.iso ?? null) : placeDate?.date.iso ?? readIssuedDateRow(lines);
  const place = news && (reproduced || layout.publication) ? null : placeDate?.place ?? null;

  // Issuer, from the strongest source that names one.
  const headerEnd = Math.min(typeLine && !news ? typeLine.start : Infinity, layout.headerProse);
  const bodyFrom = reproduced && typeLine ? typeLine.start : news ? 0 : Math.min(headerEnd, text.length);
  const { issuers, term } = isDocument
    ? whoIssued({ text, lines, headerFrom: layout.headerFrom, headerEnd, bodyFrom, symbol, placeDate, news, reproduced, issuedBy: typeLine?.issuedBy ?? null, date })
    : { issuers: [], term: null };
  const issuer = issuers.length > 0 ? issuers.map((i) => i.name).join(' và ') : null;
  const lead = issuers[0] ?? null;
  const placeProvince = placeDate?.place && !news ? findProvinceOn(placeDate.place, date) : null;
  const province = !isDocument || lead?.level === 'central' ? null : (lead?.province ? findProvinceOn(lead.province, date) : null) ?? placeProvince;

  // Title: the subject line, the title under the type line, a page's headline.
  let title: string | null = isDocument ? subject?.title ?? readSummaryRow(lines) ?? typeLine?.title ?? null : null;
  if (title === null && news) title = readHeadline(lines, layout.publication)?.text.trim() ?? null;
  title = title === null ? null : readableTitle(title);

  const reading: IdentityReading = {
    type, number, issuer, date, place, title,
    level: isDocument ? lead?.level ?? null : null,
    province: province?.name ?? null,
    provinceSlug: province?.slug ?? null,
    system: isDocument ? lead?.system ?? symbol?.system ?? null : null,
    term,
    recipients: isDocument ? layout.recipients : [],
    genre: isDocument ? 'document' : 'news',
    key: null,
    issuerCode: symbol?.issuerCode ?? lead?.code ?? null,
    issuers,
    publicationDate: published?.iso ?? null,
    publicationYear: news ? yearOf(published?.iso) : yearOf(date),
    selfMentions: [],
  };
  reading.key = number ? selfKey({ type, number, issuer, date, term, province: reading.province }) : null;
  reading.selfMentions = selfMentionSpans(n, { numberLine, typeLine, reproduced, type });
  return reading;
}

function emptyReading(): IdentityReading {
  return {
    type: null, number: null, issuer: null, date: null, place: null, title: null, level: null, province: null,
    provinceSlug: null, system: null, term: null, recipients: [], genre: 'document', key: null, issuerCode: null,
    issuers: [], publicationDate: null, publicationYear: null, selfMentions: [],
  };
}
