import { crc32, deflateSync } from 'node:zlib';
import type { SubmissionView } from '@tds/shared';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { browserAvailable } from '../support/browser';
import { demo } from '../support/demo';
import { goHome, inViewport, text, usePhoneApp, visible } from '../support/phone-app';
import { storeAvailable, storeKind } from '../support/test-store';

/**
 * A real PNG (it decodes: thumbnails show it): diagonal stripes in two colours, RGB, no alpha.
 * Large sizes still compress to little, which lets the phone's downscaling be tested cheaply.
 */
function stripedPng(width: number, height: number, [r1, g1, b1]: readonly number[], [r2, g2, b2]: readonly number[]): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const first = Math.floor((x + y) / 24) % 2 === 0;
      raw.set(first ? [r1 ?? 0, g1 ?? 0, b1 ?? 0] : [r2 ?? 0, g2 ?? 0, b2 ?? 0], y * row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const title = 'Ứng dụng bảng tương tác trong dạy đọc lớp 1 cho học sinh dân tộc thiểu số';
const returnComment = 'Bổ sung số liệu so sánh trước và sau khi áp dụng sáng kiến.';
const course = 'Kỹ năng số cơ bản cho công dân';

/** A thumbnail that really shows a picture (decoded, not a broken image); lazy ones load once scrolled to. */
async function pictureShown(item: Locator): Promise<boolean> {
  await item.scrollIntoViewIfNeeded().catch(() => undefined);
  return item.locator('img.attachment-thumb').first().evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0).catch(() => false);
}

/** Types like a person (each key an input event), so the dd/mm/yyyy mask runs. */
async function typeInto(locator: Locator, value: string) {
  await locator.fill('');
  await locator.pressSequentially(value);
}

