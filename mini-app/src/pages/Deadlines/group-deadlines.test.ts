import type { MyDeadline } from '@tds/shared';
import { describe, expect, it } from 'vitest';
import { groupDeadlines } from './group-deadlines';

const deadline = (obligationId: string, daysLeft: number): MyDeadline => ({
  obligationId,
  planId: 'p',
  planNumber: null,
  planTitle: 'Kế hoạch',
  issuerName: 'UBND xã',
  what: 'Hồ sơ',
  kind: 'dossier',
  recipient: null,
  dueOn: '2026-12-01',
  daysLeft,
  recurrence: 'once',
  sectionPath: null,
  phrase: 'trước ngày 1/12',
  done: false,
  dueDayOff: null,
});

describe('groupDeadlines', () => {
  it('splits at Sunday and at the end of the month (Thursday 26/11/2026)', () => {
    const groups = groupDeadlines([deadline('today', 0), deadline('sun', 3), deadline('mon', 4), deadline('30th', 4), deadline('dec', 5), deadline('far', 400)], '2026-11-26');
    expect(groups.map((group) => [group.title, group.items.map((item) => item.obligationId)])).toEqual([
      ['Tuần này', ['today', 'sun']],
      ['Tháng này', ['mon', '30th']],
      ['Sau đó', ['dec', 'far']],
    ]);
  });

  it('leaves out empty groups; on a Sunday only today is this week', () => {
    const groups = groupDeadlines([deadline('today', 0), deadline('mon', 1)], '2026-11-29');
    expect(groups.map((group) => group.key)).toEqual(['week', 'month']);
    expect(groupDeadlines([], '2026-11-29')).toEqual([]);
  });
});
