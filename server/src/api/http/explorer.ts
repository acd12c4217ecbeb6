// /explorer: a small page of our own for trying queries, served from this package's files
// so it works with no internet connection.
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export const explorerDir = fileURLToPath(new URL('../explorer/', import.meta.url));

export function explorerRoutes(): Router {
  const router = Router();
  router.get('/explorer', (request, response, next) => {
    // Relative asset paths in the page need the trailing slash.
    if (request.originalUrl === '/explorer') return response.redirect(301, '/explorer/');
    next();
  });
  router.use('/explorer', express.static(explorerDir, { index: 'index.html' }));
  return router;
}
