// Every annotated case, grouped by theme. Adding a case: put it in the theme file it
// belongs to (or a new one listed here); ids must stay unique and stable.
import type { CorpusCase } from './case.ts';
import { citationForms } from './citation-forms.ts';
import { freshCasesMore } from './held-out-forms.ts';
import { freshLongDocuments } from './held-out-long.ts';
import { freshRecentDocuments } from './held-out-recent.ts';
import { freshCases } from './held-out-short.ts';
import { freshWebPages } from './held-out-web-pages.ts';
import { listsAndTerms } from './lists-and-terms.ts';
import { malformedSymbols } from './malformed-symbols.ts';
import { massOrganisations } from './mass-organisations.ts';
import { negatives } from './negatives.ts';
import { newsPages } from './news-pages.ts';
import { partyDocuments } from './party-documents.ts';
import { relationsAndAnaphora } from './relations-and-anaphora.ts';
import { stateDocuments } from './state-documents.ts';
import { textDamage } from './text-damage.ts';

export type { CorpusCase, ExpectedDocument, ExpectedReference } from './case.ts';

export const corpus: readonly CorpusCase[] = [
  ...partyDocuments,
  ...stateDocuments,
  ...massOrganisations,
  ...newsPages,
  ...textDamage,
  ...malformedSymbols,
  ...listsAndTerms,
  ...relationsAndAnaphora,
  ...citationForms,
  ...negatives,
  // Written after the extractor had been tuned on the cases above, and measured before it
  // saw them (docs/extraction.md gives both figures).
  ...freshCases,
  ...freshCasesMore,
  ...freshLongDocuments,
  ...freshRecentDocuments,
  ...freshWebPages,
];
