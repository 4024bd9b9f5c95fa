/**
 * Accent folding for Vietnamese: "Sáng kiến ĐỔI MỚI" → "sang kien doi moi".
 * Search, command parsing and phrase matching all compare folded text, because
 * users type without diacritics on many phones and PDF extraction drops some.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Folded, whitespace-collapsed tokens for accent-insensitive search. */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/** True when every token of `query` is a prefix of some token of `text`. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = searchTokens(text);
  return searchTokens(query).every((needle) => haystack.some((token) => token.startsWith(needle)));
}
