// Pointers back ("Chỉ thị trên", "Nghị quyết này", "Chỉ thị của Tỉnh ủy", "Nghị quyết 41")
// resolved to their antecedent only when exactly one document fits; otherwise they are
// left unresolved and reported as nothing. "Công văn này" in a dispatch is the dispatch.
// Candidates are indexed once (by type, issuer code and number), so resolving stays linear.

import { canonicalNumber } from '../symbols.ts';
import { codeForTypeName } from '../document-types.ts';
import { readIssuer } from '../issuers.ts';
import type { Mention } from '../references/index.ts';
import type { NamedDocument, SelfIdentity } from './documents.ts';

export type Antecedent = { key: string; isSelf: boolean; mention: Mention } | null;

const typeCode = (type: string | null): string => codeForTypeName(type ?? '') ?? type ?? '';

/** Documents of one type by a feature, keeping the first mention of each key. */
class Index {
  private readonly byFeature = new Map<string, Map<string, NamedDocument>>();
  add(feature: string, doc: NamedDocument): void {
    const docs = this.byFeature.get(feature) ?? new Map<string, NamedDocument>();
    if (!docs.has(doc.key)) docs.set(doc.key, doc);
    this.byFeature.set(feature, docs);
  }
  sole(feature: string): NamedDocument | null {
    const docs = this.byFeature.get(feature);
    return docs && docs.size === 1 ? docs.values().next().value! : null;
  }
}

/** For every mention, the document an anaphor points to (null when unresolved or not an anaphor). */
export function resolveAnaphora(mentions: readonly Mention[], documents: readonly (NamedDocument | null)[], self: SelfIdentity): Antecedent[] {
  const anywhere = new Index();
  for (const doc of documents) {
    if (!doc || doc.isSelf) continue;
    const type = typeCode(doc.mention.type);
    if (doc.mention.symbol?.issuerCode) anywhere.add(`${type}|issuer|${doc.mention.symbol.issuerCode}`, doc);
    if (doc.mention.symbol) anywhere.add(`${type}|number|${canonicalNumber(doc.mention.symbol.number)}`, doc);
  }
  const earlier = new Index();
  return mentions.map((mention, index) => {
    const doc = documents[index];
    if (doc && !doc.isSelf) earlier.add(typeCode(doc.mention.type), doc);
    if (mention.kind !== 'anaphor' || !mention.anaphor) return null;
    const type = typeCode(mention.type);
    let found: NamedDocument | null = null;
    switch (mention.anaphor.form) {
      case 'this':
        if (self.type === null || typeCode(self.type) === type) return { key: self.key ?? 'self', isSelf: true, mention };
        found = earlier.sole(type);
        break;
      case 'above':
        found = earlier.sole(type);
        break;
      case 'by-issuer': {
        const code = mention.issuer ? readIssuer(mention.issuer)?.code : null;
        found = code ? anywhere.sole(`${type}|issuer|${code}`) : null;
        break;
      }
      case 'short-number':
        found = anywhere.sole(`${type}|number|${canonicalNumber(mention.anaphor.number ?? '')}`);
        break;
    }
    return found ? { key: found.key, isSelf: found.isSelf, mention: found.mention } : null;
  });
}
