// Checks shared by several queries: numbers in range, documents that exist.
import type { EdgeKind, StoredDocument } from '../../store/port.ts';
import type { ApiContext } from './context.ts';
import { badInput, notFound } from './errors.ts';

export function requireRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${name}" must be between ${min} and ${max}; it was ${value}.`, { argument: name, min, max });
  }
  return value;
}

export async function requireDocument(context: ApiContext, key: string): Promise<StoredDocument> {
  if (key.trim() === '') throw badInput('A document key is needed.');
  const document = await context.loaders.document.load(key);
  if (!document) throw notFound(`The document "${key}"`);
  return document;
}

export function relationsOrAll(relations: EdgeKind[] | null | undefined): EdgeKind[] | undefined {
  return relations && relations.length > 0 ? relations : undefined;
}
