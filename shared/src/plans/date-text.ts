/** Folded Vietnamese date: "22/9/2025", "22-9-2025", "22 thang 9 nam 2025", with or without "ngay". */
export const foldedDatePattern = /(?:ngay\s+)?(\d{1,2})\s*(?:\/|-|\s+thang\s+)\s*(\d{1,2})\s*(?:\/|-|\s+nam\s+)\s*(\d{4})(?!\d)/;

/** ISO "YYYY-MM-DD" for a real calendar date, else null (so "31/2/2025" is rejected). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date.toISOString().slice(0, 10) : null;
}

/** Parses the first date in folded text (see `foldedDatePattern`) to ISO, or null. */
export function parseFoldedDate(folded: string): string | null {
  const match = foldedDatePattern.exec(folded);
  if (!match) return null;
  return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
}
