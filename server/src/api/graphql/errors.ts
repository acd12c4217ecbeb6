// Errors the API promises to its clients, each with a stable code a client can switch on.
// Anything else that goes wrong is masked (the client sees only that it failed) and logged.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { storeFailureOf } from '../store-failures.ts';

/**
 * Each code with the HTTP status it sets. Errors about the request as a whole set one; an
 * error inside an otherwise answered query (a key not found) leaves the response at 200, as
 * GraphQL over HTTP expects, so a client still gets the data that was found.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: null,
  NOT_FOUND: null,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  /** The store cannot be reached (down, wrong address): retry later. */
  STORE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes Apollo itself gives to requests that never reached a resolver: safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  const status = ERROR_CODES[code];
  return new GraphQLError(message, { extensions: { ...details, code, ...(status ? { http: { status } } : {}) } });
}

export const badInput = (message: string, details?: Record<string, unknown>): GraphQLError =>
  apiError('BAD_USER_INPUT', message, details);

export const notFound = (what: string): GraphQLError => apiError('NOT_FOUND', `${what} was not found.`);

function isPromisedCode(code: unknown): boolean {
  return typeof code === 'string' && (code in ERROR_CODES || REQUEST_ERROR_CODES.has(code));
}

/**
 * Apollo plugin: a query that failed because the store is unreachable answers 503, as
 * /readyz does, so load balancers and clients see the outage rather than a 200.
 */
export const storeOutageStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        const outage = (errors ?? []).some((error) => storeFailureOf(unwrapResolverError(error))?.code === 'STORE_UNAVAILABLE');
        if (outage) response.http.status = 503;
      },
    };
  },
};

export type ErrorLogger = (message: string, error: unknown) => void;

/** Apollo's `formatError`: promised errors pass through, everything else is masked and logged. */
export function formatApiError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; our own rules keep their code.
    const ownCode = error instanceof GraphQLError && error.originalError instanceof GraphQLError
      ? error.originalError.extensions['code']
      : undefined;
    if (typeof ownCode === 'string' && ownCode in ERROR_CODES) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: ownCode } };
    }
    const code = formatted.extensions?.['code'];
    if (isPromisedCode(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const failure = storeFailureOf(original);
    if (failure?.code === 'STORE_UNAVAILABLE') log('The store is unavailable', original);
    if (failure) return { ...formatted, message: failure.message, extensions: { code: failure.code } };
    log('Unexpected error while answering a GraphQL request', original);
    return {
      message: 'Internal server error: the request could not be answered. The error has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
