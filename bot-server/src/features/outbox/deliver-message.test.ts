import { describe, expect, it } from 'vitest';
import { composeParts } from './deliver-message';

describe('composeParts', () => {
  it('sends a plain message as its text and link, split only past the limit', () => {
    expect(composeParts({ text: 'Nhắc hạn', link: '/plans/1' }, 'https://app.example/')).toEqual(['Nhắc hạn\n\nXem chi tiết: https://app.example/plans/1']);
  });

  it('numbers the items of a digest under its heading, each with its own link', () => {
    const parts = composeParts({ text: 'Tin tổng hợp (2 tin):', items: [{ text: 'Một', link: '/a' }, { text: 'Hai', link: null }] }, 'https://app.example');
    expect(parts).toEqual(['Tin tổng hợp (2 tin):\n\n1. Một\n\nXem chi tiết: https://app.example/a\n\n2. Hai']);
  });

  it('packs whole items into parts within the limit, cutting only an item longer than the limit', () => {
    const items = [{ text: 'a'.repeat(45) }, { text: 'b'.repeat(45) }, { text: 'c '.repeat(60).trim() }, { text: 'd'.repeat(10) }];
    const parts = composeParts({ text: 'Tổng hợp:', items }, null, 100);
    expect(parts.every((part) => part.length <= 100)).toBe(true);
    expect(parts[0]).toBe(`Tổng hợp:\n\n1. ${'a'.repeat(45)}`);
    expect(parts[1]).toBe(`2. ${'b'.repeat(45)}`);
    expect(parts.join(' ')).toContain('4. dddddddddd');
    expect(parts.length).toBe(5);
  });
});
