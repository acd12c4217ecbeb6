// The extractor: a pipeline of small pure stages over one text.
//   normalise → segment → recognise references → classify relations → resolve
// plus the document's own identity (identity/), which tells which mentions are the
// document itself and which province its local codes belong to. No I/O; never throws:
// whatever a stage fails on, the result holds what was found before it.

import type { DocumentIdentity, ExtractionResult, Reference } from '../domain/types.ts';
import { readDocumentIdentity, type IdentityReading } from './identity/index.ts';
import { unitNamedIn } from './keys.ts';
import { normalise } from './normalise.ts';
import { recogniseMentions } from './references/index.ts';
import { classifyMentions } from './relations/classify.ts';
import { resolveReferences } from './resolve/index.ts';
import { segmentSentences } from './segment.ts';

export interface ExtractOptions {
  /** Where the text came from (a file name), for callers that keep it; extraction does not read it. */
  source?: string;
}

const EMPTY_DOCUMENT: DocumentIdentity = { type: null, number: null, issuer: null, date: null, place: null, title: null };

/** The document's public identity: the reading without its working fields. */
function publicIdentity(reading: IdentityReading): DocumentIdentity {
  const { selfMentions: _spans, issuers: _issuers, provinceSlug: _slug, ...identity } = reading;
  return identity;
}

export function extract(text: string, _options: ExtractOptions = {}): ExtractionResult {
  let document: DocumentIdentity = { ...EMPTY_DOCUMENT };
  let references: Reference[] = [];
  try {
    const input = typeof text === 'string' ? text : String(text ?? '');
    const normalised = normalise(input);
    const identity = readDocumentIdentity(normalised);
    document = publicIdentity(identity);
    const sentences = segmentSentences(normalised.text);
    const mentions = recogniseMentions(normalised.text, { defaultYear: identity.publicationYear, notAfter: identity.publicationDate ?? identity.date });
    const classifications = classifyMentions(normalised.text, mentions, sentences);
    references = resolveReferences(normalised, mentions, classifications, {
      number: identity.number,
      type: identity.type,
      key: identity.key,
      province: identity.province,
      district: identity.level === 'district' ? identity.place : null,
      unit: identity.level === 'commune' ? unitNamedIn(identity.issuer) : null,
    });
  } catch {
    // A text the pipeline cannot read gives what was found so far, never an exception.
  }
  return { document, references };
}
