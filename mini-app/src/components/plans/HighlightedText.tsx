import { Fragment } from 'react';

/** `text` with the [start, end) `ranges` wrapped in `<mark>`. */
export function HighlightedText({ text, ranges }: { text: string; ranges: ReadonlyArray<readonly [number, number]> }) {
  const parts: Array<{ text: string; marked: boolean; at: number }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false, at });
    parts.push({ text: text.slice(start, end), marked: true, at: start });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false, at });
  return (
    <>
      {parts.map((part) => (part.marked ? <mark key={part.at} className="find-hit">{part.text}</mark> : <Fragment key={part.at}>{part.text}</Fragment>))}
    </>
  );
}
