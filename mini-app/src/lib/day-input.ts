import { formatDay } from './format';

/**
 * Dates in forms are typed and shown "dd/mm/yyyy" and sent "yyyy-mm-dd". Text that is not yet a
 * whole date is kept as typed, so a draft never loses a keystroke and the shared schema says what
 * is wrong with it.
 */
export function dayToIso(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return trimmed;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A stored value back into the input: "yyyy-mm-dd" → "dd/mm/yyyy", other text as it was typed. */
export function isoToDay(value: unknown): string {
  return typeof value === 'string' ? formatDay(value) : '';
}

/**
 * Adds the slashes while someone types digits: "120" → "12/0", "12/041" → "12/04/1", a pasted
 * "12041988" → "12/04/1988". Deleting, or typing the slashes oneself ("1/4/1988"), is left alone.
 */
export function maskDayInput(previous: string, next: string): string {
  if (next.length <= previous.length) return next;
  const value = next.replace(/[.-]/g, '/').replace(/[^\d/]/g, '');
  const pasted = /^(\d{2})(\d{2})(\d{1,4})$/.exec(value);
  if (pasted) return `${pasted[1]}/${pasted[2]}/${pasted[3]}`;
  const dayDone = /^(\d{2})(\d)$/.exec(value);
  if (dayDone) return `${dayDone[1]}/${dayDone[2]}`;
  const monthDone = /^(\d{1,2}\/\d{2})(\d)$/.exec(value);
  if (monthDone) return `${monthDone[1]}/${monthDone[2]}`;
  return value.slice(0, 10);
}
