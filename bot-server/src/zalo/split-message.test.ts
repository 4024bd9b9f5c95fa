import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMessage } from './split-message';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const word = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxy0123456789'), minLength: 1, maxLength: 12 });
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ');
const prose = fc.array(fc.tuple(word, separator), { maxLength: 300 }).map((pairs) => pairs.map(([w, s]) => w + s).join(''));

describe('splitMessage', () => {
  it('keeps short text whole and gives nothing for blank text', () => {
    expect(splitMessage('Chào thầy')).toEqual(['Chào thầy']);
    expect(splitMessage('')).toEqual([]);
    expect(splitMessage(' \n\n ', 2)).toEqual([]);
  });

  it('prefers a paragraph break, then a line break, then a space', () => {
    expect(splitMessage('aaaa bbbb\n\ncccc dddd', 15)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitMessage('aaaa bbbb\ncccc dddd', 15)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitMessage('aaaa bbbb cccc dddd', 15)).toEqual(['aaaa bbbb cccc', 'dddd']);
  });

  it('cuts a word longer than the limit, but never inside an emoji', () => {
    expect(splitMessage('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    const parts = splitMessage('aaa😀😀😀', 4);
    expect(parts.join('')).toBe('aaa😀😀😀');
    for (const part of parts) expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('property: parts are non-blank, within the limit, in order, and no word is cut', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 12, max: 200 }), (text, max) => {
        const parts = splitMessage(text, max);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(max);
          expect(part.trim().length).toBeGreaterThan(0);
        }
        // Every word ≤ 12 < max, so the words come back unchanged and in order.
        expect(words(parts.join(' '))).toEqual(words(text));
      }),
      { numRuns: 300 },
    );
  });

  it('property: with any Unicode and overlong words, nothing is lost and no emoji is broken', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, max) => {
        const parts = splitMessage(text, max);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(max);
          expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/); // no half emoji at either end
        }
        expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
