import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { S3Settings } from './features/attachments/s3-storage';


/** `data/` at the repository root, wherever the process was started from. */
const defaultDataDir = fileURLToPath(new URL('../../data', import.meta.url));

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: the sandbox's simulator lets anyone mint Zalo tokens. */
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().optional(),
  /** A SQLite path, or a PostgreSQL URL that must parse: a typo should stop the start, not open a file named like a URL. */
  DATABASE_URL: z
    .string()
    .min(1, 'DATABASE_URL trống')
    .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || isPostgresUrl(value), 'DATABASE_URL phải là đường dẫn tệp SQLite hoặc postgres://người-dùng:mật-khẩu@máy:cổng/tên-csdl')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET cần ít nhất 32 ký tự').optional(),
  /** Zalo ids are numeric strings (kept as strings: up to 19 digits overflow JS numbers). */
  ZALO_APP_ID: z.string().regex(/^\d{1,19}$/, 'ZALO_APP_ID phải là dãy số (ID ứng dụng trên developers.zalo.me)').optional(),
  ZALO_APP_SECRET: z.string().min(8, 'ZALO_APP_SECRET quá ngắn').optional(),
  ZALO_BOT_TOKEN: z.string().regex(/^\d+:\S{8,}$/, 'ZALO_BOT_TOKEN phải có dạng <bot_id>:<secret>').optional(),
  ZALO_WEBHOOK_SECRET: z.string().min(8, 'ZALO_WEBHOOK_SECRET cần 8–256 ký tự').max(256, 'ZALO_WEBHOOK_SECRET cần 8–256 ký tự').optional(),
  ZALO_GRAPH_BASE_URL: z.url().optional(),
  /** In sandbox mode too: sends go to a simulator outside this process (crash tests count deliveries across restarts). */
  ZALO_BOT_BASE_URL: z.url().optional(),
  BOT_MODE: z.enum(['webhook', 'polling']).default('webhook'),
  /** Outgoing bot messages per second (Zalo's limits are undocumented, so it is a setting). */
  BOT_SEND_RATE: z.coerce.number().positive().max(1000).default(20),
  /** Sandbox only: the simulator answers 429 past this many Bot API calls per rolling second. */
  SIM_BOT_RATE_LIMIT: z.coerce.number().int().positive().max(10_000).optional(),
  /** Sandbox only: how long an outbox claim is exclusive, so crash tests need not wait out the 2 min default. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).optional(),
  /** How long progress answers (a person's own replies) are kept, in days. */
  RETENTION_ANSWERS_DAYS: z.coerce.number().int().min(30, 'RETENTION_ANSWERS_DAYS tối thiểu 30 ngày').max(36_500).default(730),
  /** How long audit rows are kept, in days: longer than answers, they are the record of who did what. */
  RETENTION_AUDIT_DAYS: z.coerce.number().int().min(365, 'RETENTION_AUDIT_DAYS tối thiểu 365 ngày').max(36_500).default(1825),
  /** Attachments in an S3-compatible bucket when S3_BUCKET is set (several instances); local disk otherwise. */
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET: 3–63 ký tự thường, số, dấu chấm hoặc gạch ngang').optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('1'),
  /** Origins allowed to call the API from a browser (comma-separated): the mini app's host inside Zalo. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url().regex(/^https?:\/\/[^/]+$/, 'CORS_ORIGINS: mỗi mục là một origin dạng https://ten-mien, không có đường dẫn'))),
  /** Bearer token for `/metrics`; unset = direct loopback scrapes only. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN cần ít nhất 16 ký tự').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['0', '1']).optional(),
});

export interface Config {
  mode: 'sandbox' | 'production';
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…` or a SQLite file path. */
  databaseUrl: string;
  /** Where Zalo reaches us (webhook) and where bot messages link into the mini app. Null until listening in sandbox. */
  publicUrl: string | null;
  sessionSecret: string;
  zalo: {
    appId: string;
    appSecret: string;
    botToken: string;
    webhookSecret: string;
    /** Null in sandbox: the simulator's URL is known only once the server listens. */
    graphBaseUrl: string | null;
    /** Null in sandbox unless `ZALO_BOT_BASE_URL` points at a simulator elsewhere. */
    botBaseUrl: string | null;
    botMode: 'webhook' | 'polling';
    /** Outbox delivery rate, messages (parts) per second. Default 20. */
    sendRatePerSecond: number;
  };
  /** Test knobs honoured in sandbox mode only (null in production, where the defaults hold). */
  sandbox: {
    /** Bot API calls per rolling second the simulator allows; null = unlimited. */
    simulatorRateLimitPerSecond: number | null;
    /** Outbox lease; null = the worker's default (2 min). */
    outboxLeaseMs: number | null;
  };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  metricsToken: string | null;
  corsOrigins: string[];
  /** Null = attachments on local disk under `dataDir/attachments`. */
  s3: S3Settings | null;
  /** Days before the nightly job deletes progress answers and audit rows. */
  retention: { answersDays: number; auditDays: number };
  seedDemoData: boolean;
}

