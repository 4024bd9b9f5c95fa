import express, { type ErrorRequestHandler, type RequestHandler, type Response, type Router } from 'express';
import { BOT_METHODS, type BotContext, type Outcome } from './bot-methods';
import { createRateLimiter, type Faults } from './faults';

export interface BotRouterOptions extends BotContext {
  botToken: string;
  faults: Faults;
  rateLimitPerSecond: number | undefined;
}

/** Writes the platform envelope; the HTTP status mirrors `error_code`, as Telegram-style APIs do. */
function answer(res: Response, outcome: Outcome): void {
  if (outcome.ok) res.status(200).json({ ok: true, result: outcome.result });
  else res.status(outcome.code).json({ ok: false, error_code: outcome.code, description: outcome.description });
}

/** `POST /bot<TOKEN>/<method>`, mounted at `<sim>/bot`. */
export function createBotRouter(options: BotRouterOptions): Router {
  const router = express.Router();
  const limiter = createRateLimiter(options.rateLimitPerSecond, options.now);

  const checkToken: RequestHandler = (req, res, next) => {
    if (req.params['botPath'] !== `bot${options.botToken}`) {
      answer(res, { ok: false, code: 401, description: 'Unauthorized' });
      return;
    }
    next();
  };

  const dispatch: RequestHandler = async (req, res) => {
    const method = String(req.params['method']);
    const handler = Object.hasOwn(BOT_METHODS, method) ? BOT_METHODS[method] : undefined;
    if (!handler) return answer(res, { ok: false, code: 404, description: 'Not Found' });
    options.state.stats.botCalls += 1;
    // Long polls are exempt: counting an idle 30 s wait as traffic would punish the recommended pattern.
    if (method !== 'getUpdates' && !limiter.allow()) {
      options.state.stats.rateLimited += 1;
      return answer(res, { ok: false, code: 429, description: 'Too Many Requests' });
    }
    const fault = options.faults.take(method);
    if (fault === '429') return answer(res, { ok: false, code: 429, description: 'Too Many Requests' });
    if (fault === '500') return answer(res, { ok: false, code: 500, description: 'Internal Server Error' });
    if (fault === 'timeout') return options.faults.hold(res);

    const clientGone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) clientGone.abort();
    });
    const outcome = await handler(req.body, options, clientGone.signal);
    if (clientGone.signal.aborted || res.destroyed) {
      if (outcome.ok) outcome.undelivered?.();
      return;
    }
    answer(res, outcome);
  };

  const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: unknown }).status;
    if (typeof status !== 'number' || status >= 500) return next(err);
    answer(res, { ok: false, code: status === 413 ? 413 : 400, description: status === 413 ? 'Request Entity Too Large' : 'Bad Request: invalid JSON body' });
  };

  router.post('/:botPath/:method', checkToken, express.json({ limit: '1mb' }), dispatch);
  router.use(bodyErrors);
  return router;
}
