import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import { describeBodyParserError, sendApiError } from './json-errors';
import { errorFields, silentLogger, type ZaloLogger } from './logger';
import { secretsMatch } from './secret-compare';
import { updateDedupeKey, ZaloUpdate } from './update-schema';

export const SECRET_HEADER = 'x-bot-api-secret-token';

/** Where the app mounts the webhook; Zalo is told `PUBLIC_URL` + this. */
export const WEBHOOK_PATH = '/api/zalo/webhook';

export interface WebhookRouterOptions {
  /** The `secret_token` given to `setWebhook`; Zalo echoes it in `X-Bot-Api-Secret-Token`. */
  secretToken: string;
  /**
   * Records a dedupe key and answers whether it is new (e.g. an INSERT … ON CONFLICT DO NOTHING).
   * Zalo replays deliveries for minutes; a replay must not run the handler twice.
   */
  isFirstDelivery: (key: string) => Promise<boolean>;
  /** Runs after the 200 has been sent; its failures are logged, never thrown at Zalo. */
  onUpdate: (update: ZaloUpdate) => Promise<void>;
  logger?: ZaloLogger;
}

/**
 * POST `/` receiving Zalo Bot Platform updates. Order matters: the secret is checked before the body
 * is read, so an unauthenticated sender cannot make us parse 1 MB. Mount it before any app-wide
 * `express.json()`, otherwise that parser's limit and errors apply instead of these.
 */
export function createWebhookRouter(options: WebhookRouterOptions): Router {
  const logger = options.logger ?? silentLogger;
  const router = express.Router();

  const checkSecret: RequestHandler = (req, res, next) => {
    if (!secretsMatch(req.get(SECRET_HEADER), options.secretToken)) {
      logger.warn({ ip: req.ip }, 'zalo webhook: wrong or missing secret token');
      sendApiError(res, 401, 'unauthorized', 'Mã bí mật của webhook không đúng');
      return;
    }
    next();
  };

  const requireJson: RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) {
      sendApiError(res, 415, 'unsupported_media_type', 'Chỉ nhận dữ liệu JSON (Content-Type: application/json)');
      return;
    }
    next();
  };

  const receive: RequestHandler = async (req, res) => {
    const parsed = ZaloUpdate.safeParse(req.body);
    if (!parsed.success) {
      sendApiError(res, 400, 'invalid_input', 'Dữ liệu cập nhật từ Zalo không đúng định dạng');
      return;
    }
    const update = parsed.data;
    const key = updateDedupeKey(update);
    try {
      if (key !== null && !(await options.isFirstDelivery(key))) {
        logger.info({ key }, 'zalo webhook: duplicate delivery ignored');
        res.status(200).json({ ok: true, duplicate: true });
        return;
      }
    } catch (err) {
      // Without the dedupe record we cannot tell a replay from a new message: let Zalo retry later.
      logger.error({ key, ...errorFields(err) }, 'zalo webhook: dedupe store failed');
      sendApiError(res, 503, 'unavailable', 'Máy chủ tạm thời bận, vui lòng gửi lại sau');
      return;
    }
    res.status(200).json({ ok: true });
    setImmediate(() => {
      Promise.resolve()
        .then(() => options.onUpdate(update))
        .catch((err: unknown) => logger.error({ key, event: update.event_name, ...errorFields(err) }, 'zalo webhook: handler failed'));
    });
  };

  const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
    const problem = describeBodyParserError(err);
    if (!problem || res.headersSent) return next(err);
    sendApiError(res, problem.status, problem.code, problem.message);
  };

  // `type: () => true` because requireJson already decided; strict rejects bare strings/numbers.
  router.post('/', checkSecret, requireJson, express.json({ limit: '1mb', strict: true, type: () => true }), receive);
  router.use(bodyErrors);
  return router;
}
