import type { MyDeadline } from '@tds/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../api/errors';
import { markObligationDone } from '../api/plans';
import { deadlinesStore, setDeadlineDone } from './plans';

vi.mock('../api/plans', () => ({ markObligationDone: vi.fn(), getMyDeadlines: vi.fn(), getPlan: vi.fn(), listPlans: vi.fn() }));
const mark = vi.mocked(markObligationDone);

const dossier: MyDeadline = {
  obligationId: 'ob-1',
  planId: 'plan-1',
  planNumber: '45/KH-UBND',
  planTitle: 'Kế hoạch thi đua',
  issuerName: 'UBND xã Đăk Kôi',
  what: 'Hồ sơ đề nghị khen thưởng',
  kind: 'dossier',
  recipient: null,
  dueOn: '2026-05-30',
  daysLeft: 10,
  recurrence: 'yearly',
  sectionPath: null,
  phrase: 'trước ngày 30/5',
  done: false,
  dueDayOff: null,
};
const doneNow = () => deadlinesStore.get().data?.[0]?.done;

describe('setDeadlineDone', () => {
  beforeEach(() => {
    mark.mockReset();
    deadlinesStore.set({ data: [dossier], loading: false, error: null });
  });

  it('shows the row done at once and sends the due date it is for', async () => {
    let answer: (value: { occurrence: string; done: boolean }) => void = () => undefined;
    mark.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const pending = setDeadlineDone(dossier, true);
    expect(doneNow()).toBe(true);
    expect(mark).toHaveBeenCalledWith('plan-1', 'ob-1', true, '2026-05-30');
    answer({ occurrence: '2026-05-30', done: true });
    await pending;
    expect(doneNow()).toBe(true);
  });

  it('puts the row back and rethrows when the server refuses', async () => {
    const refusal = new ApiRequestError('http', 403, 'forbidden', 'Hạn này không thuộc phần việc của bạn');
    mark.mockRejectedValue(refusal);
    await expect(setDeadlineDone(dossier, true)).rejects.toBe(refusal);
    expect(doneNow()).toBe(false);
  });
});
