// A deliberately small extractor for pipeline tests, so they test ingestion (files,
// failures, re-ingests) and not the quality of the real extractor: the document's own
// number from its "Số" line, and every Party-style "số N-XX/YY" after it.

import type { ExtractionResult, Reference } from '../../server/src/domain/types.ts';

const OWN_NUMBER = /^(?:Số|So):?\s*([0-9]+[-/][\p{L}/-]+)/mu;
const REFERENCE = /(?:số|so)\s*([0-9]+)-(\p{Lu}+)\/(\p{Lu}+)/gu;

export function fakeExtract(text: string): ExtractionResult {
  const own = OWN_NUMBER.exec(text);
  const references: Reference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [surface, number, type, issuer] = match as unknown as [string, string, string, string];
    if (own && `${number}-${type}/${issuer}` === own[1]) continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const sentence = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    const implementing = /th[ựu]c hi[ệe]n/iu.test(text.slice(lineStart, match.index));
    references.push({
      type, number: `${number}-${type}/${issuer}`, issuer, date: null, term: null,
      relation: implementing ? 'implements' : 'cites', subject: 'self',
      surface, start: match.index, end: match.index + surface.length,
      cue: implementing ? 'thực hiện' : null, evidence: sentence,
      key: `party:${issuer}:-:${type}:${number}:-`,
    });
  }
  const number = own?.[1] ?? null;
  return {
    document: { type: null, number, issuer: null, date: null, place: null, title: null, key: number ? `test:-:-:-:${number}:-` : null },
    references,
  };
}
