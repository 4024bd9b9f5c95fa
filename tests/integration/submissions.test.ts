import { randomUUID } from 'node:crypto';
import type { ApiError, SubmissionView, TrainingCoverage } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo } from '../support/demo';
import { makeDocx } from '../support/docx';
import { disguisedExe, jpegBytes, pdfBytes, pngBytes, upload } from '../support/files';
import { author, initiative, trainingCourse } from '../support/samples';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

describe.runIf(storeAvailable())(`submissions: sáng kiến and training evidence with review (${storeKind})`, () => {
  let server: TestServer;
  let token = {} as Record<keyof typeof demo, string>;
  beforeAll(async () => {
    server = await startTestServer();
    token = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('types uploads from their bytes, holds each type to its limit, and stores one copy per content', async () => {
    const photo = await upload(server.url, token.primaryTeacher, pngBytes(), 'anh.jpg');
    expect(photo.status).toBe(201);
    expect(photo.body.mime).toBe('image/png');
    const again = await upload(server.url, token.primaryTeacher, pngBytes(), 'anh-lan-2.png');
    expect(again.body.id).toBe(photo.body.id);
    const otherOwner = await upload(server.url, token.primaryGroupLeader, pngBytes(), 'anh.png');
    expect(otherOwner.body.id).not.toBe(photo.body.id);
    expect(otherOwner.body.sha256).toBe(photo.body.sha256);

    expect((await upload(server.url, token.primaryTeacher, pdfBytes(), 'chung-chi.pdf')).body.mime).toBe('application/pdf');
    expect((await upload(server.url, token.primaryTeacher, await makeDocx('Báo cáo'), 'bao-cao.docx')).body.mime).toMatch(/wordprocessingml/);

    const exe = await upload(server.url, token.primaryTeacher, disguisedExe(), 'anh.jpg');
    expect(exe.status).toBe(415);
    expect(exe.body.error?.message).toMatch(/Chỉ nhận ảnh/);
    const bigPhoto = await upload(server.url, token.primaryTeacher, jpegBytes(11 * 1024 * 1024), 'lon.jpg');
    expect(bigPhoto.status).toBe(413);
    expect(bigPhoto.body.error?.fields?.file).toMatch(/10 MB/);
    const huge = await upload(server.url, token.primaryTeacher, Buffer.concat([pdfBytes(), Buffer.alloc(21 * 1024 * 1024)]), 'lon.pdf');
    expect(huge.status).toBe(413);
  });

  it('keeps drafts on the server, restores them anywhere, and refuses a stale autosave', async () => {
    const clientKey = randomUUID();
    const draft = await api<SubmissionView>(server.url, 'POST', '/api/submissions/drafts', { token: token.primaryTeacher, body: { kind: 'initiative', clientKey, data: { title: 'Sáng kiến' } } });
    expect(draft.status).toBe(201);
    const reopened = await api<SubmissionView>(server.url, 'POST', '/api/submissions/drafts', { token: token.primaryTeacher, body: { kind: 'initiative', clientKey } });
    expect(reopened.body.id).toBe(draft.body.id);

    const saved = await api<SubmissionView>(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryTeacher, body: { data: { title: 'Sáng kiến bảng tương tác' }, version: 0 } });
    expect(saved.body).toMatchObject({ version: 1, title: 'Sáng kiến bảng tương tác' });
    const stale = await api<ApiError>(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryTeacher, body: { data: { title: 'cũ' }, version: 0 } });
    expect(stale.status).toBe(409);
    // Beyond the store's integer column: a 400 on the field, not an overflow (a 500 on PostgreSQL, found by fuzzing).
    const absurd = await api<ApiError>(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryTeacher, body: { data: {}, version: 2 ** 32 } });
    expect(absurd).toMatchObject({ status: 400, body: { error: { fields: { version: 'Phiên bản bản nháp không hợp lệ' } } } });

    const spare = await api<SubmissionView>(server.url, 'POST', '/api/submissions/drafts', { token: token.primaryTeacher, body: { kind: 'training', clientKey: randomUUID() } });
    expect((await api(server.url, 'DELETE', `/api/submissions/${spare.body.id}/draft`, { token: token.primaryGroupLeader })).status).toBe(404);
    expect((await api(server.url, 'DELETE', `/api/submissions/${spare.body.id}/draft`, { token: token.primaryTeacher })).status).toBe(204);
    expect((await api(server.url, 'GET', `/api/submissions/${spare.body.id}`, { token: token.primaryTeacher })).status).toBe(404);

    const someoneElse = await api(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryGroupLeader, body: { data: {}, version: 1 } });
    expect(someoneElse.status).toBe(404);
    expect((await api(server.url, 'GET', `/api/submissions/${draft.body.id}`, { token: token.primaryPrincipal })).status).toBe(404);
  });

  it('submits once for a double tap, with Vietnamese field errors first', async () => {
    const photo = await upload(server.url, token.primaryTeacher, jpegBytes(4096), 'lop-hoc.jpg');
    const clientKey = randomUUID();
    const draft = await api<SubmissionView>(server.url, 'POST', '/api/submissions/drafts', { token: token.primaryTeacher, body: { kind: 'initiative', clientKey } });
    const badShares = { ...initiative([photo.body.id]), authors: [author('Y Vân', 70), author('Đặng Văn Toàn', 20)] };
    await api(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryTeacher, body: { data: badShares, version: 0 } });
    const key = randomUUID();
    const refused = await api<ApiError>(server.url, 'POST', `/api/submissions/${draft.body.id}/submit`, { token: token.primaryTeacher, headers: { 'idempotency-key': key } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.authors).toBe('Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)');

    await api(server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: token.primaryTeacher, body: { data: initiative([photo.body.id]), version: 1 } });
    const tap = () => api<SubmissionView>(server.url, 'POST', `/api/submissions/${draft.body.id}/submit`, { token: token.primaryTeacher, headers: { 'idempotency-key': key } });
    const [first, second] = await Promise.all([tap(), tap()]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.status).toBe('submitted');
    const events = await server.ctx.store.db.selectFrom('submission_events').selectAll().where('submission_id', '=', draft.body.id).execute();
    expect(events.filter((event) => event.to_status === 'submitted')).toHaveLength(1);
    expect((await api(server.url, 'POST', `/api/submissions/${draft.body.id}/submit`, { token: token.primaryTeacher })).status).toBe(400);
  });

  it('creates exactly one record from retried one-step submits', async () => {
    const cert = await upload(server.url, token.primaryTeacher, pngBytes(3000), 'chung-chi.png');
    const body = { kind: 'training', data: trainingCourse([cert.body.id]) };
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => api<SubmissionView>(server.url, 'POST', '/api/submissions', { token: token.primaryTeacher, body, headers: { 'idempotency-key': key } })));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((result) => result.body.id)).size).toBe(1);
    const rows = await server.ctx.store.db.selectFrom('submissions').select('id').where('client_key', '=', key).execute();
    expect(rows).toHaveLength(1);
    const otherKind = await api<ApiError>(server.url, 'POST', '/api/submissions', { token: token.primaryTeacher, body: { kind: 'initiative', data: initiative([cert.body.id]) }, headers: { 'idempotency-key': key } });
    expect(otherKind.status).toBe(400);
    expect(otherKind.body.error.fields?.idempotencyKey).toBe('Mã đã dùng cho thao tác khác');

    const stolen = await api<ApiError>(server.url, 'POST', '/api/submissions', { token: token.primaryGroupLeader, body, headers: { 'idempotency-key': randomUUID() } });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.fields?.attachmentIds).toBeDefined();
    const noFile = await api<ApiError>(server.url, 'POST', '/api/submissions', { token: token.primaryTeacher, body: { kind: 'training', data: { ...body.data, attachmentIds: [] } }, headers: { 'idempotency-key': randomUUID() } });
    expect(noFile.body.error.fields?.attachmentIds).toBe('Cần ảnh hoặc tệp chứng chỉ');
  });

  it('walks the review lifecycle with comments, bot notices and no edits after approval', async () => {
    const photo = await upload(server.url, token.primaryTeacher, jpegBytes(5000), 'minh-chung.jpg');
    const created = await api<SubmissionView>(server.url, 'POST', '/api/submissions', { token: token.primaryTeacher, body: { kind: 'initiative', data: initiative([photo.body.id]) }, headers: { 'idempotency-key': randomUUID() } });
    const id = created.body.id;

    const queue = await api<Array<{ id: string }>>(server.url, 'GET', '/api/submissions?scope=review&status=submitted', { token: token.primaryGroupLeader });
    expect(queue.body.map((row) => row.id)).toContain(id);
    expect((await api<Array<{ id: string }>>(server.url, 'GET', '/api/submissions?scope=review', { token: token.secondaryPrincipal })).body.map((row) => row.id)).not.toContain(id);
    expect((await api(server.url, 'GET', `/api/submissions/${id}`, { token: token.secondaryPrincipal })).status).toBe(404);
    expect((await api(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.secondaryPrincipal, body: { decision: 'approve' } })).status).toBe(404);
    expect((await api(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryTeacher, body: { decision: 'approve' } })).status).toBe(403);

    const noReason = await api<ApiError>(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryPrincipal, body: { decision: 'return' } });
    expect(noReason.body.error.fields?.comment).toMatch(/lý do/);
    const returned = await api<SubmissionView>(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryPrincipal, body: { decision: 'return', comment: 'Bổ sung số liệu kết quả học kỳ I' } });
    expect(returned.body).toMatchObject({ status: 'returned', reviewerComment: 'Bổ sung số liệu kết quả học kỳ I' });
    const notice = await server.ctx.store.db.selectFrom('outbox').selectAll().where('recipient_person_id', '=', demo.primaryTeacher).execute();
    expect(notice.some((row) => JSON.parse(row.payload).text.includes('Bổ sung số liệu'))).toBe(true);

    const mine = await api<SubmissionView>(server.url, 'GET', `/api/submissions/${id}`, { token: token.primaryTeacher });
    await api(server.url, 'PUT', `/api/submissions/${id}/draft`, { token: token.primaryTeacher, body: { data: { ...initiative([photo.body.id]), effectiveness: 'Tỷ lệ đọc trơn tăng từ 61% lên 83% (số liệu học kỳ I).' }, version: mine.body.version } });
    const resubmitted = await api<SubmissionView>(server.url, 'POST', `/api/submissions/${id}/submit`, { token: token.primaryTeacher, headers: { 'idempotency-key': randomUUID() } });
    expect(resubmitted.body.status).toBe('submitted');

    const approved = await api<SubmissionView>(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryGroupLeader, body: { decision: 'approve' } });
    expect(approved.body.status).toBe('approved');
    const twice = await api<ApiError>(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryPrincipal, body: { decision: 'approve' } });
    expect(twice.status).toBe(409);
    const locked = await api(server.url, 'PUT', `/api/submissions/${id}/draft`, { token: token.primaryTeacher, body: { data: {}, version: approved.body.version } });
    expect(locked.status).toBe(409);
    expect((await api(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryGroupLeader, body: { decision: 'forward' } })).status).toBe(403);
    const forwarded = await api<SubmissionView>(server.url, 'POST', `/api/submissions/${id}/review`, { token: token.primaryPrincipal, body: { decision: 'forward' } });
    expect(forwarded.body.status).toBe('forwarded');
    expect(forwarded.body.history.map((event) => event.to)).toEqual(['submitted', 'returned', 'submitted', 'approved', 'forwarded']);

    const audit = await server.ctx.store.db.selectFrom('audit_trail').select('action').where('subject_id', '=', id).orderBy('at').orderBy('id').execute();
    expect(audit.map((row) => row.action)).toEqual(['submission.submit', 'submission.return', 'submission.resubmit', 'submission.approve', 'submission.forward']);
  });

  it('lets reviewers open evidence (audited) and nobody else', async () => {
    const photo = await upload(server.url, token.primaryTeacher, pngBytes(5000), 'bang-chung.png');
    await api(server.url, 'POST', '/api/submissions', { token: token.primaryTeacher, body: { kind: 'initiative', data: initiative([photo.body.id]) }, headers: { 'idempotency-key': randomUUID() } });
    const asReviewer = await fetch(`${server.url}/api/attachments/${photo.body.id}`, { headers: { authorization: `Bearer ${token.primaryPrincipal}` } });
    expect(asReviewer.status).toBe(200);
    expect(asReviewer.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await asReviewer.arrayBuffer()).equals(pngBytes(5000))).toBe(true);
    expect((await fetch(`${server.url}/api/attachments/${photo.body.id}`, { headers: { authorization: `Bearer ${token.secondaryPrincipal}` } })).status).toBe(404);
    const audit = await server.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'attachment.read').where('subject_id', '=', photo.body.id).execute();
    expect(audit.map((row) => row.actor_id)).toEqual([demo.primaryPrincipal]);
  });

  it('reports training coverage per unit', async () => {
    const coverage = await api<TrainingCoverage>(server.url, 'GET', '/api/submissions/coverage', { token: token.primaryPrincipal });
    expect(coverage.status).toBe(200);
    expect(coverage.body).toMatchObject({ unitId: 'th-dak-koi', staff: 13, withEvidence: 1 });
    expect(coverage.body.percent).toBeCloseTo(7.7, 1);
    expect(coverage.body.byUnit.map((unit) => unit.unitId)).toEqual(['th-dak-koi-to-1-3', 'th-dak-koi-to-4-5']);
    expect((await api(server.url, 'GET', '/api/submissions/coverage?unitId=thcs-dak-koi', { token: token.primaryPrincipal })).status).toBe(403);
  });
});
