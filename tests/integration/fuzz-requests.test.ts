import { randomUUID } from 'node:crypto';
import * as shared from '@tds/shared';
import { insertUnit, findUnit } from '@tds/bot-server/features/org/repo';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assertConcurrently, bodyText, fuzzRuns, httpClient, jsonContentType, problemWith, serialize, shapedLike, type Json } from '../support/fuzz';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { unitFixtures, type FixturePerson, type UnitFixtures } from '../support/unit-fixtures';

interface Ids {
  planId: string;
  obligationId: string;
  draftId: string;
  submissionId: string;
  questionId: string;
  nominationId: string;
}

/** Where each request schema of shared/src/schemas is posted. `wrap` puts the fuzzed value inside the envelope the route expects. */
interface Target {
  method: 'POST' | 'PUT' | 'GET';
  path: (ids: Ids) => string;
  wrap?: (value: Json) => Json;
  /** Sign-in routes are reached without a session. */
  anonymous?: boolean;
  idempotent?: boolean;
}

const post = (path: Target['path'], options: Partial<Target> = {}): Target => ({ method: 'POST', path, ...options });
const put = (path: Target['path'], options: Partial<Target> = {}): Target => ({ method: 'PUT', path, ...options });
const entry = (key: string, value: Json | string): [string, Json] => [key, typeof value === 'string' ? { raw: JSON.stringify(value) } : value];

const targets: Record<string, Target> = {
  ZaloSignInBody: post(() => '/api/auth/zalo', { anonymous: true }),
  JoinBody: post(() => '/api/auth/join', { anonymous: true }),
  RefreshBody: post(() => '/api/auth/refresh', { anonymous: true }),
  CreateJoinCodeBody: post(() => '/api/org/join-codes'),
  ImportPlanBody: post(() => '/api/plans/import'),
  ObligationInput: put((ids) => `/api/plans/${ids.planId}/obligations/${ids.obligationId}`),
  MarkDoneBody: post((ids) => `/api/plans/${ids.planId}/obligations/${ids.obligationId}/done`),
  CreateDraftBody: post(() => '/api/submissions/drafts'),
  SaveDraftBody: put((ids) => `/api/submissions/${ids.draftId}/draft`),
  DraftData: put((ids) => `/api/submissions/${ids.draftId}/draft`, { wrap: (data) => ({ entries: [entry('data', data), ['version', { raw: '0' }]] }) }),
  InitiativeData: post(() => '/api/submissions', { idempotent: true, wrap: (data) => ({ entries: [entry('kind', 'initiative'), entry('data', data)] }) }),
  TrainingData: post(() => '/api/submissions', { idempotent: true, wrap: (data) => ({ entries: [entry('kind', 'training'), entry('data', data)] }) }),
  ReviewBody: post((ids) => `/api/submissions/${ids.submissionId}/review`),
  SubmissionListQuery: { method: 'GET', path: () => '/api/submissions' },
  CreateQuestionBody: post(() => '/api/progress/questions'),
  AnswerBody: post((ids) => `/api/progress/questions/${ids.questionId}/answer`),
  ReminderPolicyBody: put(() => '/api/reminders/policy'),
  ObligationImportanceBody: put((ids) => `/api/reminders/importance/${ids.obligationId}`),
  ReminderAckQuery: { method: 'GET', path: (ids) => `/api/reminders/acknowledgements/${ids.obligationId}` },
  ReminderResendBody: post((ids) => `/api/reminders/acknowledgements/${ids.obligationId}/resend`, { idempotent: true }),
  AnnouncementAudience: post(() => '/api/announcements/preview'),
  CreateAnnouncementBody: post(() => '/api/announcements', { idempotent: true }),
  CreateNominationBody: post(() => '/api/awards'),
  AcknowledgeBody: post(() => '/api/acknowledgements'),
  OffDayBody: post(() => '/api/calendar/off-days'),
  WeekendBody: put(() => '/api/calendar/weekend'),
  LeaveBody: post(() => '/api/leave'),
  DigestSetting: put(() => '/api/me/digest'),
  ChecklistBody: put((ids) => `/api/awards/${ids.nominationId}/checklist`),
};

/** Every request schema shared exports: bodies, inputs, queries, and the submission forms posted inside `{kind, data}`. */
const requestSchemas = Object.entries(shared)
  .filter(([name, value]) => (/(Body|Input|Query|Audience)$/.test(name) || ['InitiativeData', 'TrainingData', 'DraftData'].includes(name)) && typeof value === 'object' && value !== null && '_zod' in value)
  .map(([name]) => name);

