import { searchTokens } from './fold';

/**
 * Folds each character on its own so index i of the result is character i of `text`: the
 * offsets of a match in folded text are then the offsets to highlight in the original.
 */
export function foldSameLength(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  if (char < '\u00c0') return char.toLowerCase();
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD')[0] ?? char;
    const mapped = base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase();
    // Surrogate pairs and the rare letters whose lower case is longer keep their length as-is.
    folded = mapped.length === char.length ? mapped : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Where the query's words start words of `text`, ignoring diacritics and case: "sang kien" marks
 * both words of "Sáng kiến". Ranges are [start, end) in `text`, sorted, not overlapping.
 */
export function findMatches(text: string, query: string): Array<[number, number]> {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const folded = foldSameLength(text);
  const ranges: Array<[number, number]> = [];
  const wordStart = /[a-z0-9]+/g;
  for (const word of folded.matchAll(wordStart)) {
    const token = tokens.find((candidate) => word[0].startsWith(candidate));
    if (token) ranges.push([word.index, word.index + token.length]);
  }
  return ranges;
}

/** True when every word of the query starts some word of the text. */
export function matchesEveryWord(text: string, query: string): boolean {
  const words = new Set(foldSameLength(text).match(/[a-z0-9]+/g) ?? []);
  return searchTokens(query).every((token) => [...words].some((word) => word.startsWith(token)));
}

/** Where the query's words stand together, in order ("sáng kiến" for "sang kien"), if anywhere. */
export function phraseAt(text: string, query: string): [number, number] | null {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return null;
  const match = new RegExp(`(?<![a-z0-9])${tokens.join('[^a-z0-9]+')}`).exec(foldSameLength(text));
  return match ? [match.index, match.index + match[0].length] : null;
}

/**
 * About `radius` characters either side of the query's phrase (else its first word), cut at spaces,
 * whitespace collapsed,
 * with the highlight ranges of the query inside the snippet itself.
 */
export function snippetAround(text: string, query: string, radius = 80): { snippet: string; highlights: Array<[number, number]> } {
  const first = phraseAt(text, query) ?? findMatches(text, query)[0] ?? [0, 0];
  let from = Math.max(0, first[0] - radius);
  let to = Math.min(text.length, first[1] + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(first[1], text.lastIndexOf(' ', to));
  const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
  return { snippet, highlights: findMatches(snippet, query) };
}
