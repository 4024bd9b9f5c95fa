import { Agent, request } from 'node:http';
import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Property-based fuzzing over HTTP. Bodies are built as JSON *text* from a small tree, so they can
 * carry what `JSON.stringify` never writes: `__proto__` keys, numbers beyond double range (`1e999`
 * parses to Infinity), integers past 2^53, and truncated documents.
 */
export type Json = { raw: string } | { items: Json[] } | { entries: Array<[string, Json]> };

export function serialize(value: Json): string {
  if ('raw' in value) return value.raw;
  if ('items' in value) return `[${value.items.map(serialize).join(',')}]`;
  return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${serialize(item)}`).join(',')}}`;
}

const raw = (value: unknown): Json => ({ raw: JSON.stringify(value) });

/**
 * Cases per fuzzed target. The full proof is `TDS_FUZZ_RUNS=10000` (≈ 15 min per store on 2 shared cores,
 * recorded in docs/DESIGN-NOTES.md); the default keeps `npm run test:all` within its time budget.
 */
export const fuzzRuns = Number(process.env.TDS_FUZZ_RUNS ?? 400);

export const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const edgeStrings = [
  '', ' ', '\u0000', '\ud800', '\u202egnp.exe', '👩‍🏫🇻🇳', 'Nguyễn Thị Thu Hà', 'null', 'true', '0', '-1', 'NaN', 'Infinity',
  "' OR 1=1 --", '%_%', '\\', '../../etc/passwd', '<script>alert(1)</script>', '${7*7}', '{{7*7}}',
  ...pollutionKeys, '2026-02-30', '2026-05-20', '2026-05-20T03:00:00Z', '9999-12-31T23:59:59.999Z', '24:00', '07:30',
  'th-dak-koi', 'so-gddt-quang-ngai', 'demo-01', '00000000-0000-4000-8000-000000000000', 'https://www.youtube.com/watch?v=abc',
  'a'.repeat(5_000), 'ă'.repeat(70_000),
];

const edgeNumbers = ['0', '-0', '1', '-1', '0.5', '1e999', '-1e999', '1e-999', '9007199254740993', '123456789012345678901234567890', '1.7976931348623157e308', '2147483648', '4294967296', '31', '12', '2026', '100'];

const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeStrings).map(raw) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }).map(raw) },
  { weight: 3, arbitrary: fc.constantFrom(...edgeNumbers).map((text) => ({ raw: text })) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map(raw) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null).map(raw) },
);

/** Any JSON at all, nested a few levels, with hostile keys among the ordinary ones. */
export const junk: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }).map((items) => ({ items })) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 10 })), tie('value')), { maxLength: 5 }).map((entries) => ({ entries })) },
  ),
})).value;

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  in?: z.ZodType;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/**
 * Values shaped like the schema (its keys, its enum members, arrays where it has arrays) with junk
 * mixed in at every level: what gets past the first check and exercises the deeper ones.
 */
export function shapedLike(schema: z.ZodType, depth = 0): fc.Arbitrary<Json> {
  if (depth > 6) return junk;
  const def = defOf(schema);
  const near = (arbitrary: fc.Arbitrary<Json>) => fc.oneof({ weight: 12, arbitrary }, { weight: 1, arbitrary: junk });
  switch (def.type) {
    case 'object': {
      const keys = Object.entries(def.shape ?? {});
      const fields = keys.map(([key, child]) => fc.option(shapedLike(child, depth + 1), { freq: 15, nil: undefined }).map((value) => (value === undefined ? [] : [[key, value] as [string, Json]])));
      const extra = fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(fc.tuple(fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 8 })), junk), { maxLength: 2 }));
      return near(fc.tuple(fc.tuple(...fields), extra).map(([present, more]) => ({ entries: [...present.flat(), ...more] })));
    }
    case 'array':
      return near(fc.array(shapedLike(def.element!, depth + 1), { maxLength: 6 }).map((items) => ({ items })));
    case 'optional':
    case 'default':
    case 'nullable':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
      return shapedLike(def.innerType!, depth);
    case 'pipe':
      return shapedLike(def.in!, depth);
    case 'enum':
      return near(fc.constantFrom(...Object.values(def.entries ?? {})).map(raw));
    case 'literal':
      return near(fc.constantFrom(...(def.values ?? [null])).map(raw));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => shapedLike(option, depth + 1)));
    case 'record':
      return near(fc.array(fc.tuple(shapedKey(def.keyType!), shapedLike(def.valueType!, depth + 1)), { maxLength: 4 }).map((entries) => ({ entries })));
    case 'string':
      return fc.oneof({ weight: 6, arbitrary: plausibleText }, { weight: 1, arbitrary: leaf });
    case 'number':
      return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }).map(raw) }, { weight: 1, arbitrary: leaf });
    case 'boolean':
      return fc.oneof({ weight: 3, arbitrary: fc.boolean().map(raw) }, { weight: 1, arbitrary: leaf });
    default:
      return leaf;
  }
}