describe.runIf(browserAvailable() && storeAvailable())(`submissions in the mini app, in Chromium (${storeKind})`, () => {
  const app = usePhoneApp('submissions');
  let initiativeId = '';

  it('a teacher fills in a sáng kiến, fixes the shares, attaches a photo, reloads and submits it once', async () => {
    const { page } = app;
    await app.signIn(demo.primaryTeacher, 'Y Vân');
    await page.getByTestId('tile-initiative').click();
    await expect.poll(() => visible(page.getByTestId('initiative-title')), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('author-0-name').inputValue()).toBe('Y Vân');
    expect(await page.getByTestId('author-0-workplace').inputValue()).toBe('Tổ khối 1–2–3');
    expect(await page.getByTestId('author-0-position').inputValue()).toBe('Giáo viên');
    expect(await text(page.getByTestId('draft-status'))).toBe('Bản nháp được lưu tự động khi bạn nhập');
    await app.shot('initiative-new');

    await page.getByTestId('initiative-title').fill(title);
    await page.getByTestId('initiative-field').fill('Giáo dục tiểu học');
    await typeInto(page.getByTestId('initiative-first-applied'), '08092025');
    expect(await page.getByTestId('initiative-first-applied').inputValue()).toBe('08/09/2025');
    await typeInto(page.getByTestId('author-0-birth'), '12041988');
    expect(await page.getByTestId('author-0-birth').inputValue()).toBe('12/04/1988');
    await page.getByTestId('author-0-qualification').fill('Cử nhân Sư phạm Tiểu học');
    await page.getByTestId('author-0-share').fill('70');
    await page.getByTestId('author-add').click();
    await page.getByTestId('author-1-name').fill('Đặng Văn Toàn');
    await page.getByTestId('author-1-birth').fill('01/02/1990');
    await page.getByTestId('author-1-workplace').fill('Trường PTDTBT Tiểu học Đăk Kôi');
    await page.getByTestId('author-1-position').fill('Giáo viên');
    await page.getByTestId('author-1-qualification').fill('Cử nhân Sư phạm Tiểu học');
    await page.getByTestId('author-1-share').fill('20');
    await expect.poll(() => text(page.getByTestId('share-total'))).toContain('90%');
    await page.getByTestId('initiative-problem').fill('Học sinh lớp 1 người Xơ Đăng còn hạn chế tiếng Việt, giờ tập đọc thiếu học liệu trực quan.');
    await page.getByTestId('initiative-solution').fill('Xây dựng bộ bài giảng điện tử có âm thanh, hình ảnh quen thuộc với đời sống thôn làng; học sinh luyện đọc theo nhóm trên bảng tương tác.');
    await page.getByTestId('initiative-novelty').fill('Lần đầu dùng tiếng Xơ Đăng làm cầu nối trong bài giảng điện tử của trường.');
    await page.getByTestId('initiative-effectiveness').fill('Học sinh hứng thú hơn, mạnh dạn đọc trước lớp.');
    await page.getByTestId('initiative-scalability').fill('Áp dụng được cho các trường vùng đồng bào dân tộc thiểu số trong xã.');
    await page.getByTestId('video-0').fill('https://www.youtube.com/watch?v=abc123');

    // 70 + 20: refused on the phone, the message under the authors, scrolled into view.
    await page.getByTestId('submit-initiative').click();
    const sharesError = page.getByTestId('field-error-authors');
    await expect.poll(() => text(sharesError)).toBe('Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)');
    await expect.poll(() => inViewport(sharesError)).toBe(true);
    await app.shot('shares-90');
    await page.getByTestId('author-1-share').fill('30');
    await expect.poll(() => text(page.getByTestId('share-total'))).toContain('100%');
    expect(await sharesError.count()).toBe(0);

    // The photo: the first upload is cut off ("Thử lại"), the retry sends the same file, slowly enough to see the bar.
    await page.route('**/api/attachments', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.route('**/api/attachments', (route) => route.abort('failed'), { times: 1 });
    await page.getByTestId('attachment-input').setInputFiles({ name: 'gio-tap-doc.png', mimeType: 'image/png', buffer: stripedPng(320, 240, [46, 125, 50], [255, 236, 179]) });
    const photo = page.getByTestId('attachment-item-0');
    await expect.poll(() => visible(page.getByTestId('attachment-retry')), { timeout: 15_000 }).toBe(true);
    expect(await text(photo.getByTestId('attachment-error'))).toContain('Không kết nối được máy chủ');
    await photo.scrollIntoViewIfNeeded();
    await app.shot('upload-failed');
    await page.getByTestId('attachment-retry').click();
    await expect.poll(() => visible(photo.getByTestId('attachment-progress'))).toBe(true);
    await expect.poll(() => photo.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await page.unrouteAll({ behavior: 'wait' });
    expect(await pictureShown(photo)).toBe(true);
    await expect.poll(() => text(page.getByTestId('draft-status')), { timeout: 15_000 }).toMatch(/^Đã lưu nháp lúc \d{2}:\d{2}$/);
    await app.shot('initiative-filled');

    // A reload (the webview killed mid-way): signed in again, the same draft comes back, photo included.
    await page.reload();
    await expect.poll(() => visible(page.getByTestId('tile-initiative')), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('tile-initiative').click();
    await expect.poll(() => page.getByTestId('initiative-title').inputValue().catch(() => ''), { timeout: 15_000 }).toBe(title);
    expect(await page.getByTestId('author-1-share').inputValue()).toBe('30');
    expect(await page.getByTestId('author-0-birth').inputValue()).toBe('12/04/1988');
    expect(await page.getByTestId('initiative-first-applied').inputValue()).toBe('08/09/2025');
    expect(await text(page.getByTestId('draft-status'))).toMatch(/^Đã lưu nháp lúc/);
    await app.shot('draft-restored');
    await expect.poll(() => pictureShown(page.getByTestId('attachment-item-0')), { timeout: 15_000 }).toBe(true);
    await app.shot('draft-restored-photo');

    // Another device saves the draft meanwhile: the phone's next autosave gets 409, loads that version and says so.
    const teacher = await signInAs(app.server.url, demo.primaryTeacher);
    const [draftRow] = (await api<Array<{ id: string }>>(app.server.url, 'GET', '/api/submissions?scope=mine&status=draft&kind=initiative', { token: teacher.token })).body;
    const draft = await api<SubmissionView>(app.server.url, 'GET', `/api/submissions/${draftRow?.id}`, { token: teacher.token });
    const elsewhere = { ...draft.body.data, field: 'Giáo dục tiểu học (sửa trên máy tính)' };
    expect((await api(app.server.url, 'PUT', `/api/submissions/${draft.body.id}/draft`, { token: teacher.token, body: { data: elsewhere, version: draft.body.version } })).status).toBe(200);
    await page.getByTestId('initiative-novelty').fill('Lần đầu dùng tiếng Xơ Đăng làm cầu nối trong bài giảng điện tử của nhà trường.');
    await expect.poll(() => text(page.getByTestId('draft-status')), { timeout: 15_000 }).toContain('Đã tải bản mới nhất');
    expect(await page.getByTestId('initiative-field').inputValue()).toBe('Giáo dục tiểu học (sửa trên máy tính)');
    expect(await page.getByTestId('initiative-novelty').inputValue()).toBe('Lần đầu dùng tiếng Xơ Đăng làm cầu nối trong bài giảng điện tử của trường.');
    await page.getByTestId('initiative-field').scrollIntoViewIfNeeded();
    await app.shot('draft-conflict');
    await page.getByTestId('initiative-field').fill('Giáo dục tiểu học');
    await expect.poll(() => text(page.getByTestId('draft-status')), { timeout: 15_000 }).toMatch(/^Đã lưu nháp lúc/);

    // A double tap submits once.
    await page.getByTestId('submit-initiative').dblclick();
    await expect.poll(() => visible(page.getByTestId('submission-head')), { timeout: 15_000 }).toBe(true);
    expect(await text(page.getByTestId('submission-head').getByTestId('status-chip'))).toBe('Đã nộp, chờ duyệt');
    await app.shot('initiative-submitted');

    const mine = await api<Array<{ id: string; kind: string; status: string; title: string }>>(app.server.url, 'GET', '/api/submissions?scope=mine', { token: teacher.token });
    const initiatives = mine.body.filter((row) => row.kind === 'initiative');
    expect(initiatives).toHaveLength(1);
    expect(initiatives[0]).toMatchObject({ title, status: 'submitted' });
    initiativeId = initiatives[0]?.id ?? '';
    const view = await api<SubmissionView>(app.server.url, 'GET', `/api/submissions/${initiativeId}`, { token: teacher.token });
    expect(view.body.history.filter((event) => event.to === 'submitted')).toHaveLength(1);
    expect(view.body.data).toMatchObject({ firstAppliedOn: '2025-09-08', videoLinks: ['https://www.youtube.com/watch?v=abc123'] });
    expect(view.body.attachments.map((file) => file.mime)).toEqual(['image/png']);

    await goHome(page);
    await page.getByTestId('tile-submissions').click();
    const row = page.getByTestId(`submission-item-${initiativeId}`);
    await expect.poll(() => text(row), { timeout: 15_000 }).toContain('Đã nộp, chờ duyệt');
    await app.shot('my-submissions');
  });

  it('the teacher records a training course with a certificate photo, shrunk on the phone', async () => {
    const { page } = app;
    await goHome(page);
    await page.getByTestId('tile-training').click();
    await expect.poll(() => visible(page.getByTestId('training-course')), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('training-coverage').count()).toBe(0);
    await page.getByTestId('training-course').fill(course);
    await page.getByTestId('training-provider').fill('Bộ Khoa học và Công nghệ');
    await typeInto(page.getByTestId('training-completed'), '20102025');
    await page.getByTestId('training-hours').fill('8');
    await page.getByTestId('training-submit').click();
    await expect.poll(() => text(page.getByTestId('field-error-attachmentIds'))).toBe('Cần ảnh hoặc tệp chứng chỉ');

    // A text file is refused before any upload; a 3000×2000 photo goes up as a JPEG of 2048 px.
    await page.getByTestId('attachment-input').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải chứng chỉ') });
    await expect.poll(() => text(page.getByTestId('attachment-refused'))).toBe('ghi-chu.txt: Chỉ nhận ảnh (JPG, PNG, WEBP, HEIC), tệp PDF hoặc Word (.docx)');
    await page.getByTestId('attachment-input').setInputFiles({ name: 'chung-chi.png', mimeType: 'image/png', buffer: stripedPng(3000, 2000, [21, 101, 192], [255, 255, 255]) });
    const certificate = page.getByTestId('attachment-item-0');
    await expect.poll(() => certificate.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    expect(await text(certificate)).toContain('chung-chi.jpg');
    await expect.poll(() => text(page.getByTestId('draft-status')), { timeout: 15_000 }).toMatch(/^Đã lưu nháp lúc/);
    await app.shot('training-filled');
    await page.getByTestId('training-submit').click();

    const list = page.getByTestId('training-list');
    const record = list.locator('[data-testid^="training-item-"]', { hasText: course });
    await expect.poll(() => text(record), { timeout: 15_000 }).toContain('Đã nộp, chờ duyệt');
    // The form starts over for the next course.
    await expect.poll(() => page.getByTestId('training-course').inputValue().catch(() => '')).toBe('');
    // The snackbar sits over the list for 3 s.
    await expect.poll(() => visible(page.getByText('Đã nộp minh chứng.', { exact: false })), { timeout: 10_000 }).toBe(false);
    await record.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await app.shot('training-recorded');

    const teacher = await signInAs(app.server.url, demo.primaryTeacher);
    const mine = await api<Array<{ id: string; kind: string; status: string }>>(app.server.url, 'GET', '/api/submissions?scope=mine&kind=training&status=submitted', { token: teacher.token });
    expect(mine.body).toHaveLength(1);
    const view = await api<SubmissionView>(app.server.url, 'GET', `/api/submissions/${mine.body[0]?.id}`, { token: teacher.token });
    expect(view.body.data).toMatchObject({ completedOn: '2025-10-20', hours: 8 });
    expect(view.body.attachments[0]).toMatchObject({ mime: 'image/jpeg', name: 'chung-chi.jpg' });
  });

  it('the principal sees the coverage, then returns the sáng kiến with a comment', async () => {
    const { page } = app;
    await app.signIn(demo.primaryPrincipal, 'Lương Văn Hùng');
    await page.getByTestId('tile-training').click();
    const group = page.getByTestId('coverage-unit-th-dak-koi-to-1-3');
    await expect.poll(() => text(group), { timeout: 15_000 }).toMatch(/Tổ khối 1–2–3\s*1\/\d+ · /);
    await page.getByTestId('training-coverage').scrollIntoViewIfNeeded();
    await app.shot('coverage-principal');

    await goHome(page);
    await page.getByTestId('tile-review').click();
    const item = page.getByTestId(`review-item-${initiativeId}`);
    await expect.poll(() => text(item), { timeout: 15_000 }).toContain('Y Vân');
    await app.shot('review-queue');
    await item.click();
    await expect.poll(() => visible(page.getByTestId('submission-data')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => pictureShown(page.getByTestId('submission-attachments')), { timeout: 15_000 }).toBe(true);
    await app.shot('review-detail');

    await page.getByTestId('review-return').click();
    await expect.poll(() => text(page.getByTestId('field-error-comment'))).toBe('Vui lòng ghi rõ lý do trả lại (ít nhất 5 ký tự)');
    await page.getByTestId('review-actions').scrollIntoViewIfNeeded();
    await app.shot('review-comment-required');
    await page.getByTestId('review-comment').fill(returnComment);
    await page.getByTestId('review-return').click();
    await expect.poll(() => visible(page.getByText('Đã trả lại bài cho tác giả')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
    await app.shot('review-returned');
  });

  it('the teacher sees “Bị trả lại” with the comment, corrects and submits again', async () => {
    const { page } = app;
    await app.signIn(demo.primaryTeacher, 'Y Vân');
    await page.getByTestId('tile-submissions').click();
    const row = page.getByTestId(`submission-item-${initiativeId}`);
    await expect.poll(() => text(row), { timeout: 15_000 }).toContain('Bị trả lại');
    expect(await text(row)).toContain(returnComment);
    await row.click();
    await expect.poll(() => text(page.getByTestId('reviewer-comment')), { timeout: 15_000 }).toContain(returnComment);
    await app.shot('returned-detail');

    await page.getByTestId('submission-edit').click();
    await expect.poll(() => page.getByTestId('initiative-title').inputValue().catch(() => ''), { timeout: 15_000 }).toBe(title);
    expect(await text(page.getByTestId('returned-note'))).toContain(returnComment);
    await app.shot('returned-form');
    await page.getByTestId('initiative-effectiveness').fill('Tỷ lệ học sinh đọc trơn cuối học kỳ I tăng từ 61% (năm học trước) lên 83%.');
    await expect.poll(() => text(page.getByTestId('draft-status')), { timeout: 15_000 }).toMatch(/^Đã lưu nháp lúc/);
    await app.shot('returned-editing');
    await page.getByTestId('submit-initiative').click();
    await expect.poll(() => text(page.getByTestId('submission-head').getByTestId('status-chip').first()), { timeout: 15_000 }).toBe('Đã nộp, chờ duyệt');
    expect(await text(page.getByTestId('submission-data'))).toContain('lên 83%');
    expect(await page.getByTestId('submission-history').locator('li').count()).toBe(3);
  });

  it('the group leader approves it and the teacher sees “Đơn vị đã duyệt”', async () => {
    const { page } = app;
    await app.signIn(demo.primaryGroupLeader, 'Trương Thị Hồng Nhung');
    await page.getByTestId('tile-review').click();
    const item = page.getByTestId(`review-item-${initiativeId}`);
    await expect.poll(() => visible(item), { timeout: 15_000 }).toBe(true);
    await item.click();
    await expect.poll(() => visible(page.getByTestId('review-approve')), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('review-approve').click();
    await expect.poll(() => visible(page.getByText('Đã duyệt bài')), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);

    await app.signIn(demo.primaryTeacher, 'Y Vân');
    await page.getByTestId('tile-submissions').click();
    const row = page.getByTestId(`submission-item-${initiativeId}`);
    await expect.poll(() => text(row), { timeout: 15_000 }).toContain('Đơn vị đã duyệt');
    await page.getByTestId('status-filter-approved').click();
    await expect.poll(() => page.locator('[data-testid^="submission-item-"]').count()).toBe(1);
    await app.shot('teacher-approved');
    await row.click();
    await expect.poll(() => text(page.getByTestId('submission-history')), { timeout: 15_000 }).toContain('Trương Thị Hồng Nhung');
    await page.getByTestId('submission-history').scrollIntoViewIfNeeded();
    await app.shot('approved-history');
  });
});
