import { randomUUID } from 'node:crypto';
import type { AnnouncementDelivery, AnnouncementView, ApiError, AudiencePreview, SentAnnouncement } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`broadcast announcements (${storeKind})`, () => {
  let server: TestServer;
  let token = {} as Record<keyof typeof demo, string>;
  beforeAll(async () => {
    server = await startTestServer();
    token = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const send = (who: keyof typeof demo, body: unknown, key = randomUUID()) => api<AnnouncementView & ApiError>(server.url, 'POST', '/api/announcements', { token: token[who], body, headers: { 'idempotency-key': key } });

  it('previews the audience, per unit, with who the bot can reach', async () => {
    const preview = await api<AudiencePreview>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { roles: ['principal'] } });
    expect(preview.body).toMatchObject({ recipients: 6, linked: 6, notLinked: 0 });
    const teachers = await api<AudiencePreview>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { unitIds: ['th-dak-koi'], roles: ['teacher'] } });
    expect(teachers.body.notLinked).toBe(1);
    expect(teachers.body.byUnit.map((unit) => unit.unitName)).toEqual(['Tổ khối 1–2–3', 'Tổ khối 4–5']);
  });

  it('refuses empty, oversized and out-of-scope broadcasts, and teachers', async () => {
    expect((await send('communeOfficer', { text: '', roles: ['principal'] })).body.error.fields?.text).toMatch(/quá ngắn/);
    expect((await send('communeOfficer', { text: 'x'.repeat(10_000), roles: ['principal'] })).body.error.fields?.text).toMatch(/tối đa 3000/);
    expect((await send('primaryPrincipal', { text: 'Thông báo cho trường bạn', unitIds: ['thcs-dak-koi'], roles: ['teacher'] })).status).toBe(403);
    expect((await send('primaryTeacher', { text: 'Thông báo của giáo viên', roles: ['teacher'] })).status).toBe(403);
    expect((await api(server.url, 'POST', '/api/announcements', { token: token.communeOfficer, body: { text: 'Không có mã chống trùng', roles: ['principal'] } })).status).toBe(400);
  });

  it('sends once for a retried request, delivers through the outbox and reports per unit', async () => {
    const key = randomUUID();
    const body = { text: 'Các trường nộp hồ sơ đề nghị khen thưởng trước ngày 30/5. Cảm ơn các thầy cô!', roles: ['principal'] };
    const [first, second] = await Promise.all([send('communeOfficer', body, key), send('communeOfficer', body, key)]);
    expect(first.body.id).toBe(second.body.id);
    const rows = await server.ctx.store.db.selectFrom('outbox').select('recipient_person_id').where('dedupe_key', 'like', `announcement:${first.body.id}:%`).execute();
    expect(rows).toHaveLength(6);

    await expect.poll(async () => (await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${first.body.id}/delivery`, { token: token.communeOfficer })).body.totals.sent, { timeout: 15_000 }).toBe(6);
    const feed = await api<AnnouncementView[]>(server.url, 'GET', '/api/announcements', { token: token.primaryPrincipal });
    expect(feed.body[0]).toMatchObject({ id: first.body.id, readAt: null, authorName: 'Nguyễn Thị Thu Hà' });
    const read = await api<AnnouncementView>(server.url, 'POST', `/api/announcements/${first.body.id}/read`, { token: token.primaryPrincipal });
    expect(read.body.readAt).not.toBeNull();
    const report = await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${first.body.id}/delivery`, { token: token.communeOfficer });
    expect(report.body.totals).toMatchObject({ recipients: 6, sent: 6, read: 1 });
    expect((await api(server.url, 'GET', `/api/announcements/${first.body.id}/delivery`, { token: token.primaryPrincipal })).status).toBe(403);
    expect((await api(server.url, 'GET', `/api/announcements/${first.body.id}`, { token: token.primaryTeacher })).status).toBe(404);
  });

  it('holds a scheduled announcement until its time', async () => {
    const sendAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await send('communeOfficer', { text: 'Họp giao ban trực tuyến lúc 14 giờ chiều nay.', roles: ['principal'], sendAt });
    expect(scheduled.body.sent).toBe(false);
    const rows = await server.ctx.store.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', `announcement:${scheduled.body.id}:%`).execute();
    expect(rows).toHaveLength(0);
  });

  it('lists what the sender sent, newest first, scheduled ones too, to the sender alone', async () => {
    const sent = await api<SentAnnouncement[]>(server.url, 'GET', '/api/announcements/sent', { token: token.communeOfficer });
    expect(sent.status).toBe(200);
    const [scheduled, delivered] = sent.body;
    expect(scheduled).toMatchObject({ text: 'Họp giao ban trực tuyến lúc 14 giờ chiều nay.', sent: false, recipients: 0, requiresAck: false });
    expect(delivered).toMatchObject({ text: 'Các trường nộp hồ sơ đề nghị khen thưởng trước ngày 30/5. Cảm ơn các thầy cô!', sent: true, recipients: 6 });
    expect(sent.body.map((row) => row.sendAt)).toEqual([...sent.body.map((row) => row.sendAt)].sort().reverse());
    // The retried send above is one announcement, and refused ones are none.
    expect(sent.body).toHaveLength(2);
    expect((await api<SentAnnouncement[]>(server.url, 'GET', '/api/announcements/sent', { token: token.primaryPrincipal })).body).toEqual([]);
    expect((await api(server.url, 'GET', '/api/announcements/sent')).status).toBe(401);
  });
});
