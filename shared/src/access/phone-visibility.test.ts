import { describe, expect, it } from 'vitest';
import { maskPhone, phoneVisibleTo } from './phone-visibility';

describe('phone visibility', () => {
  const teacher = { id: 'gv', unitPath: '/so/xa/th/to-1/' };
  it.each([
    ['the person themself', { personId: 'gv', unitPath: '/so/xa/th/to-1/' }, true],
    ['their group leader', { personId: 'tt', unitPath: '/so/xa/th/to-1/' }, true],
    ['their principal', { personId: 'ht', unitPath: '/so/xa/th/' }, true],
    ['the commune and the department', { personId: 'xa', unitPath: '/so/' }, true],
    ['another school', { personId: 'ht2', unitPath: '/so/xa/thcs/' }, false],
    ['a sibling group', { personId: 'tt2', unitPath: '/so/xa/th/to-2/' }, false],
  ])('%s', (_who, viewer, visible) => {
    expect(phoneVisibleTo(viewer, teacher)).toBe(visible);
  });

  it('masks all but the first and last two digits', () => {
    expect(maskPhone('0935123478')).toBe('09••••••78');
    expect(maskPhone('123')).toBe('•••');
  });
});
