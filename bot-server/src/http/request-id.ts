import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import './request-context';

/** Accepts a sane upstream X-Request-Id (from a load balancer) or makes one; echoes it back. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  req.requestId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
};

/** Headers that cost nothing and close common holes; the API never needs to be framed or sniffed. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.removeHeader('X-Powered-By');
  next();
};
