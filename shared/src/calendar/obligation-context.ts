import { sourceText, type FoldedView } from '../plans/folded-view';
import type { Span } from '../plans/sentences';
import {
  actionVerb,
  actorHead,
  descriptionStop,
  kindKeywords,
  organisationHead,
  plainDescriptionStop,
  recipientLead,
  recipientStop,
  timeLabel,
} from './folded-words';
import type { ObligationKind } from './obligation-schema';

/** What the clause around a date phrase says is due, to whom, and by whom. */
export interface ObligationContext {
  kind: ObligationKind;
  what: string;
  recipient: string | null;
  subject: string | null;
  hasActionVerb: boolean;
}

/** The folded clause with the date phrase blanked out (same length), and where it sits in the view. */
interface Clause {
  view: FoldedView;
  offset: number;
  text: string;
  phrase: Span;
}

const subjectPattern = new RegExp(String.raw`(?:^|[,:;]\s*)(?<actor>${actorHead}(?:\s+[^\s,;:.]+){0,8}?)\s+(?=${actionVerb})`, 'd');
const leadPattern = new RegExp(recipientLead, 'g');
const verbPattern = new RegExp(String.raw`(?<![a-z])${actionVerb}`);
// An imperative that opens with the review itself: "Sơ kết Phong trào vào năm 2027."
const leadingReview = /^[\s,:;–-]*(?:so\s+ket|tong\s+ket|danh\s+gia|kiem\s+tra)(?![a-z])/;
const maxWords = 20;

function firstFrom(pattern: RegExp, text: string, from: number): number | null {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? null;
}

function display(clause: Clause, start: number, end: number): string {
  const words = sourceText(clause.view, clause.offset + start, clause.offset + end).split(' ');
  return words
    .filter((word, i) => i === 0 || word.toLocaleLowerCase('vi') !== words[i - 1]?.toLocaleLowerCase('vi'))
    .slice(0, maxWords)
    .join(' ')
    .replace(/[\s,;:.-]+$/u, '');
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * End of a description starting at `from`: the first stop word, or a comma unless what follows
 * it is a short list item ("sơ kết, đánh giá, rút kinh nghiệm"; "các cá nhân, đơn vị").
 */
function descriptionEnd(text: string, from: number, limit: number, stops: RegExp): number {
  for (let cursor = from; ; ) {
    const stop = Math.min(firstFrom(stops, text, cursor + 1) ?? limit, limit);
    const comma = text.indexOf(',', cursor + 1);
    if (comma === -1 || comma >= stop) return stop;
    const nextComma = text.indexOf(',', comma + 1);
    const chunkEnd = Math.min(nextComma === -1 ? limit : nextComma, firstFrom(stops, text, comma + 1) ?? limit, limit);
    const words = text.slice(comma + 1, chunkEnd).trim().split(' ').filter(Boolean).length;
    if (words === 0 || words > 3) return comma;
    cursor = comma;
  }
}

function describe(clause: Clause, from: number, keyworded: boolean): string {
  const limit = clause.phrase.start > from ? clause.phrase.start : clause.text.length;
  const start = keyworded ? from : from + (timeLabel.exec(clause.text.slice(from))?.[0].length ?? 0);
  const end = descriptionEnd(clause.text, start, limit, keyworded ? descriptionStop : plainDescriptionStop);
  return capitalised(display(clause, start, end));
}

function listItemBefore(matches: readonly RegExpExecArray[], text: string, start: number): number | null {
  const previous = matches.find((m) => /^\s*,\s*$/.test(text.slice(m.index + m[0].length, start)));
  return previous?.index ?? null;
}

function keyword(clause: Clause): { kind: ObligationKind; start: number } | null {
  const { text, phrase } = clause;
  for (const [kind, pattern] of kindKeywords) {
    let best: { start: number; distance: number } | null = null;
    const matches = [...text.matchAll(pattern)];
    for (const match of matches) {
      const end = match.index + match[0].length;
      const distance = end <= phrase.start ? phrase.start - end : match.index - phrase.end;
      if (!best || distance < best.distance) best = { start: match.index, distance };
    }
    if (!best) continue;
    // Start a list of the same kind at its first item: "sơ kết, đánh giá, rút kinh nghiệm".
    let start = best.start;
    for (let earlier = listItemBefore(matches, text, start); earlier !== null; earlier = listItemBefore(matches, text, start)) {
      start = earlier;
    }
    return { kind, start };
  }
  return null;
}

function recipient(clause: Clause, from: number): string | null {
  const { text, view, offset } = clause;
  leadPattern.lastIndex = from;
  for (let lead = leadPattern.exec(text); lead; lead = leadPattern.exec(text)) {
    const start = lead.index + lead[0].length;
    const head = organisationHead.exec(text.slice(start));
    const sourceChar = view.source.charAt(view.starts[offset + start] ?? 0);
    if (!head || (head.groups?.capital && sourceChar === sourceChar.toLocaleLowerCase('vi'))) continue;
    const paren = text.indexOf('(', start);
    const stop = firstFrom(recipientStop, text, start) ?? text.length;
    const end = paren !== -1 && paren < stop ? (text.indexOf(')', paren) + 1 || text.length) : stop;
    return display(clause, start, end) || null;
  }
  return null;
}

/** Reads kind, description, recipient and subject from the clause `span` holding `phrase`. */
export function readObligationContext(view: FoldedView, span: Span, phrase: Span): ObligationContext {
  const raw = view.folded.slice(span.start, span.end);
  const local = { start: phrase.start - span.start, end: Math.min(phrase.end - span.start, raw.length) };
  const text = `${raw.slice(0, local.start)},${' '.repeat(local.end - local.start - 1)}${raw.slice(local.end)}`;
  const clause: Clause = { view, offset: span.start, text, phrase: local };
  const subjectMatch = subjectPattern.exec(text);
  const subjectSpan = subjectMatch?.indices?.groups?.actor;
  const subject = subjectSpan ? capitalised(display(clause, subjectSpan[0], subjectSpan[1])) : null;
  const found = keyword(clause);
  const afterSubject = subjectSpan ? subjectSpan[1] : (/[^\s,]/.exec(text)?.index ?? 0);
  const what = describe(clause, found?.start ?? afterSubject, found !== null) || display(clause, local.start, local.end);
  return {
    kind: found?.kind ?? 'other',
    what,
    recipient: recipient(clause, found?.start ?? 0),
    subject,
    hasActionVerb: verbPattern.test(text) || leadingReview.test(text),
  };
}
