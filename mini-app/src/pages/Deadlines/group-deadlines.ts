import type { MyDeadline } from '@tds/shared';

export interface DeadlineGroup {
  key: 'week' | 'month' | 'later';
  title: string;
  items: MyDeadline[];
}

/**
 * "Tuần này" (to Sunday, weeks start on Monday as in Vietnam), "Tháng này" (to the month's last
 * day), "Sau đó". Calendar weeks and months, as people plan their work; empty groups are left out.
 */
export function groupDeadlines(deadlines: readonly MyDeadline[], today: string): DeadlineGroup[] {
  const [year = 1970, month = 1, day = 1] = today.split('-').map(Number);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday = 0
  const toSunday = 6 - weekday;
  const toMonthEnd = new Date(Date.UTC(year, month, 0)).getUTCDate() - day;
  const groups: DeadlineGroup[] = [
    { key: 'week', title: 'Tuần này', items: [] },
    { key: 'month', title: 'Tháng này', items: [] },
    { key: 'later', title: 'Sau đó', items: [] },
  ];
  for (const deadline of deadlines) {
    const index = deadline.daysLeft <= toSunday ? 0 : deadline.daysLeft <= toMonthEnd ? 1 : 2;
    groups[index]?.items.push(deadline);
  }
  return groups.filter((group) => group.items.length > 0);
}
