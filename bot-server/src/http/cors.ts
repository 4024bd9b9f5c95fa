import type { RequestHandler } from 'express';

/**
 * CORS for the API, for the origins configured in CORS_ORIGINS only. In Zalo the mini app is
 * served from Zalo's own host and calls this server cross-origin; the sandbox serves both from one
 * origin and needs none. Credentials travel in the Authorization header, never in cookies, so no
 * `Allow-Credentials`. A preflight from an origin not listed gets no CORS headers: the browser refuses.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && allowed.has(origin)) {
      res.vary('Origin');
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', 'Content-Disposition, X-Request-Id');
      if (req.method === 'OPTIONS') {
        res.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
        res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key');
        res.set('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
