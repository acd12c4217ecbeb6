// The HTTP server: GraphQL at /graphql, downloads at /export, uploads at /upload, health
// probes, the API explorer and the web client. It keeps no state beyond the store (the
// write allowance is per instance), so several instances can serve one database.
import express from 'express';
import type { Config } from '../config.ts';
import { clientDistDir } from '../client-build.ts';
import type { GraphStore } from '../store/port.ts';
import { graphqlMiddleware } from './graphql/server.ts';
import type { ErrorLogger } from './graphql/errors.ts';
import { clientRoutes } from './http/client.ts';
import { explorerRoutes } from './http/explorer.ts';
import { exportRoutes } from './http/exports.ts';
import { healthRoutes } from './http/health.ts';
import { WriteRateLimiter } from './http/rate-limit.ts';
import { sendError } from './http/respond.ts';
import { cors, securityHeaders } from './http/security.ts';
import { uploadRoute } from './http/upload.ts';
import { storeIngestion } from './store-ingestion.ts';
import { storeFailureOf } from './store-failures.ts';
import type { Ingestion } from './ingestion.ts';
import { DEFAULT_LIMITS, type ApiLimits } from './limits.ts';

export interface AppOptions {
  store: GraphStore;
  config: Config;
  /** Overrides of the default limits (tests use small ones). */
  limits?: Partial<ApiLimits>;
  ingestion?: Ingestion;
  /** Where the built web client is; the Vite output by default. */
  clientDir?: string;
  log?: ErrorLogger;
  /**
   * Express's "trust proxy" setting: behind a load balancer, which X-Forwarded-For hops to
   * believe, so that each client (not the proxy) gets its own write allowance.
   */
  trustProxy?: boolean | number | string;
}

const logToConsole: ErrorLogger = (message, error) => console.error(message, error ?? '');

export function createApp(options: AppOptions): express.Express {
  const { store, config } = options;
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? logToConsole;
  const ingestion = options.ingestion ?? storeIngestion(store);
  const limiter = new WriteRateLimiter(limits.writesPerWindow, limits.writeWindowMs);

  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders);
  app.use(cors(config.corsOrigins));
  app.use(healthRoutes(store));
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    graphqlMiddleware({ store, apiToken: config.apiToken, ingestion, limits, limiter, log }),
  );
  app.use(exportRoutes(store, limits));
  app.use(uploadRoute({ apiToken: config.apiToken, ingestion, limits, limiter, log }));
  app.use(explorerRoutes());
  app.use(clientRoutes(options.clientDir ?? clientDistDir));

  app.use((error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) return next(error);
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status === 413) return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limits.maxBodyBytes} bytes.`);
    if (status >= 400 && status < 500) return sendError(response, status, 'BAD_REQUEST', 'The request could not be read: send JSON with a "query".');
    const failure = storeFailureOf(error);
    if (failure?.code === 'STORE_UNAVAILABLE') log('The store is unavailable', error);
    if (failure) return sendError(response, failure.status, failure.code, failure.message);
    log('Unexpected error while answering an HTTP request', error);
    sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error: the error has been logged.');
  });
  return app;
}
