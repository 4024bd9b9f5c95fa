import type { FoldedView } from './folded-view';

/** A range of folded-view indices. */
export interface Span {
  start: number;
  end: number;
}

const capital = /^\p{Lu}/u;

/** The source character behind folded index `index` starts with a capital letter. */
function isCapitalAt(view: FoldedView, index: number): boolean {
  const offset = view.starts[index];
  return offset !== undefined && capital.test(view.source.slice(offset, offset + 2));
}

/**
 * Splits a view into sentences, and with `atSemicolons` into clauses. A full stop only ends a
 * sentence before a capital, so "v.v. các" or "152/2025/NĐ-CP." inside a sentence do not.
 */
export function splitSentences(view: FoldedView, atSemicolons: boolean): Span[] {
  const text = view.folded;
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?;]["”’)]*(?= )/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const semicolon = match[0].startsWith(';');
    if (semicolon ? !atSemicolons : !isCapitalAt(view, end + 1)) continue;
    spans.push({ start, end });
    start = end + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((span) => span.end > span.start);
}

/** The span containing `index`, or null. */
export function spanAt(spans: readonly Span[], index: number): Span | null {
  return spans.find((span) => span.start <= index && index < span.end) ?? null;
}
