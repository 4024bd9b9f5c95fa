import { foldVietnamese } from '../text/fold';

/**
 * A searchable view of part of a source text: accents folded, lowercased, every whitespace
 * run (line breaks included) collapsed to one space, so one regular expression matches a
 * phrase however the PDF wrapped or dropped its diacritics. Each folded character maps back
 * to the source characters it came from, so matches can be reported as exact source spans.
 */
export interface FoldedView {
  readonly source: string;
  readonly folded: string;
  /** folded[i] came from source[starts[i]] … source[ends[i] - 1]. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const whitespace = /\s/u;

export function foldedView(source: string, from = 0, to = source.length): FoldedView {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; ) {
    const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
    const next = i + char.length;
    if (whitespace.test(char)) {
      if (folded.length > 0 && !folded.endsWith(' ')) {
        folded += ' ';
        starts.push(i);
        ends.push(next);
      }
    } else {
      // A combining mark folds to nothing; it still belongs to the letter before it.
      const piece = foldVietnamese(char);
      if (piece.length === 0 && ends.length > 0) ends[ends.length - 1] = next;
      for (let unit = 0; unit < piece.length; unit++) {
        starts.push(i);
        ends.push(next);
      }
      folded += piece;
    }
    i = next;
  }
  return { source, folded, starts, ends };
}

/** Source offsets of the folded range [start, end). */
export function sourceSpan(view: FoldedView, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = view.starts[start] ?? view.source.length;
    return { start: at, end: at };
  }
  return { start: view.starts[start] ?? 0, end: view.ends[end - 1] ?? 0 };
}

/** The source text of a folded range, whitespace collapsed: for display, not for offsets. */
export function sourceText(view: FoldedView, start: number, end: number): string {
  const span = sourceSpan(view, start, end);
  return collapseSpaces(view.source.slice(span.start, span.end));
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().normalize('NFC');
}
