// Which document each mention names. Every numbered or named mention gets a canonical key;
// mentions of the same symbol whose key leaves a field unknown take the key of the one
// complete mention they can only mean ("Nghị quyết số 24-NQ/TW" later in a text that
// first wrote "24-NQ/TW, ngày 03/6/2013 … (khóa XI)"). Mentions of the document itself
// are marked, never reported.

import { keyMatches, isPartialKey } from '../../domain/document-key.ts';
import { codeForTypeName } from '../document-types.ts';
import { documentKey, nameSlug } from '../keys.ts';
import { canonicalNumber } from '../symbols.ts';
import type { Mention } from '../references/index.ts';

export interface SelfIdentity {
  number: string | null;
  type: string | null;
  key: string | null;
  province: string | null;
  /** The document's district, when it is a district-level document. */
  district?: string | null;
  /** The document's own unit, when it is a commune or unit document ("xa-lam-phong"). */
  unit?: string | null;
}

export interface NamedDocument {
  mention: Mention;
  key: string;
  isSelf: boolean;
}

function keyOf(mention: Mention, self: SelfIdentity): string {
  return documentKey(
    {
      number: mention.symbol?.normalised ?? null,
      type: mention.type,
      issuer: mention.issuer,
      date: mention.date ?? mention.year,
      term: mention.term,
      name: mention.name,
      province: mention.province,
    },
    { province: self.province, district: self.district ?? null, unit: self.unit ?? null },
  );
}

/** Same written document: same symbol (or name) and type code. */
function groupName(mention: Mention): string {
  const type = codeForTypeName(mention.type ?? '') ?? mention.type ?? '';
  if (mention.symbol) return `${canonicalNumber(mention.symbol.normalised).toUpperCase()}|${mention.symbol.typeCode ?? type}`;
  return `${type}|${nameSlug(mention.name ?? '')}`;
}

const HEADER_LENGTH = 3000;

const sameNumber = (a: string, b: string): boolean =>
  a.replace(/\s+/g, '').toUpperCase().replace(/^0+(?=\d)/, '') === b.replace(/\s+/g, '').toUpperCase().replace(/^0+(?=\d)/, '');

function isSelfMention(mention: Mention, key: string, self: SelfIdentity, headerNumber: Mention | null): boolean {
  if (mention === headerNumber) return true;
  if (self.key !== null && key === self.key) return true;
  if (!self.number || !mention.symbol || !sameNumber(mention.symbol.normalised, self.number)) return false;
  return self.key === null || keyMatches(key, self.key) || keyMatches(self.key, key);
}

/** "Luật Bảo vệ môi trường" names the one law the text also cites as "Luật Bảo vệ môi trường số 72/2020/QH14". */
function adoptNumberedLawNames(named: (NamedDocument | null)[]): void {
  const numberedByName = new Map<string, Set<string>>();
  for (const doc of named) {
    if (!doc?.mention.symbol || !doc.mention.name) continue;
    const name = nameSlug(doc.mention.name);
    numberedByName.set(name, (numberedByName.get(name) ?? new Set()).add(doc.key));
  }
  for (const doc of named) {
    if (!doc || doc.mention.symbol || !doc.mention.name) continue;
    const keys = numberedByName.get(nameSlug(doc.mention.name));
    if (keys?.size === 1) doc.key = [...keys][0]!;
  }
}

/** Keys for every mention that names a document; anaphors are left to the anaphora stage. */
export function nameDocuments(mentions: readonly Mention[], self: SelfIdentity): (NamedDocument | null)[] {
  const named = mentions.map((mention) =>
    mention.kind === 'anaphor' ? null : { mention, key: keyOf(mention, self), isSelf: false },
  );
  const groups = new Map<string, NamedDocument[]>();
  for (const doc of named) {
    if (!doc) continue;
    const name = groupName(doc.mention);
    const group = groups.get(name) ?? [];
    group.push(doc);
    groups.set(name, group);
  }
  for (const group of groups.values()) {
    const distinct = [...new Set(group.map((d) => d.key))];
    // (Each key is parsed once, not twice: parsing keys showed in the profiles of short texts.)
    const complete: string[] = [];
    const partial: string[] = [];
    for (const key of distinct) (isPartialKey(key) ? partial : complete).push(key);
    const adopted = new Map<string, string>();
    for (const key of partial) {
      // A partial key takes the one complete key it fits; with none complete, the one richer partial key.
      const pool = complete.length > 0 ? complete : distinct.filter((k) => k !== key);
      const fits = pool.filter((k) => keyMatches(key, k));
      if (fits.length === 1) adopted.set(key, fits[0]!);
    }
    for (const doc of group) doc.key = adopted.get(doc.key) ?? doc.key;
  }
  adoptNumberedLawNames(named);
  // The first "Số: …" line of the header is the document's own number, whatever the identity
  // could make of it; later ones may list other documents.
  const headerNumber = mentions.find((m) => m.ownNumberLine && m.start < HEADER_LENGTH) ?? null;
  for (const doc of named) if (doc) doc.isSelf = isSelfMention(doc.mention, doc.key, self, headerNumber);
  return named;
}
