import express, { type Request, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import { forbidden } from '../../http/errors';
import { secretsMatch } from '../../zalo/secret-compare';
import type { Metrics } from './metrics';
import type { Readiness } from './readiness';

export interface Ops {
  metrics: Metrics;
  readiness: Readiness;
  /** `METRICS_TOKEN`; null = `/metrics` answers direct loopback requests only. */
  metricsToken: string | null;
}

/** Liveness, readiness and Prometheus metrics: what a load balancer and a scraper call. */
export function opsRoutes(ops: Ops): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    const { ready, checks } = await ops.readiness.check();
    res.status(ready ? 200 : 503).json({ ok: ready, ...checks });
  });
  router.get('/metrics', async (req, res, next) => {
    if (!metricsAllowed(req, ops.metricsToken)) return next(forbidden());
    res.type(ops.metrics.registry.contentType).send(await ops.metrics.registry.metrics());
  });
  return router;
}

/**
 * With a token, only its bearer. Without one, only a scraper on this machine talking to us directly:
 * a reverse proxy on the same host is loopback too, but it adds X-Forwarded-For, which gives it away.
 */
function metricsAllowed(req: Request, token: string | null): boolean {
  if (token) {
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    return secretsMatch(given, token);
  }
  const peer = req.socket.remoteAddress ?? '';
  return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(peer) && req.get('x-forwarded-for') === undefined;
}

/**
 * One log line and one histogram sample per request. Both use the route pattern (`/api/submissions/:id`),
 * never the raw path or query: those carry ids and search words, which can be personal data.
 */
export function observeRequests(metrics: Metrics, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const route = capturedRoutePattern(req);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = { method: req.method, route: route() ?? 'unmatched', status: String(res.statusCode) };
      metrics.httpDuration.observe(labels, seconds);
      logger.info({ requestId: req.requestId, method: req.method, route: labels.route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  };
}

/**
 * The full pattern of the route that handled the request. It must be read when the router assigns
 * `req.route`: an error passed on with `next(err)` leaves the nested routers, which put `req.baseUrl` back.
 */
function capturedRoutePattern(req: Request): () => string | undefined {
  let route: unknown;
  let pattern: string | undefined;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      if (value) pattern = `${req.baseUrl}${String(value.path)}`;
    },
  });
  return () => pattern;
}
