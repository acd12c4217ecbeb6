// Writes need `Authorization: Bearer <API_TOKEN>`. The token is compared in constant time
// (both sides hashed first, so even their lengths leak nothing).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ErrorCode } from '../graphql/errors.ts';

export type WriteAccess = 'granted' | 'unconfigured' | 'missing' | 'wrong';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export function writeAccess(authorization: string | undefined, apiToken: string | undefined): WriteAccess {
  if (!apiToken) return 'unconfigured';
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return 'missing';
  return timingSafeEqual(digest(match[1].trim()), digest(apiToken)) ? 'granted' : 'wrong';
}

/** Why a write was refused, or null when it may go ahead. */
export function writeRefusal(access: WriteAccess): { code: ErrorCode; message: string } | null {
  switch (access) {
    case 'granted':
      return null;
    case 'unconfigured':
      return {
        code: 'FORBIDDEN',
        message:
          'Writes are disabled on this server: no API_TOKEN is configured. Start the server with API_TOKEN=<a long secret> ' +
          'and send it as "Authorization: Bearer <the secret>".',
      };
    case 'missing':
      return { code: 'UNAUTHENTICATED', message: 'This is a write: send "Authorization: Bearer <API_TOKEN>".' };
    case 'wrong':
      return { code: 'UNAUTHENTICATED', message: 'The bearer token is not the API_TOKEN of this server.' };
  }
}
