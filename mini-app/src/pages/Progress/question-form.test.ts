import { describe, expect, it } from 'vitest';
import { askableRoles, blankQuestion, checkQuestion, toBody } from './question-form';
import { describeSchedule } from './schedule-text';

/** 20/05/2026 10:07 in Vietnam. */
const now = new Date('2026-05-20T03:07:00Z');

describe('question form', () => {
  it('starts as a yes/no question to teachers, asked once today at this minute', () => {
    const draft = blankQuestion('th-dak-koi', now);
    expect(draft).toMatchObject({ answerType: 'yes_no', audienceRoles: ['teacher'], scheduleKind: 'once', date: '20/05/2026', time: '10:07', openDays: '7' });
    const checked = checkQuestion({ ...draft, text: 'Thầy cô đã nộp hồ sơ chưa?' }, now);
    expect(checked).toEqual({ body: expect.objectContaining({ schedule: { kind: 'once', date: '2026-05-20', time: '10:07' }, choices: [], openDays: 7 }) });
  });

  it('sends the schedule of each kind with numbers, choices only for a choice question', () => {
    const draft = { ...blankQuestion('th-dak-koi', now), text: 'Tiến độ?', choices: ['A', 'B'] };
    expect(toBody({ ...draft, scheduleKind: 'weekly', weekday: '1', time: '08:00' }).schedule).toEqual({ kind: 'weekly', weekday: 1, time: '08:00' });
    expect(toBody({ ...draft, scheduleKind: 'monthly', monthDay: '28' }).schedule).toEqual({ kind: 'monthly', day: 28, time: '10:07' });
    expect(toBody(draft).choices).toEqual([]);
    expect(toBody({ ...draft, answerType: 'choice' }).choices).toEqual(['A', 'B']);
  });

  it('says in Vietnamese what is wrong, field by field', () => {
    const draft = { ...blankQuestion('', now), text: 'Hở', answerType: 'choice' as const, choices: ['Rồi', ''], audienceRoles: [], openDays: 'bảy', date: '19/05/2026' };
    expect(checkQuestion(draft, now)).toEqual({
      errors: {
        text: 'Câu hỏi quá ngắn',
        'choices.1': 'Lựa chọn không được trống',
        unitId: 'Chọn đơn vị được hỏi',
        audienceRoles: 'Chọn ít nhất một vai trò được hỏi',
        openDays: 'Thời hạn trả lời từ 1 đến 30 ngày',
        'schedule.date': 'Ngày hỏi đã qua',
      },
    });
    expect(checkQuestion({ ...draft, choices: ['Rồi'] }, now)).toMatchObject({ errors: { choices: 'Cần ít nhất 2 lựa chọn' } });
    expect(checkQuestion({ ...draft, date: '31/02/2026' }, now)).toMatchObject({ errors: { 'schedule.date': 'Ngày không tồn tại' } });
    expect(checkQuestion({ ...draft, time: '' }, now)).toMatchObject({ errors: { 'schedule.time': 'Giờ phải có dạng HH:mm' } });
  });

  it('lets a manager ask their own level and below, never admins', () => {
    expect(askableRoles('group_leader')).toEqual(['teacher', 'group_leader']);
    expect(askableRoles('commune_officer')).toEqual(['teacher', 'group_leader', 'principal', 'commune_officer']);
    expect(askableRoles('admin')).not.toContain('admin');
  });

  it('describes schedules as officers say them', () => {
    expect(describeSchedule({ kind: 'once', date: '2026-05-20', time: '10:00' })).toBe('Một lần, 10:00 ngày 20/05/2026');
    expect(describeSchedule({ kind: 'weekly', weekday: 1, time: '08:00' })).toBe('Hằng tuần, thứ Hai lúc 08:00');
    expect(describeSchedule({ kind: 'weekly', weekday: 7, time: '08:00' })).toBe('Hằng tuần, Chủ nhật lúc 08:00');
    expect(describeSchedule({ kind: 'monthly', day: 5, time: '07:30' })).toBe('Hằng tháng, ngày 5 lúc 07:30');
  });
});
