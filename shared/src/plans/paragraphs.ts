import { isUpperCaseLine, listMarker, splitLines, type ListMarker, type SourceLine } from './source-lines';

/**
 * A logical paragraph: one or more physical lines that belong to the same sentence flow.
 * PDF extraction breaks lines mid-sentence (and sometimes puts a blank line after every
 * line), so blank lines alone say nothing; the rules in `startsParagraph` decide instead.
 */
export interface Paragraph {
  /** Offset of the first non-space character (the marker, when there is one). */
  start: number;
  /** Offset just after the last non-space character. */
  end: number;
  /** Offset where the text after the marker begins. */
  bodyStart: number;
  marker: ListMarker | null;
}

// A line ending in ";" is not a paragraph end: wrapped PDFs end lines at clause breaks too.
const endsClause = /[.:!?]["”’)]*$/u;
const startsWithCapital = /^["“'(]*\p{Lu}/u;

/**
 * Lines in a justified PDF run close to full width, so a line much shorter than most that is
 * followed by a capitalised line is the end of a heading or paragraph, not a wrap.
 */
function shortLineLimit(lines: readonly SourceLine[]): number {
  const lengths = lines.map((line) => line.text.trim().length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return Math.max(40, Math.round(p90 * 0.7));
}

function startsParagraph(previous: string, current: string, limit: number): boolean {
  if (listMarker(current) !== null) return true;
  if (endsClause.test(previous) || isUpperCaseLine(previous) || isUpperCaseLine(current)) return true;
  return startsWithCapital.test(current) && previous.length < limit;
}

/** Groups the lines of `text` from offset `from` into logical paragraphs, keeping offsets into `text`. */
export function segmentParagraphs(text: string, from = 0): Paragraph[] {
  const lines = splitLines(text).filter((line) => line.start >= from && line.text.trim().length > 0);
  const limit = shortLineLimit(lines);
  const paragraphs: Paragraph[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = start + trimmed.length;
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous !== null && !startsParagraph(previous, trimmed, limit)) {
      last.end = end;
    } else {
      const marker = listMarker(trimmed);
      paragraphs.push({ start, end, bodyStart: start + (marker?.length ?? 0), marker });
    }
    previous = trimmed;
  }
  return paragraphs;
}
