import express, { type Express, type Router } from 'express';
import { authenticate } from './auth/authenticate';
import { authRoutes } from './auth/routes';
import type { AppContext } from './context';
import { cors } from './http/cors';
import { orgRoutes } from './features/org/routes';
import { acknowledgementRoutes } from './features/acknowledgements/routes';
import { announcementRoutes } from './features/announcements/routes';
import { attachmentRoutes } from './features/attachments/routes';
import { awardRoutes } from './features/awards/routes';
import { planRoutes } from './features/plans/routes';
import { submissionRoutes } from './features/submissions/routes';
import { privacyRoutes } from './features/privacy/routes';
import { profileRoutes } from './features/profile/routes';
import { progressRoutes } from './features/progress/routes';
import { reminderRoutes } from './features/reminders/routes';
import { calendarRoutes } from './features/calendar/routes';
import { leaveRoutes } from './features/leave/routes';
import { reportRoutes } from './features/reports/routes';
import { observeRequests, opsRoutes, type Ops } from './features/ops/routes';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { requestId, securityHeaders } from './http/request-id';
import { WEBHOOK_PATH } from './zalo/webhook-receiver';

/** Parts only some deployments have: the Zalo webhook, and the sandbox's simulator and mini app. */
export interface AppMounts {
  /** Health, readiness and metrics; every deployment has them. */
  ops: Ops;
  /** Mounted at /api/zalo/webhook before the JSON parser, which it brings itself (1 MB, JSON only). */
  webhook?: Router;
  /** Sandbox-only routers keyed by mount path ("/zalo-sim", "/sandbox", "/"). */
  sandbox?: Array<[path: string, router: Router]>;
}

/** Builds the HTTP app from its parts; no port, so tests can drive it directly. */
export function createApp(ctx: AppContext, mounts: AppMounts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestId, securityHeaders, observeRequests(mounts.ops.metrics, ctx.logger));
  app.use(opsRoutes(mounts.ops));

  if (mounts.webhook) app.use(WEBHOOK_PATH, mounts.webhook);

  const api = express.Router();
  api.use(cors(ctx.config.corsOrigins));
  api.use(express.json({ limit: '100kb', strict: true }));
  api.use('/auth', authRoutes(ctx));
  api.use(authenticate(ctx));
  api.use('/me', profileRoutes(ctx));
  api.use('/org', orgRoutes(ctx));
  api.use('/plans', planRoutes(ctx));
  api.use('/attachments', attachmentRoutes(ctx));
  api.use('/submissions', submissionRoutes(ctx));
  api.use('/progress', progressRoutes(ctx));
  api.use('/reminders', reminderRoutes(ctx));
  api.use('/calendar', calendarRoutes(ctx));
  api.use('/leave', leaveRoutes(ctx));
  api.use('/announcements', announcementRoutes(ctx));
  api.use('/acknowledgements', acknowledgementRoutes(ctx));
  api.use('/reports', reportRoutes(ctx));
  api.use('/awards', awardRoutes(ctx));
  api.use('/privacy', privacyRoutes(ctx));
  api.use(notFoundHandler);
  app.use('/api', api);

  for (const [path, router] of mounts.sandbox ?? []) app.use(path, router);

  app.use(notFoundHandler);
  app.use(errorMiddleware(ctx.logger));
  return app;
}
