// The web client's built files at "/", and index.html for any other page path so that the
// client's own routes survive a reload. API paths never fall back to the page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { sendError } from './respond.ts';

const API_PATHS = /^\/(graphql|export|upload|explorer|healthz|readyz)(\/|$)/;

export function clientRoutes(clientDir: string): Router {
  const router = Router();
  router.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForPage }));
  router.get(/.*/, (request, response, next) => {
    if (API_PATHS.test(request.path) || !request.accepts('html')) return next();
    const page = join(clientDir, 'index.html');
    if (!existsSync(page)) {
      return sendError(response, 503, 'CLIENT_NOT_BUILT', 'The web client is not built yet: run "npm run build:client".');
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(page);
  });
  return router;
}

// index.html names the hashed bundles; it must be revalidated so a new build is picked up.
function noCacheForPage(response: express.Response, path: string): void {
  if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
}
