import type { NudgeLadder } from '@tds/shared';
import { describe, expect, it } from 'vitest';
import { checkLadder, draftOf, newStep, placeErrors, type LadderDraft, type LadderScope } from './ladder-form';

const ladder: NudgeLadder = {
  obligationId: 'ob-1',
  sendAt: '07:30',
  source: 'default',
  important: true,
  otherOwnSettings: 0,
  steps: [
    { offset: 7, tone: 'gentle', chase: [] },
    { offset: 1, tone: 'firm', chase: ['principal', 'issuer'] },
    { offset: 0, tone: 'urgent', chase: [] },
  ],
};

const ownOf = (obligationId: string): LadderScope => ({ scopeType: 'obligation', scopeId: obligationId });

describe('nudge ladder form', () => {
  it('sends every step as a reminder day of the obligation, with its tone and who is told', () => {
    const draft = draftOf(ladder);
    expect(draft.steps.map((step) => step.offset)).toEqual(['7', '1', '0']);
    expect(checkLadder(ownOf('ob-1'), { ...draft, sendAt: '8:5' })).toEqual({
      body: { scopeType: 'obligation', scopeId: 'ob-1', offsets: [7, 1, 0], sendAt: '08:05', steps: ladder.steps },
    });
    expect(checkLadder({ scopeType: 'plan', scopeId: 'kh-1' }, draft)).toMatchObject({ body: { scopeType: 'plan', scopeId: 'kh-1', offsets: [7, 1, 0] } });
  });

  it('adds a rung on the nearest free day', () => {
    expect(newStep(draftOf(ladder).steps)).toEqual({ offset: '2', tone: 'gentle', chase: [] });
    expect(newStep([])).toEqual({ offset: '1', tone: 'gentle', chase: [] });
  });

  it('puts the Vietnamese message under the step that is wrong', () => {
    const draft: LadderDraft = { sendAt: '7h', steps: [{ offset: 'bảy', tone: 'gentle', chase: [] }, { offset: '61', tone: 'firm', chase: [] }, { offset: '0', tone: 'urgent', chase: [] }] };
    expect(checkLadder(ownOf('ob-1'), draft)).toEqual({ errors: { 'steps.0.offset': 'Số ngày từ 0 đến 60', 'steps.1.offset': 'Số ngày từ 0 đến 60', sendAt: 'Giờ phải có dạng HH:mm' } });
  });

  it('marks every step that repeats a day, and an empty ladder as a whole', () => {
    const twice: LadderDraft = { sendAt: '07:30', steps: [{ offset: '3', tone: 'gentle', chase: [] }, { offset: '1', tone: 'firm', chase: [] }, { offset: '03', tone: 'urgent', chase: [] }] };
    expect(checkLadder(ownOf('ob-1'), twice)).toEqual({ errors: { 'steps.0.offset': 'Các lần nhắc không được trùng nhau', 'steps.2.offset': 'Các lần nhắc không được trùng nhau' } });
    expect(checkLadder(ownOf('ob-1'), { sendAt: '07:30', steps: [] })).toEqual({ errors: { steps: 'Cần ít nhất một lần nhắc' } });
  });

  it('places the server’s field messages the same way', () => {
    expect(placeErrors({ 'offsets.1': 'Số ngày từ 0 đến 60', 'steps.0.offset': 'Bậc nhắc 4 ngày không có trong các lần nhắc' }, draftOf(ladder))).toEqual({
      'steps.1.offset': 'Số ngày từ 0 đến 60',
      'steps.0.offset': 'Bậc nhắc 4 ngày không có trong các lần nhắc',
    });
  });
});
