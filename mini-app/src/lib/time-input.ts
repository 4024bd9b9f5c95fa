/**
 * Times are typed "HH:mm" in a text box: a native time picker shows "10:00 AM" on phones set to
 * English, where Vietnamese notices write 24-hour times.
 */

/**
 * Adds the colon while someone types digits: "10" → "10:", a pasted "0730" → "07:30", "7.30" → "7:30".
 * Deleting is left alone.
 */
export function maskTimeInput(previous: string, next: string): string {
  if (next.length <= previous.length) return next;
  const value = next.replace(/[.h]/gi, ':').replace(/[^\d:]/g, '');
  const pasted = /^(\d{2})(\d{2})$/.exec(value);
  if (pasted) return `${pasted[1]}:${pasted[2]}`;
  if (/^\d{2}$/.test(value)) return `${value}:`;
  return value.slice(0, 5);
}

/** "7:5" → "07:05"-style normalising of a typed time; text that is not one is kept for the schema to refuse. */
export function normaliseTime(text: string): string {
  const match = /^(\d{1,2}):(\d{1,2})$/.exec(text.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${(match[2] ?? '').padStart(2, '0')}` : text.trim();
}
