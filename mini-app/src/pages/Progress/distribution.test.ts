import type { QuestionView } from '@tds/shared';
import { describe, expect, it } from 'vitest';
import { distributionBars } from './distribution';

const question: QuestionView = {
  id: 'q1',
  text: 'Đã nộp hồ sơ chưa?',
  answerType: 'yes_no',
  choices: [],
  unitId: 'th-dak-koi',
  audienceRoles: ['teacher'],
  schedule: { kind: 'once', date: '2026-05-20', time: '10:00' },
  openDays: 7,
  authorName: 'Lương Văn Hùng',
  createdAt: '2026-05-20T03:00:00.000Z',
};

describe('distributionBars', () => {
  it('shows both Có and Không, the empty one at zero', () => {
    expect(distributionBars({ question, distribution: [{ label: 'Có', count: 1 }], answered: 1 })).toEqual([
      { label: 'Có', count: 1, percent: 100 },
      { label: 'Không', count: 0, percent: 0 },
    ]);
  });

  it('keeps the order of the choices and the share of each', () => {
    const choice = { ...question, answerType: 'choice' as const, choices: ['Xong', 'Đang làm', 'Chưa'] };
    const bars = distributionBars({ question: choice, distribution: [{ label: 'Chưa', count: 2 }, { label: 'Xong', count: 1 }], answered: 3 });
    expect(bars.map((bar) => [bar.label, bar.count, bar.percent])).toEqual([
      ['Xong', 1, 33.3],
      ['Đang làm', 0, 0],
      ['Chưa', 2, 66.7],
    ]);
  });

  it('uses the server rows for numbers and text', () => {
    const number = { ...question, answerType: 'number' as const };
    expect(distributionBars({ question: number, distribution: [{ label: '12/15', count: 2 }], answered: 0 })).toEqual([{ label: '12/15', count: 2, percent: 0 }]);
  });
});
