/** One physical line of a source text; offsets exclude the line break. */
export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

/** How an outline item is numbered: "II.", "1.2.", "a)", "-". */
export type MarkerKind = 'roman' | 'number' | 'letter' | 'bullet';

export interface ListMarker {
  kind: MarkerKind;
  /** "II", "1.2", "a", or the bullet character ("–" is reported as "-"). */
  label: string;
  /** Characters from the line's first non-space character to the item text. */
  length: number;
}

/** Splits on \n, \r\n and \r so offsets stay valid for files saved on any system. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

// Numbers are capped at two digits per level so that years and document numbers
// at the start of a wrapped line ("2025 …", "125/KH-UBND …") are not taken for items.
const markerPatterns: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['roman', /^([IVXL]{1,5})\.(?=\s)\s*/],
  ['number', /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s)\s*/],
  ['number', /^(\d{1,2})\.(?=\s)\s*/],
  ['letter', /^([a-zđ])(?:\)\.?|\.)(?=\s)\s*/],
  ['bullet', /^([-–+*•])(?=\s|\p{Lu})\s*/u],
];

/** The outline marker opening `lineText` (leading spaces ignored), or null. */
export function listMarker(lineText: string): ListMarker | null {
  const trimmed = lineText.trimStart();
  for (const [kind, pattern] of markerPatterns) {
    const match = pattern.exec(trimmed);
    const label = match?.[1];
    if (!match || label === undefined || match[0].length === trimmed.length) continue;
    return { kind, label: label === '–' ? '-' : label, length: match[0].length };
  }
  return null;
}

/** True for headings typed in capitals ("II. NỘI DUNG …", "KẾ HOẠCH"). */
export function isUpperCaseLine(lineText: string): boolean {
  const letters = lineText.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && lineText === lineText.toLocaleUpperCase('vi');
}
