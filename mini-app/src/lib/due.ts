import type { DueRule, ObligationKind, Recurrence } from '@tds/shared';
import { daysBetween, vietnamToday } from './format';

export const kindLabels: Record<ObligationKind, string> = {
  dossier: 'Hồ sơ',
  report: 'Báo cáo',
  plan: 'Kế hoạch',
  review: 'Sơ kết – tổng kết',
  other: 'Khác',
};

export const recurrenceLabels: Record<Recurrence, string> = {
  once: 'Một lần',
  yearly: 'Hằng năm',
  monthly: 'Hằng tháng',
};

/** How close a due date is, for the chip's colour. */
export type CountdownTone = 'today' | 'soon' | 'near' | 'later' | 'past';

export interface Countdown {
  label: string;
  tone: CountdownTone;
}

/** "Hôm nay", "Còn 5 ngày", "Còn 3 tháng", "Còn 4 năm"; "Đã qua" when there is no next date. */
export function countdown(daysLeft: number | null): Countdown {
  if (daysLeft === null || daysLeft < 0) return { label: 'Đã qua', tone: 'past' };
  if (daysLeft === 0) return { label: 'Hôm nay', tone: 'today' };
  const tone: CountdownTone = daysLeft <= 7 ? 'soon' : daysLeft <= 30 ? 'near' : 'later';
  if (daysLeft < 60) return { label: `Còn ${daysLeft} ngày`, tone };
  if (daysLeft < 730) return { label: `Còn ${Math.round(daysLeft / 30.44)} tháng`, tone };
  return { label: `Còn ${Math.floor(daysLeft / 365.25)} năm`, tone };
}

/** Days from today (Vietnam) to a "YYYY-MM-DD" due date; null stays null. */
export function daysUntil(isoDay: string | null, today: string = vietnamToday()): number | null {
  return isoDay === null ? null : daysBetween(today, isoDay);
}

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;
const pad = (value: number) => String(value).padStart(2, '0');

/** The rule as an officer would write it: "30/05 hằng năm", "30/05/2030", "Quý III/2025", "Ngày 5 hằng tháng". */
export function describeDueRule(rule: Pick<DueRule, 'day' | 'month' | 'quarter' | 'year' | 'recurrence' | 'activeYears'>): string {
  const { day, month, quarter, year, recurrence } = rule;
  const yearly = recurrence === 'yearly';
  let text: string;
  if (recurrence === 'monthly') text = day !== null ? `Ngày ${day} hằng tháng` : 'Hằng tháng';
  else if (day !== null && month !== null) text = `${pad(day)}/${pad(month)}${yearly ? ' hằng năm' : year !== null ? `/${year}` : ''}`;
  else if (quarter !== null) text = `Quý ${romanQuarters[quarter - 1] ?? quarter}${yearly ? ' hằng năm' : year !== null ? `/${year}` : ''}`;
  else if (month !== null) text = `Tháng ${month}${yearly ? ' hằng năm' : year !== null ? `/${year}` : ''}`;
  else if (year !== null && !yearly) text = `Năm ${year}`;
  else text = yearly ? 'Hằng năm (chưa rõ ngày)' : 'Chưa rõ ngày';
  if (recurrence !== 'once' && rule.activeYears) text += ` (${rule.activeYears.from}–${rule.activeYears.to})`;
  return text;
}
