import type { QuotaUsage } from '@tds/shared';

/** The periods the server accepts (`AwardPeriod`): each year of the campaign, its sơ kết and tổng kết. */
export const yearlyPeriods = ['yearly-2025', 'yearly-2026', 'yearly-2027', 'yearly-2028', 'yearly-2029', 'yearly-2030'] as const;
export const reviewPeriods = ['so-ket-2027', 'tong-ket-2030'] as const;
const allPeriods: readonly string[] = [...yearlyPeriods, ...reviewPeriods];

/** "yearly-2026" → "Hằng năm 2026", "so-ket-2027" → "Sơ kết 2027", "tong-ket-2030" → "Tổng kết 2030". */
export function periodLabel(period: string): string {
  const match = /^(yearly|so-ket|tong-ket)-(\d{4})$/.exec(period);
  if (!match) return period;
  const kind = match[1] === 'yearly' ? 'Hằng năm' : match[1] === 'so-ket' ? 'Sơ kết' : 'Tổng kết';
  return `${kind} ${match[2]}`;
}

/** A period from the address if valid, else this year's yearly period (clamped to 2025–2030). */
export function periodOrDefault(requested: string | null, today: string): string {
  if (requested && allPeriods.includes(requested)) return requested;
  const year = Math.min(2030, Math.max(2025, Number(today.slice(0, 4)) || 2025));
  return `yearly-${year}`;
}

type QuotaRow = QuotaUsage[number];

/** "cá nhân 1/2, tập thể 0/2"; a form with no quota set shows the count alone. */
export function quotaText(row: QuotaRow): string {
  const part = (who: string, used: number, max: number | null) => (max === null ? `${who} ${used} (không giới hạn)` : `${who} ${used}/${max}`);
  return `${part('cá nhân', row.individualUsed, row.individualMax)}, ${part('tập thể', row.collectiveUsed, row.collectiveMax)}`;
}

/** True when no more of `nomineeType` fit in the form's quota. */
export function quotaFull(row: QuotaRow | undefined, nomineeType: 'person' | 'unit'): boolean {
  if (!row) return false;
  const [used, max] = nomineeType === 'person' ? [row.individualUsed, row.individualMax] : [row.collectiveUsed, row.collectiveMax];
  return max !== null && used >= max;
}

/** Copies of a dossier as offices write them: "01 bộ", "03 bộ". */
export function copiesText(copies: number): string {
  return `${String(copies).padStart(2, '0')} bộ`;
}
