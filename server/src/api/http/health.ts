// /healthz: the process answers. /readyz: it can also reach its store, so a load balancer
// sends traffic only to instances that can serve it.
import { Router } from 'express';
import type { GraphStore } from '../../store/port.ts';

export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const reachable = await store.ping().catch(() => false);
    response.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'store unreachable' });
  });
  return router;
}