/**
 * Reads configuration from the environment. Sandbox mode (the default) needs nothing: the local
 * Zalo simulator stands in for Zalo with generated credentials. Production mode refuses to guess.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // Every bad setting at once: a deploy should not take one restart per typo.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} — ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const mode = e.NODE_ENV === 'production' ? 'production' : 'sandbox';
  // npm runs workspace scripts inside the workspace folder; INIT_CWD is where the user typed the command.
  const dataDir = e.DATA_DIR ? resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR) : defaultDataDir;
  const databaseUrl = e.DATABASE_URL ?? join(dataDir, 'thiduaso.sqlite');

  if (mode === 'production') {
    const required = ['PUBLIC_URL', 'SESSION_SECRET', 'ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_BOT_TOKEN', 'ZALO_WEBHOOK_SECRET'] as const;
    const missing = required.filter((name) => !e[name]);
    if (missing.length > 0) throw new Error(`Chế độ production thiếu cấu hình: ${missing.join(', ')}`);
    // Zalo calls the webhook and opens mini app links only over https.
    if (!e.PUBLIC_URL!.startsWith('https://')) throw new Error('Cấu hình không hợp lệ: PUBLIC_URL — phải bắt đầu bằng https:// trong production');
  }

  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl,
    publicUrl: e.PUBLIC_URL ?? null,
    sessionSecret: e.SESSION_SECRET ?? sandboxSecret(dataDir),
    zalo: {
      appId: e.ZALO_APP_ID ?? 'sandbox-app',
      appSecret: e.ZALO_APP_SECRET ?? 'sandbox-app-secret',
      botToken: e.ZALO_BOT_TOKEN ?? '1234567890:sandbox-bot-secret',
      webhookSecret: e.ZALO_WEBHOOK_SECRET ?? 'sandbox-webhook-secret',
      graphBaseUrl: mode === 'production' ? (e.ZALO_GRAPH_BASE_URL ?? 'https://graph.zalo.me') : null,
      botBaseUrl: mode === 'production' ? (e.ZALO_BOT_BASE_URL ?? 'https://bot-api.zaloplatforms.com') : (e.ZALO_BOT_BASE_URL ?? null),
      botMode: e.BOT_MODE,
      sendRatePerSecond: e.BOT_SEND_RATE,
    },
    sandbox: {
      simulatorRateLimitPerSecond: mode === 'sandbox' ? (e.SIM_BOT_RATE_LIMIT ?? null) : null,
      outboxLeaseMs: mode === 'sandbox' ? (e.OUTBOX_LEASE_MS ?? null) : null,
    },
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN ?? null,
    corsOrigins: e.CORS_ORIGINS,
    s3: s3Settings(e),
    retention: { answersDays: e.RETENTION_ANSWERS_DAYS, auditDays: e.RETENTION_AUDIT_DAYS },
    seedDemoData: mode === 'sandbox' && e.DEMO_DATA !== '0',
  };
}

function s3Settings(e: z.infer<typeof EnvSchema>): S3Settings | null {
  if (!e.S3_BUCKET) return null;
  const missing = (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !e[name]);
  if (missing.length > 0) throw new Error(`S3_BUCKET đã đặt nhưng thiếu cấu hình: ${missing.join(', ')}`);
  return {
    bucket: e.S3_BUCKET,
    endpoint: e.S3_ENDPOINT ?? null,
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID!,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === '1',
  };
}

function isPostgresUrl(value: string): boolean {
  if (!/^postgres(ql)?:\/\//.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

/** A sandbox session secret kept beside the data, so sessions survive a restart of the sandbox. */
function sandboxSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
