// Apollo Server over our schema: the hosted landing page (it needs the internet) is off,
// introspection is on for the explorer and tools, query depth and cost are limited, and
// errors go through one formatter that keeps promised codes and masks everything else.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { RequestHandler } from 'express';
import type { GraphStore } from '../../store/port.ts';
import type { Ingestion } from '../ingestion.ts';
import type { ApiLimits } from '../limits.ts';
import { writeAccess } from '../http/auth.ts';
import type { WriteRateLimiter } from '../http/rate-limit.ts';
import { createLoaders, type ApiContext } from './context.ts';
import { apiError, formatApiError, storeOutageStatus, type ErrorLogger } from './errors.ts';
import { queryLimitsRule } from './query-limits.ts';
import { buildSchema } from './schema.ts';

const MAX_QUERY_TOKENS = 20_000;

export interface GraphqlOptions {
  store: GraphStore;
  apiToken: string | undefined;
  ingestion: Ingestion;
  limits: ApiLimits;
  limiter: WriteRateLimiter;
  log: ErrorLogger;
}

export function graphqlMiddleware(options: GraphqlOptions): RequestHandler {
  const { store, limits, limiter } = options;
  const server = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    introspection: true,
    // No cache hints are used, and computing them per field costs a fifth of a lineage answer.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), storeOutageStatus],
    // A document is refused early by its size in tokens, before any recursive walk over it.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [queryLimitsRule({ maxDepth: limits.maxQueryDepth, maxCost: limits.maxQueryCost, maxPageSize: limits.maxPageSize, maxListSize: limits.maxLineageNodes })],
    formatError: formatApiError(options.log),
    includeStacktraceInErrorResponses: false,
    logger: { debug: () => {}, info: () => {}, warn: (message) => options.log(String(message), null), error: (message) => options.log(String(message), null) },
  });
  // createApp is synchronous; requests wait for the start, and fail clearly if it failed.
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return expressMiddleware(server, {
    context: async ({ req }) => ({
      store,
      loaders: createLoaders(store),
      limits,
      access: writeAccess(req.headers.authorization, options.apiToken),
      ingestion: options.ingestion,
      chargeWrite() {
        const decision = limiter.take(req.ip ?? 'unknown');
        if (!decision.allowed) {
          throw apiError('RATE_LIMITED', `Too many writes: try again in ${decision.retryAfterSeconds} s.`, {
            retryAfterSeconds: decision.retryAfterSeconds,
          });
        }
      },
    }),
  });
}
