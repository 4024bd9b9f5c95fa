import { randomUUID } from 'node:crypto';
import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`retention of answers and audit rows (${storeKind})`, () => {
  let server: TestServer;
  let now = new Date('2027-03-01T02:30:00+07:00');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

  beforeAll(async () => {
    server = await startTestServer({ RETENTION_ANSWERS_DAYS: '90', RETENTION_AUDIT_DAYS: '400' }, { clock: { now: () => now } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('deletes answers and audit rows past their retention at the nightly pass, and keeps the rest', async () => {
    const db = server.ctx.store.db;
    const questionId = randomUUID();
    await db
      .insertInto('progress_questions')
      .values({ id: questionId, author_person_id: demo.primaryPrincipal, unit_id: demoUnitIds.primary, text: 'Đã cài VNeID chưa?', answer_type: 'yes_no', choices: '[]', audience_roles: '["teacher"]', schedule: '{}', open_days: 3, active: 1, created_at: daysAgo(200) })
      .execute();
    const answer = (id: string, days: number) => ({ id, question_id: questionId, occurrence: `o-${id}`, person_id: demo.primaryTeacher, value: 'yes', raw_text: 'có', channel: 'bot', received_at: daysAgo(days), current: 1 });
    await db.insertInto('progress_answers').values([answer('old-answer', 91), answer('recent-answer', 89)]).execute();
    const audit = (id: string, days: number) => ({ id, at: daysAgo(days), actor_id: null, action: 'test.retention', subject_type: 'test', subject_id: null, detail: null });
    await db.insertInto('audit_log').values([audit('old-audit', 401), audit('recent-audit', 399)]).execute();

    const scheduler = createScheduler(server.ctx, () => {});
    await scheduler.prune();
    const answers = await db.selectFrom('progress_answers').select('id').where('question_id', '=', questionId).execute();
    expect(answers.map((row) => row.id)).toEqual(['recent-answer']);
    const audits = await db.selectFrom('audit_log').select('id').where('action', '=', 'test.retention').execute();
    expect(audits.map((row) => row.id)).toEqual(['recent-audit']);
    const record = await db.selectFrom('audit_log').select('detail').where('action', '=', 'retention.prune').executeTakeFirstOrThrow();
    expect(JSON.parse(record.detail!)).toMatchObject({ answers: 1, answersDays: 90, auditDays: 400 });

    // A day later the recent answer has aged past 90 days too; a second instance running the same pass finds nothing more.
    now = new Date(now.getTime() + 2 * 86_400_000);
    await Promise.all([scheduler.prune(), createScheduler(server.ctx, () => {}).prune()]);
    expect(await db.selectFrom('progress_answers').select('id').where('question_id', '=', questionId).execute()).toEqual([]);
  });
});
