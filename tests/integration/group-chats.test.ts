import { randomUUID } from 'node:crypto';
import type { AnnouncementDelivery, AnnouncementView, AudiencePreview } from '@tds/shared';
import { demoZaloId } from '@tds/bot-server/sandbox/seed-demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

interface Line {
  side: 'user' | 'bot';
  text: string | null;
}

describe.runIf(storeAvailable())(`announcements in Zalo group chats (${storeKind})`, () => {
  let server: TestServer;
  let token = {} as Record<keyof typeof demo, string>;
  const sim = (path: string) => `/zalo-sim/control${path}`;
  const bot = (personId: string) => demoZaloId(personId, 'bot');
  beforeAll(async () => {
    server = await startTestServer();
    token = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const groupLines = async (groupId: string) => (await api<{ messages: Line[] }>(server.url, 'GET', sim(`/chats/${groupId}/messages`))).body.messages;
  const say = (groupId: string, personId: string, text: string) => api(server.url, 'POST', sim(`/groups/${groupId}/messages`), { body: { botUserId: bot(personId), text } });
  const announce = (body: unknown) => api<AnnouncementView>(server.url, 'POST', '/api/announcements', { token: token.communeOfficer, body, headers: { 'idempotency-key': randomUUID() } });

  it('links a school group from inside it only while Zalo lets the bot into groups, and only by its principal', async () => {
    const members = [demo.primaryPrincipal, demo.primaryTeacher, demo.secondaryPrincipal].map(bot);
    const group = await api<{ id: string }>(server.url, 'POST', sim('/groups'), { body: { title: 'Tổ chuyên môn Tiểu học Đăk Kôi', members } });
    expect(group.status).toBe(201);

    // Real Zalo today: can_join_groups is false, the bot hears nothing from groups.
    await say(group.body.id, demo.primaryPrincipal, '/ketnoi');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await groupLines(group.body.id)).filter((line) => line.side === 'bot')).toHaveLength(0);

    await api(server.url, 'POST', sim('/bot'), { body: { canJoinGroups: true } });
    await say(group.body.id, demo.primaryTeacher, '/ketnoi');
    await expect.poll(async () => (await groupLines(group.body.id)).at(-1)?.text ?? '').toContain('Chỉ hiệu trưởng, tổ trưởng');
    await say(group.body.id, demo.primaryPrincipal, '/ketnoi');
    await expect.poll(async () => (await groupLines(group.body.id)).at(-1)?.text ?? '').toContain('Đã kết nối nhóm này với Trường PTDTBT Tiểu học Đăk Kôi');
    const linked = await server.ctx.store.db.selectFrom('group_chats').selectAll().execute();
    expect(linked).toMatchObject([{ chat_id: group.body.id, unit_id: demoUnitIds.primary, linked_by: demo.primaryPrincipal, active: 1 }]);
    // Plain talk in the group is none of the bot's business.
    await say(group.body.id, demo.primaryTeacher, 'Chiều nay họp tổ nhé');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await groupLines(group.body.id)).at(-1)).toMatchObject({ side: 'user', text: 'Chiều nay họp tổ nhé' });
  });

  it('posts an announcement once in the linked groups of the chosen units, when asked, and reports it per unit', async () => {
    const [group] = await server.ctx.store.db.selectFrom('group_chats').select('chat_id').execute();
    const preview = await api<AudiencePreview>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { roles: ['principal'], groupChats: true } });
    expect(preview.body.groupChats).toBe(1);
    const without = await api<AudiencePreview>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { unitIds: [demoUnitIds.secondary], roles: ['principal'], groupChats: true } });
    expect(without.body.groupChats).toBe(0);

    const text = 'Đề nghị các trường hoàn thiện hồ sơ thi đua, nộp về UBND xã trước ngày 30/5.';
    const sent = await announce({ text, roles: ['principal'], groupChats: true });
    expect(sent.status).toBe(201);
    await expect.poll(async () => (await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${sent.body.id}/delivery`, { token: token.communeOfficer })).body.groupChats, { timeout: 15_000 }).toEqual([
      { unitId: demoUnitIds.primary, unitName: 'Trường PTDTBT Tiểu học Đăk Kôi', status: 'sent' },
    ]);
    const posts = (await groupLines(group!.chat_id)).filter((line) => line.side === 'bot' && line.text?.includes(text));
    expect(posts).toHaveLength(1);
    // The principal's own message is counted apart from the group post made in their name.
    const report = await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${sent.body.id}/delivery`, { token: token.communeOfficer });
    expect(report.body.totals.recipients).toBe(report.body.byUnit.reduce((sum, unit) => sum + unit.recipients, 0));

    const notAsked = await announce({ text: 'Thông báo lịch họp giao ban tháng 6 tại UBND xã.', roles: ['principal'] });
    await expect.poll(async () => (await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${notAsked.body.id}/delivery`, { token: token.communeOfficer })).body.totals.pending, { timeout: 15_000 }).toBe(0);
    expect((await api<AnnouncementDelivery>(server.url, 'GET', `/api/announcements/${notAsked.body.id}/delivery`, { token: token.communeOfficer })).body.groupChats).toEqual([]);
    expect((await groupLines(group!.chat_id)).filter((line) => line.text?.includes('giao ban'))).toHaveLength(0);

    const bad = await api<{ error: { fields?: Record<string, string> } }>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { roles: ['principal'], groupChats: 'có' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.groupChats).toBe('Chọn có hoặc không gửi vào nhóm Zalo');
  });

  it('stops posting after /ngatketnoi', async () => {
    const [group] = await server.ctx.store.db.selectFrom('group_chats').select('chat_id').execute();
    await say(group!.chat_id, demo.primaryPrincipal, '/ngatketnoi');
    await expect.poll(async () => (await groupLines(group!.chat_id)).at(-1)?.text ?? '').toContain('Đã ngắt kết nối');
    const preview = await api<AudiencePreview>(server.url, 'POST', '/api/announcements/preview', { token: token.communeOfficer, body: { roles: ['principal'], groupChats: true } });
    expect(preview.body.groupChats).toBe(0);
  });
});
