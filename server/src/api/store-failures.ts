// How a typed store error reaches a client. A store that cannot be reached is the server's
// passing trouble: 503, a code a client can retry on, and no connection details (they are
// logged). Input the store refuses is the client's to fix: BAD_USER_INPUT, with the reason.
import { StoreError } from '../store/errors.ts';

export interface StoreFailure {
  status: 400 | 503;
  code: 'BAD_USER_INPUT' | 'STORE_UNAVAILABLE';
  message: string;
}

export const STORE_UNAVAILABLE_MESSAGE = 'The graph store is unavailable just now: try again shortly.';

/** The client-facing failure for a store error, or null for any other error (masked as unexpected). */
export function storeFailureOf(error: unknown): StoreFailure | null {
  if (!(error instanceof StoreError)) return null;
  if (error.code === 'STORE_UNAVAILABLE') return { status: 503, code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE };
  if (error.code === 'STORE_INVALID_INPUT') return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
  return null;
}
