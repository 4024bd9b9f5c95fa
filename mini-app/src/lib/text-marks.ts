import { findMatches, foldSameLength, searchTokens } from '@tds/shared';

export type Range = readonly [start: number, end: number];

/** `text` with each run of whitespace as one space, and where each of its characters came from. */
function collapseWhitespace(text: string): { collapsed: string; origin: number[] } {
  let collapsed = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (/\s/.test(char)) {
      if (!inSpace) {
        collapsed += ' ';
        origin.push(index);
      }
      inSpace = true;
    } else {
      collapsed += char;
      origin.push(index);
      inSpace = false;
    }
  }
  origin.push(text.length);
  return { collapsed, origin };
}

/**
 * Where `phrase` occurs in `text` at or after `from`, ignoring how whitespace is laid out (a phrase
 * from a PDF keeps its line breaks, a reflowed body does not). Exact letters first, then ignoring
 * case and diacritics. The range is in `text`; null when the phrase is not there.
 */
export function locatePhrase(text: string, phrase: string, from = 0): Range | null {
  const needle = phrase.replace(/\s+/g, ' ').trim();
  if (!needle) return null;
  const { collapsed, origin } = collapseWhitespace(text);
  const startAt = origin.findIndex((index) => index >= from);
  if (startAt < 0) return null;
  let at = collapsed.indexOf(needle, startAt);
  if (at < 0) at = foldSameLength(collapsed).indexOf(foldSameLength(needle), startAt);
  if (at < 0) return null;
  const start = origin[at] ?? 0;
  const last = origin[at + needle.length - 1] ?? start;
  return [start, last + 1];
}

/**
 * Every place the query's words stand together and in order, accents and case ignored: "sang kien"
 * marks "sáng kiến" but not "sáng tạo" or "điều kiện". Empty for a one-word query. (Shared has
 * `phraseAt`, which finds only the first.)
 */
export function findPhrases(text: string, query: string): Range[] {
  const tokens = searchTokens(query);
  if (tokens.length < 2) return [];
  const phrase = new RegExp(`(?<![a-z0-9])${tokens.join('[^a-z0-9]+')}`, 'g');
  return [...foldSameLength(text).matchAll(phrase)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** What to highlight for a query: whole phrases when `phrases`, else each word (neighbours joined). */
export function queryRanges(text: string, query: string, phrases: boolean): Range[] {
  return phrases ? findPhrases(text, query) : mergeAdjacent(text, findMatches(text, query));
}

/** Joins ranges separated only by whitespace: "sáng kiến" is one hit, not two. */
export function mergeAdjacent(text: string, ranges: readonly Range[]): Range[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && /^\s*$/.test(text.slice(previous[1], start))) previous[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}

/** A marked piece of text, with its obligation and its find hit; ends of phrases carry their obligation. */
export interface Segment {
  start: number;
  text: string;
  /** The obligation whose phrase covers this piece. */
  obligationId: string | null;
  /** Set on the first piece of a phrase (the jump target). */
  opensObligation: boolean;
  /** Set on the last piece of a phrase: its countdown chip follows. */
  closesObligation: string | null;
  /** Global index of the find hit covering this piece. */
  hit: number | null;
}

export interface ObligationSpan {
  id: string;
  start: number;
  end: number;
}

/** Cuts `text` at every phrase and hit boundary; `hitBase` numbers the hits across the document. */
export function segmentText(text: string, spans: readonly ObligationSpan[], hits: readonly Range[], hitBase = 0): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  for (const [start, end] of hits) cuts.add(start).add(end);
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end <= start) continue;
    const span = spans.find((candidate) => candidate.start <= start && end <= candidate.end);
    const hit = hits.findIndex(([from, to]) => from <= start && end <= to);
    segments.push({
      start,
      text: text.slice(start, end),
      obligationId: span?.id ?? null,
      opensObligation: span !== undefined && span.start === start,
      closesObligation: span !== undefined && span.end === end ? span.id : null,
      hit: hit < 0 ? null : hitBase + hit,
    });
  }
  return segments;
}
