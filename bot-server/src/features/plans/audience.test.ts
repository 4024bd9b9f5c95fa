import { describe, expect, it } from 'vitest';
import { defaultAudience } from './audience';

describe('defaultAudience', () => {
  it('gives a commune plan’s dossiers to school principals and its reports to the Sở to the commune officer', () => {
    expect(defaultAudience('commune', { kind: 'dossier', recipient: 'UBND xã (qua Phòng Văn hoá - Xã hội)' })).toEqual(['principal']);
    expect(defaultAudience('commune', { kind: 'report', recipient: 'Sở GDĐT' })).toEqual(['commune_officer']);
    expect(defaultAudience('commune', { kind: 'review', recipient: null })).toEqual(['principal']);
  });
  it('gives a school plan’s internal deadlines to all staff and what goes up to the principal', () => {
    expect(defaultAudience('school', { kind: 'dossier', recipient: 'Hội đồng Thi đua - Khen thưởng nhà trường' })).toEqual(['teacher', 'group_leader', 'principal']);
    expect(defaultAudience('school', { kind: 'report', recipient: 'UBND xã' })).toEqual(['principal']);
  });
  it('gives the Sở plan to commune officers unless it goes to the Bộ', () => {
    expect(defaultAudience('department', { kind: 'dossier', recipient: 'Sở Giáo dục và Đào tạo' })).toEqual(['commune_officer']);
    expect(defaultAudience('department', { kind: 'report', recipient: 'Bộ GDĐT' })).toEqual(['dept_officer']);
  });
});
