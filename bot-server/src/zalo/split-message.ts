/** Zalo's limit for one text message. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * Splits text into parts of at most `max` UTF-16 units (the conservative count: never over Zalo's
 * limit whether it counts code units or code points). Cuts at a paragraph break, else a line break,
 * else a space; a single word longer than `max` is cut hard, but never inside a surrogate pair.
 * Whitespace at a cut is dropped and blank parts are never produced, so `""` gives `[]`.
 */
export function splitMessage(text: string, max: number = MAX_MESSAGE_LENGTH): string[] {
  if (!Number.isInteger(max) || max < 2) throw new RangeError('splitMessage: max must be an integer ≥ 2');
  const parts: string[] = [];
  let rest = text;
  if (rest.length > max) rest = rest.replace(/^\s+/, '');
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const part = rest.slice(0, cut).trimEnd();
    if (part.trim().length > 0) parts.push(part);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.trim().length > 0) parts.push(rest);
  return parts;
}

/**
 * Where to end the next part (exclusive index ≤ max). A boundary that leaves the part shorter than
 * 30 % of `max` is only taken when nothing better exists, so a short heading does not become its own message.
 */
function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const candidates = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), lastWhitespace(window)];
  const good = candidates.find((i) => i >= max * 0.3);
  if (good !== undefined) return good;
  const nearest = Math.max(...candidates);
  if (nearest > 0) return nearest;
  return isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
}

function lastWhitespace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
