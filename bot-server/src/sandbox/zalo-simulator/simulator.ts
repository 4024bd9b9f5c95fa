import express, { type Router } from 'express';
import { createBotRouter } from './bot-routes';
import { chatPage } from './chat-page';
import { createControl, type SimulatorControl } from './control';
import { createControlRouter } from './control-routes';
import { createDelivery } from './delivery';
import { createFaults } from './faults';
import { createGraphRouter } from './graph-routes';
import { createIdFactory } from './ids';
import { createSimulatorState, type SimulatorState } from './state';

export type { SimulatorControl, SimulatorSnapshot, UserMessage, CreateUserInput } from './control';
export type { DeliveryReport } from './delivery';
export type { FaultRule } from './faults';
export type { SimulatorState, SimUser, SimUpdate, TranscriptEntry } from './state';

export interface ZaloSimulatorOptions {
  /** The app secret Graph checks `appsecret_proof` against (and the phone exchange's `secret_key`). */
  appSecret: string;
  /** `<bot_id>:<secret>`; requests under any other `/bot<token>/` answer 401. */
  botToken: string;
  /** `account_name` answered by getMe. */
  botName: string;
  /** Bot API calls allowed per rolling second (getUpdates exempt); unlimited when absent. */
  rateLimitPerSecond?: number;
  /** Clock in ms, for token expiry, message dates and the rate limit. */
  now?: () => number;
  /** Longest a getUpdates is held open, whatever `timeout` asks. Default 25 000 ms; tests shorten it. */
  maxLongPollMs?: number;
  /** Pauses between webhook delivery attempts. Default [1000, 5000, 15000] (4 attempts in all). */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt deadline of a webhook POST. Default 5000 ms. */
  webhookTimeoutMs?: number;
  /** Makes generated ids and tokens reproducible. Random when absent. */
  seed?: string;
}

export interface ZaloSimulator {
  /** Mount at `/zalo-sim`: Graph base `…/zalo-sim/graph`, Bot base `…/zalo-sim/bot`, chat page `…/zalo-sim/chat`. */
  router: Router;
  state: SimulatorState;
  control: SimulatorControl;
}

/** An in-memory Zalo (Graph + Bot Platform) speaking the contracts in ZALO.md, for the sandbox and tests. */
export function createZaloSimulator(options: ZaloSimulatorOptions): ZaloSimulator {
  const now = options.now ?? Date.now;
  const state = createSimulatorState();
  const ids = createIdFactory(options.seed);
  const faults = createFaults();
  const delivery = createDelivery({
    state,
    retryDelaysMs: options.webhookRetryDelaysMs ?? [1000, 5000, 15_000],
    webhookTimeoutMs: options.webhookTimeoutMs ?? 5000,
  });
  const control = createControl({ state, ids, now, delivery, faults });

  const router = express.Router();
  router.use('/graph', createGraphRouter({ state, appSecret: options.appSecret, now }));
  router.use(
    '/bot',
    createBotRouter({
      state,
      ids,
      now,
      delivery,
      faults,
      botToken: options.botToken,
      botId: options.botToken.split(':')[0] ?? '',
      botName: options.botName,
      maxLongPollMs: options.maxLongPollMs ?? 25_000,
      rateLimitPerSecond: options.rateLimitPerSecond,
    }),
  );
  router.use('/control', createControlRouter(control));
  router.get('/chat', chatPage);
  return { router, state, control };
}
