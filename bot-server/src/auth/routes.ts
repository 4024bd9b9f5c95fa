import { JoinBody, RefreshBody, ZaloSignInBody } from '@tds/shared';
import { Router } from 'express';
import type { AppContext } from '../context';
import { rateLimit } from '../http/rate-limit';
import { parseInput } from '../http/validate';
import { joinWithCode, refreshSession, signInWithZalo } from './service';

/** Sign-in, join and refresh: the only routes reachable without a session. */
export function authRoutes(ctx: AppContext): Router {
  const router = Router();
  const limited = rateLimit({ limit: 20, windowMs: 60_000, clock: ctx.clock });

  router.post('/zalo', limited, async (req, res) => {
    const body = parseInput(ZaloSignInBody, req.body);
    res.json(await signInWithZalo(ctx, body.accessToken));
  });

  router.post('/join', limited, async (req, res) => {
    const body = parseInput(JoinBody, req.body);
    res.json(await joinWithCode(ctx, body.accessToken, body.code));
  });

  router.post('/refresh', limited, async (req, res) => {
    const body = parseInput(RefreshBody, req.body);
    res.json(await refreshSession(ctx, body.refreshToken));
  });

  return router;
}
