import { describe, expect, it } from 'vitest';
import { addressableRoles, blankCompose, checkCompose, vietnamInstant } from './compose-form';

/** 20/05/2026 10:07 in Vietnam. */
const now = new Date('2026-05-20T03:07:00Z');
const text = 'Đề nghị các trường nộp hồ sơ thi đua trước ngày 30/5.';

describe('compose form', () => {
  it('reads a Vietnam date and time as an instant', () => {
    expect(vietnamInstant('20/05/2026', '10:30')).toBe('2026-05-20T03:30:00.000Z');
    expect(vietnamInstant('1/6/2026', '00:15')).toBe('2026-05-31T17:15:00.000Z');
    expect(vietnamInstant('31/06/2026', '10:30')).toBeNull();
    expect(vietnamInstant('20/05/2026', '25:00')).toBeNull();
  });

  it('addresses the level below: principals from the commune, staff from the school', () => {
    expect(addressableRoles('commune_officer')).toEqual(['teacher', 'group_leader', 'principal']);
    expect(blankCompose('commune_officer', now)).toMatchObject({ roles: ['principal'], allUnits: true, when: 'now', date: '20/05/2026', time: '12:00' });
    expect(blankCompose('principal', now).roles).toEqual(['teacher', 'group_leader']);
  });

  it('sends now without sendAt, later with the instant; all units as an empty list', () => {
    const draft = { ...blankCompose('commune_officer', now), text };
    expect(checkCompose(draft, now)).toEqual({ body: { text, unitIds: [], roles: ['principal'], requiresAck: false, urgent: false, groupChats: false } });
    expect(checkCompose({ ...draft, allUnits: false, unitIds: ['th-dak-koi'], when: 'later', requiresAck: true }, now)).toEqual({
      body: { text, unitIds: ['th-dak-koi'], roles: ['principal'], sendAt: '2026-05-20T05:00:00.000Z', requiresAck: true, urgent: false, groupChats: false },
    });
  });

  it('says what is wrong in Vietnamese', () => {
    const draft = { ...blankCompose('commune_officer', now), text: 'Ngắn', roles: [], allUnits: false, when: 'later' as const, time: '09:00' };
    expect(checkCompose(draft, now)).toEqual({
      errors: {
        text: 'Nội dung thông báo quá ngắn (ít nhất 10 ký tự)',
        roles: 'Chọn ít nhất một vai trò nhận thông báo',
        unitIds: 'Chọn ít nhất một đơn vị, hoặc chọn “Tất cả đơn vị trực thuộc”',
        sendAt: 'Thời điểm hẹn gửi đã qua, hãy chọn giờ sau bây giờ',
      },
    });
  });
});
