import { createServer, type RequestListener, type Server } from 'node:http';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { createBotRuntime } from './bot/bot-runtime';
import type { Config } from './config';
import { systemClock, type AppContext, type Clock } from './context';
import { s3Storage } from './features/attachments/s3-storage';
import { localDiskStorage } from './features/attachments/storage';
import { createMetrics } from './features/ops/metrics';
import { createReadiness } from './features/ops/readiness';
import type { Ops } from './features/ops/routes';
import { answerClientError, answerStarting, answerUnmetExpectation } from './http/client-error';
import { createDeliveryWorker, type DeliveryWorker } from './features/outbox/delivery-worker';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import { createScheduler } from './scheduler/scheduler';
import { openStore } from './store/open-store';
import { createZaloBotChannel } from './zalo/channel';
import { createZaloGraphClient } from './zalo/graph-client';
import { WEBHOOK_PATH } from './zalo/webhook-receiver';

export interface RunningServer {
  /** Loopback base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  ctx: AppContext;
  /** The mounted app: its router stack is the route table the authorization matrix checks. */
  app: Express;
  /** Present in sandbox mode. */
  sandbox: Sandbox | null;
  /** The outbox delivery worker, started with the server and stopped by `close()`. */
  delivery: DeliveryWorker;
  /** Readiness and metrics, for tests and tools. */
  ops: Ops;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

/**
 * Opens the store (migrating it), binds the port, then builds the app: binding first means the
 * sandbox knows its own address, which is where its simulated Zalo lives.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: undefined });
  const store = await openStore(config.databaseUrl, { onConnectionLost: (error) => logger.warn({ err: error }, 'PostgreSQL closed an idle connection; the pool reconnects') });
  // The port is bound before the app exists (see above): until it does, answer 503 rather than leave
  // the request hanging forever — after a crash, clients are already retrying when the server comes back.
  let handle: RequestListener = answerStarting;
  const server = createServer((req, res) => handle(req, res));
  server.on('clientError', answerClientError);
  server.on('checkExpectation', answerUnmetExpectation);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const graphBaseUrl = config.zalo.graphBaseUrl ?? `${url}/zalo-sim/graph`;
  const botBaseUrl = config.zalo.botBaseUrl ?? `${url}/zalo-sim/bot`;

  const ctx: AppContext = {
    config,
    store,
    clock: options.clock ?? systemClock,
    logger,
    zaloIdentity: createZaloGraphClient({ baseUrl: graphBaseUrl, appSecret: config.zalo.appSecret, timeoutMs: 10_000 }),
    attachments: config.s3 ? s3Storage(config.s3) : localDiskStorage(join(config.dataDir, 'attachments')),
  };
  const bot = createBotRuntime(ctx, botBaseUrl);
  const sandbox = config.mode === 'sandbox' ? await createSandbox(ctx) : null;
  const ops: Ops = { metrics: createMetrics(ctx), readiness: createReadiness(store), metricsToken: config.metricsToken };
  const app = createApp(ctx, { ops, webhook: bot.webhookRouter ?? undefined, sandbox: sandbox?.mounts });
  handle = app;

  try {
    await bot.start(`${config.publicUrl ?? url}${WEBHOOK_PATH}`);
  } catch (error) {
    logger.error({ err: error }, 'bot transport did not start; the API keeps serving');
  }
  // Sending needs no webhook, so the outbox drains even when registering it failed.
  const delivery = createDeliveryWorker({
    ctx,
    channel: createZaloBotChannel(bot.client),
    linkBase: config.publicUrl ?? (sandbox ? url : null),
    leaseMs: config.sandbox.outboxLeaseMs ?? undefined,
    onOutcome: ops.metrics.countDelivery,
  });
  delivery.start();
  const scheduler = createScheduler(ctx, () => delivery.wake());
  scheduler.start();

  return {
    url,
    ctx,
    app,
    sandbox,
    delivery,
    ops,
    async close() {
      // Before anything stops: the load balancer moves new requests to other instances meanwhile.
      ops.readiness.markShuttingDown();
      // First: the send in flight may be talking to the sandbox's simulator on this very server.
      await scheduler.stop();
      await delivery.stop();
      await bot.stop();
      sandbox?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
