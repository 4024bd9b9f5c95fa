import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import type { AppContext } from '../context';
import { listPeopleUnder } from '../features/org/repo';
import { demoJoinCode, demoUnits } from './demo-roster';
import { sandboxRoutes } from './sandbox-routes';
import { demoZaloId, seedDemoData } from './seed-demo';
import { seedDemoPlans } from './seed-demo-plans';
import { createZaloSimulator, type ZaloSimulator } from './zalo-simulator/simulator';

export interface Sandbox {
  simulator: ZaloSimulator;
  mounts: Array<[string, Router]>;
  demoJoinCode: string;
  close(): void;
}

const miniAppDist = fileURLToPath(new URL('../../../mini-app/dist', import.meta.url));

/**
 * Sandbox mode: the local Zalo simulator in place of Zalo, the Đăk Kôi demo data, and the built
 * mini app served from the same origin. Production never calls this.
 */
export async function createSandbox(ctx: AppContext): Promise<Sandbox> {
  const { zalo } = ctx.config;
  const simulator = createZaloSimulator({
    appSecret: zalo.appSecret,
    botToken: zalo.botToken,
    botName: 'Thi Đua Số (mô phỏng)',
    rateLimitPerSecond: ctx.config.sandbox.simulatorRateLimitPerSecond ?? undefined,
  });
  if (ctx.config.seedDemoData) {
    await seedDemoData(ctx);
    await seedDemoPlans(ctx);
  }
  await registerKnownPeople(ctx, simulator);

  const mounts: Array<[string, Router]> = [
    ['/zalo-sim', simulator.router],
    ['/sandbox', sandboxRoutes(ctx, simulator)],
  ];
  if (existsSync(miniAppDist)) mounts.push(['/', miniAppRouter(miniAppDist)]);
  else ctx.logger.warn({ miniAppDist }, 'mini app not built: run `npm run build` to serve it');

  return { simulator, mounts, demoJoinCode: demoJoinCode.code, close: () => simulator.control.close() };
}

/**
 * The simulator forgets its users on restart while the store remembers their Zalo ids, so every
 * linked person of the demo tree is registered again under the same ids.
 */
async function registerKnownPeople(ctx: AppContext, simulator: ZaloSimulator): Promise<void> {
  const people = await listPeopleUnder(ctx.store.db, `/${demoUnits[0]!.id}/`);
  for (const person of people) {
    if (!person.zalo_user_id) continue;
    simulator.control.createUser({
      name: person.full_name,
      zaloAppUserId: person.zalo_user_id,
      botUserId: person.bot_user_id ?? demoZaloId(person.id, 'bot'),
    });
  }
}

/** Static files with an SPA fallback; `*\/assets/*` is mapped so deep URLs still find relative assets. */
function miniAppRouter(dist: string): Router {
  const router = express.Router();
  router.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  router.get(/.*\/assets\/(.+)$/, (req, res, next) => {
    const asset = /\/assets\/(.+)$/.exec(req.path)?.[1];
    if (!asset || asset.includes('..')) return next();
    res.sendFile(`assets/${asset}`, { root: dist }, (error) => error && next());
  });
  router.get(/^\/(?!api\/|zalo-sim\/|sandbox\/|healthz).*/, (_req, res) => {
    res.sendFile('index.html', { root: dist });
  });
  return router;
}
