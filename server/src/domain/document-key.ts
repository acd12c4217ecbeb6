// A canonical document key names one document however it was written, and differs
// whenever the documents differ. It is six fields joined by ":":
//
//   system : issuer : scope : type : number : period
//   party  : TW     : -     : NQ   : 41     : IX          Nghị quyết 41-NQ/TW, khóa IX (2004)
//   party  : TU     : cao-bang : CT : 19    : 2015        Chỉ thị 19-CT/TU of Tỉnh ủy Cao Bằng, term from 2015
//   state  : UBND   : hai-phong : KH : 9237 : 2014        Kế hoạch 9237/KH-UBND of 2014
//
// "-" means the field does not apply (a central issuer has no province scope);
// "?" means the text did not let us know it (no year, no province; "?.bao-lac" a district
// of an unnamed province). A key with "?" is
// a pattern: the store resolves it when exactly one known document matches, and keeps it
// as an unresolved placeholder listing the candidates otherwise. docs/identity.md has
// the full scheme and its examples.

export const UNKNOWN = '?';
export const NOT_APPLICABLE = '-';

export interface DocumentKeyParts {
  system: string;
  issuer: string;
  scope: string;
  type: string;
  number: string;
  period: string;
}

const FIELDS: (keyof DocumentKeyParts)[] = ['system', 'issuer', 'scope', 'type', 'number', 'period'];

/** Field values may not contain the separator; anything else is kept as given. */
function clean(value: string): string {
  const trimmed = value.trim().replace(/:/g, '.');
  return trimmed === '' ? UNKNOWN : trimmed;
}

export function formatDocumentKey(parts: DocumentKeyParts): string {
  return FIELDS.map((field) => clean(parts[field])).join(':');
}

export function parseDocumentKey(key: string): DocumentKeyParts | null {
  const values = key.split(':');
  if (values.length !== FIELDS.length) return null;
  const [system, issuer, scope, type, number, period] = values as [string, string, string, string, string, string];
  return { system, issuer, scope, type, number, period };
}

// A scope may be known in part: "?.bao-lac" is the district Bảo Lạc of a province the text
// does not name. Each dotted part is then matched on its own.
const isUnknown = (value: string): boolean => value === UNKNOWN || value.split('.').includes(UNKNOWN);

function fieldMatches(pattern: string, candidate: string): boolean {
  if (pattern === UNKNOWN || pattern === candidate) return true;
  if (!pattern.includes('.')) return false;
  const wanted = pattern.split('.');
  const held = candidate.split('.');
  return wanted.length === held.length && wanted.every((part, i) => part === UNKNOWN || part === held[i]);
}

/** True when the key leaves a field (or part of one) unknown, so that it can only be resolved by evidence. */
export function isPartialKey(key: string): boolean {
  const parts = parseDocumentKey(key);
  return parts !== null && FIELDS.some((field) => isUnknown(parts[field]));
}

/** True when `candidate` could be the document a partial `pattern` names. */
export function keyMatches(pattern: string, candidate: string): boolean {
  const p = parseDocumentKey(pattern);
  const c = parseDocumentKey(candidate);
  if (!p || !c) return pattern === candidate;
  return FIELDS.every((field) => fieldMatches(p[field], c[field]));
}