/** Percent-encodes the UTF-8 bytes (lone surrogates included, as a broken client would send them). */
const percent = (text: string) => [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** A query string from a fuzzed document: its keys and values as text (what a URL can carry). */
function queryOf(value: Json): string {
  if (!('entries' in value)) return `scope=${percent(serialize(value))}`;
  return value.entries.map(([key, item]) => `${percent(key)}=${percent('raw' in item ? item.raw.replace(/^"|"$/g, '') : serialize(item))}`).join('&');
}

type Case = { query: string } | { body: string; contentType: string; forwardedFor: string; idempotencyKey: string | null };

describe.runIf(storeAvailable())(`fuzzing every request schema over HTTP: ${fuzzRuns} cases each (${storeKind})`, () => {
  let server: TestServer;
  let client: ReturnType<typeof httpClient>;
  let fuzzer: FixturePerson;
  let fx: UnitFixtures;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer();
    client = httpClient(server.url);
    fx = unitFixtures(server.ctx, server.url);
    // An admin (so authorization lets the input reach the deeper checks) in a unit with nobody below it,
    // so the announcements it manages to send reach few people.
    const { db } = server.ctx.store;
    await insertUnit(db, { id: 'to-thu-nghiem', kind: 'group', name: 'Tổ thử nghiệm', parent: (await findUnit(db, 'th-dak-koi'))!, at: new Date() });
    fuzzer = await fx.newPerson('to-thu-nghiem', 'admin');
    const plan = await fx.plan('to-thu-nghiem');
    const submission = await fx.submission('to-thu-nghiem');
    ids = { ...plan, draftId: await fx.draftOf(fuzzer), submissionId: submission.submissionId, questionId: await fx.question('to-thu-nghiem'), nominationId: await fx.nomination('to-thu-nghiem') };
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it('has a fuzz target for every request schema in shared', () => {
    expect(requestSchemas.filter((name) => !(name in targets)).map((name) => `request schema ${name} has no fuzz target`)).toEqual([]);
  });

  for (const [name, target] of Object.entries(targets)) {
    it(`${target.method} ${target.path({ planId: ':planId', obligationId: ':obligationId', draftId: ':id', submissionId: ':id', questionId: ':questionId', nominationId: ':id' })} with fuzzed ${name}: never 5xx, every 4xx Vietnamese JSON`, { timeout: 600_000 }, async () => {
      // Sessions last 15 minutes and a full run takes longer: each target signs a fresh one.
      const token = (await fx.personAs(fuzzer.actor.personId)).token;
      const schema = (shared as unknown as Record<string, z.ZodType>)[name]!;
      const shaped = target.wrap ? shapedLike(schema).map(target.wrap) : shapedLike(schema);
      const forwardedFor = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);
      const idempotencyKey = fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.string({ maxLength: 120 }) });
      const requestCase: fc.Arbitrary<Case> = target.method === 'GET' ? fc.record({ query: shapedLike(schema).map(queryOf) }) : fc.record({ body: bodyText(shaped), contentType: jsonContentType, forwardedFor, idempotencyKey });
      await assertConcurrently(requestCase, async (input) => {
        const headers: Record<string, string> = {};
        if (!target.anonymous) headers.authorization = `Bearer ${token}`;
        let path = target.path(ids);
        let body: string | undefined;
        if ('query' in input) {
          path = `${path}?${input.query}`;
        } else {
          body = input.body;
          if (input.contentType) headers['content-type'] = input.contentType;
          // Sign-in is rate limited per address: a new (proxied) address per case keeps the fuzz past the limiter.
          headers['x-forwarded-for'] = input.forwardedFor;
          if (target.idempotent) headers['idempotency-key'] = input.idempotencyKey ?? randomUUID();
        }
        const answer = await client.send(target.method, path, headers, body);
        const problem = problemWith(answer);
        if (problem) throw new Error(`${target.method} ${path} ${body?.slice(0, 500) ?? ''} → ${problem}`);
      });
      console.info(`[fuzz] ${storeKind} ${name}: ${client.tally()}`);
      const health = await client.send('GET', '/healthz', {});
      expect(health.status).toBe(200);
    });
  }
});
