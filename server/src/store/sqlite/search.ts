// Ranked search: an exact number ("41-NQ/TW", "41nqtw", "629") outranks a number prefix,
// which outranks full-text relevance over folded number, type, issuer, title and body.
// A typed identifier read into key fields ("nghị quyết 41 2004", "ct 19 tu") ranks with the
// exact numbers. All words are required; when that finds nothing, any word will do.
import { foldVietnamese } from '../../domain/fold.ts';
import type { SearchPage, SearchQuery } from '../port.ts';
import { ftsQuery, searchTerms } from '../resolution/search-terms.ts';
import { provinceFilterKeys } from '../resolution/provinces.ts';
import type { Connection } from './connection.ts';
import { DOCUMENT_COLUMNS, toStoredDocument, type DocumentRow } from './rows.ts';

const FILTERS = `
  (@placeholders = 1 OR d.placeholder = 0)
  AND (@types IS NULL OR d.k_type IN (SELECT value FROM json_each(@types)) OR fold(d.type) IN (SELECT fold(value) FROM json_each(@types)))
  AND (@levels IS NULL OR d.level IN (SELECT value FROM json_each(@levels)))
  AND (@provinces IS NULL OR province_key(d.province) IN (SELECT value FROM json_each(@provinces)))
  AND (@issuer IS NULL OR fold(d.issuer) LIKE '%' || @issuer || '%')
  AND (@yearFrom IS NULL OR d.year >= @yearFrom)
  AND (@yearTo IS NULL OR d.year <= @yearTo)`;

const IDENTIFIER_HITS = `
  SELECT d.id, CASE WHEN d.number_compact = @identifier THEN 1000.0 ELSE 500.0 END AS score FROM documents d
  WHERE d.number_compact GLOB @identifier || '*'
    AND (length(d.number_compact) = length(@identifier) OR @identifier GLOB '*[^0-9]'
         OR substr(d.number_compact, length(@identifier) + 1, 1) NOT BETWEEN '0' AND '9')`;

// Column weights: number, type, issuer, title, body.
const KEY_FIELD_HITS = `
  SELECT d.id, 800.0 AS score FROM documents d
  WHERE d.k_number = @keyNumber AND (@keyType IS NULL OR d.k_type = @keyType) AND (@keyIssuer IS NULL OR d.k_issuer = @keyIssuer)
    AND (@keyYear IS NULL OR d.year = @keyYear OR d.k_period = @keyPeriod)`;

const TEXT_HITS = `SELECT id, score FROM text_hits`;
const TEXT_HITS_CTE = `text_hits(id, score) AS MATERIALIZED (
  SELECT rowid, -rank FROM document_search WHERE document_search MATCH @match AND rank MATCH 'bm25(10.0, 4.0, 3.0, 6.0, 1.0)')`;

const EVERY_DOCUMENT = `SELECT d.id, 0.0 AS score FROM documents d`;

/**
 * Scores are summed per document; filters apply; the total is counted on narrow rows and
 * only the requested page is joined back to full document rows.
 */
function rankedSql(sources: string[]): string {
  const fullText = sources.includes(TEXT_HITS) ? `${TEXT_HITS_CTE},` : '';
  return `WITH ${fullText} hits(id, score) AS (${sources.join(' UNION ALL ')}),
            best AS (SELECT id, sum(score) AS score FROM hits GROUP BY id),
            filtered AS MATERIALIZED (
              SELECT b.id, b.score, d.placeholder, d.date, d.key FROM best b JOIN documents d ON d.id = b.id WHERE ${FILTERS}),
            page AS (SELECT * FROM filtered ORDER BY score DESC, placeholder, date DESC, key LIMIT @first OFFSET @offset)
          SELECT ${DOCUMENT_COLUMNS}, p.score AS score, (SELECT count(*) FROM filtered) AS total
          FROM page p JOIN documents d ON d.id = p.id
          ORDER BY p.score DESC, p.placeholder, p.date DESC, p.key`;
}

type RankedRow = DocumentRow & { score: number; total: number };

export class Search {
  constructor(private readonly connection: Connection) {}

  search(query: SearchQuery): SearchPage {
    const terms = searchTerms(query.text);
    const filter = query.filter ?? {};
    const list = (values: string[] | undefined): string | null => (values && values.length > 0 ? JSON.stringify(values) : null);
    const base = {
      placeholders: filter.includePlaceholders === false ? 0 : 1,
      types: list(filter.types),
      levels: list(filter.levels),
      provinces: filter.provinces && filter.provinces.length > 0 ? JSON.stringify(provinceFilterKeys(filter.provinces)) : null,
      issuer: filter.issuer ? foldVietnamese(filter.issuer) : null,
      yearFrom: filter.yearFrom ?? null,
      yearTo: filter.yearTo ?? null,
      first: Math.max(0, query.first),
      offset: Math.max(0, query.offset),
    };
    if (terms.words.length === 0) return this.page(rankedSql([EVERY_DOCUMENT]), base);

    const sources = [...(terms.identifier ? [IDENTIFIER_HITS] : []), ...(terms.keyFields ? [KEY_FIELD_HITS] : []), TEXT_HITS];
    const key = terms.keyFields;
    const params = {
      ...base,
      identifier: terms.identifier ?? undefined,
      ...(key ? { keyNumber: key.number, keyType: key.type, keyIssuer: key.issuer, keyYear: key.year, keyPeriod: key.year === null ? null : String(key.year) } : {}),
    };
    const strict = this.page(rankedSql(sources), { ...params, match: ftsQuery(terms.words, 'all') });
    if (strict.totalCount > 0 || terms.words.length < 2) return strict;
    return this.page(rankedSql(sources), { ...params, match: ftsQuery(terms.words, 'any') });
  }

  private page(sql: string, params: Record<string, unknown>): SearchPage {
    const defined = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
    const rows = this.connection.sql(sql).all(defined) as RankedRow[];
    let totalCount = rows[0]?.total ?? 0;
    if (rows.length === 0 && ((params.offset as number) > 0 || params.first === 0)) {
      totalCount = (this.connection.sql(sql).all({ ...defined, offset: 0, first: 1 }) as RankedRow[])[0]?.total ?? 0;
    }
    return { items: rows.map((row) => ({ document: toStoredDocument(row), score: row.score })), totalCount };
  }
}