/** Strings a real client would send (ids of the demo tree, dates, sentences): they let whole documents pass validation. */
const plausibleText: fc.Arbitrary<Json> = fc
  .oneof(
    fc.constantFrom('th-dak-koi', 'to-thu-nghiem', 'xa-dak-koi', 'demo-18', '2026-06-15', '2025-09-08', '07:30', 'https://www.youtube.com/watch?v=abc123', 'ABCD2345', 'Giáo viên', 'có'),
    fc.uuid(),
    fc.date({ min: new Date('2026-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
    fc.array(fc.constantFrom('Trường', 'tổ', 'sáng kiến', 'ứng dụng', 'học sinh', 'báo cáo', 'chuyển đổi số', 'giáo viên', 'năm học', 'hiệu quả'), { minLength: 3, maxLength: 30 }).map((words) => words.join(' ')),
  )
  .map(raw);

function shapedKey(schema: z.ZodType): fc.Arbitrary<string> {
  const def = defOf(schema);
  return def.type === 'enum' ? fc.oneof(fc.constantFrom(...Object.values(def.entries ?? {})), fc.constantFrom(...pollutionKeys)) : fc.string({ maxLength: 10 });
}

/** A request body's text: mostly the shaped document, sometimes any JSON, cut short, or absurdly deep. */
export function bodyText(shaped: fc.Arbitrary<Json>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: shaped.map(serialize) },
    { weight: 2, arbitrary: junk.map(serialize) },
    { weight: 1, arbitrary: fc.tuple(shaped.map(serialize), fc.nat()).map(([text, cut]) => text.slice(0, cut % Math.max(1, text.length))) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`) },
    { weight: 1, arbitrary: fc.constantFrom('', 'null', '"chuỗi"', '42', '{"a":1}{"b":2}', '{"a":', '\u0000', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}') },
  );
}

/** Content types a client might declare for a JSON body, most of them right. */
export const jsonContentType = fc.oneof(
  { weight: 10, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/*+json', '', 'application/json;;;') },
);

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** One keep-alive HTTP/1.1 client per suite: thousands of requests without thousands of sockets. */
export function httpClient(base: string, concurrency = 8) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(base);
  const statuses = new Map<number, number>();
  return {
    /** How many answers of each status since the last `tally()`, e.g. "400×812 201×150 413×38". */
    tally(): string {
      const line = [...statuses].sort(([, a], [, b]) => b - a).map(([status, count]) => `${status}×${count}`).join(' ');
      statuses.clear();
      return line;
    },
    send(method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<HttpAnswer> {
      return new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
        const req = request({ host: url.hostname, port: url.port, method, path, agent, headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

const vietnamese = /[À-ỹ]/;

/**
 * What every answer to hostile input must be: never a 5xx; a 4xx is the app's JSON envelope with a
 * Vietnamese message, and field messages (when there are any) in Vietnamese too. Returns the problem, or null.
 */
export function problemWith(answer: HttpAnswer): string | null {
  if (answer.status >= 500) return `${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith('application/json')) return `${answer.status} is not JSON (${answer.contentType}): ${answer.text.slice(0, 200)}`;
  const body = JSON.parse(answer.text) as { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };
  const error = body.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') return `${answer.status} without the error envelope: ${answer.text.slice(0, 200)}`;
  if (!vietnamese.test(error.message)) return `${answer.status} message not in Vietnamese: ${error.message}`;
  for (const [field, message] of Object.entries(error.fields ?? {})) {
    if (typeof message !== 'string' || !vietnamese.test(message)) return `${answer.status} field ${field} message not in Vietnamese: ${String(message)}`;
  }
  return null;
}

/**
 * Runs `runs` cases of an async property, split over a few independent fast-check runs going at once,
 * so the server always has several requests in flight. Each part has its own seed (printed on failure).
 */
export async function assertConcurrently<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs = fuzzRuns, parallel = 4): Promise<void> {
  const seed = Date.now() & 0x7fffffff;
  // Once one part has failed the others stop sending (it alone goes on, shrinking its counterexample),
  // so their requests cannot spill into the next test.
  let failedPart: number | null = null;
  const guarded = (part: number) => async (value: T) => {
    if (failedPart !== null && failedPart !== part) return;
    try {
      await check(value);
    } catch (error) {
      failedPart ??= part;
      throw error;
    }
  };
  const parts = await Promise.allSettled(Array.from({ length: parallel }, (_, part) => fc.assert(fc.asyncProperty(arbitrary, guarded(part)), { numRuns: Math.ceil(runs / parallel), seed: seed + part })));
  const failure = parts.find((part) => part.status === 'rejected');
  if (failure) throw failure.reason;
}
