import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/errors';
import { checkNomination, emptyNomination, nominationFailure } from './nomination-form';

describe('the nomination form', () => {
  it('asks for a form, a nominee and a real achievement, in Vietnamese', () => {
    const result = checkNomination('yearly-2026', { ...emptyNomination(), achievement: 'Tốt' });
    expect(result).toEqual({ errors: { form: 'Chọn hình thức khen thưởng', nomineeId: 'Chọn cá nhân được đề nghị', achievement: 'Tóm tắt thành tích quá ngắn' } });
  });

  it('builds the body the server expects', () => {
    const draft = { form: 'giay_khen_xa' as const, nomineeType: 'person' as const, nomineeId: 'demo-18', achievement: '  Hoàn thành xuất sắc nhiệm vụ  ', submissionIds: ['s-1'] };
    expect(checkNomination('yearly-2026', draft)).toEqual({ body: { period: 'yearly-2026', ...draft, achievement: 'Hoàn thành xuất sắc nhiệm vụ' } });
  });

  it('puts the server’s field messages under their fields and keeps its message', () => {
    const error = new ApiRequestError('http', 400, 'bad_request', 'Đã đủ chỉ tiêu Giấy khen của Chủ tịch UBND xã: tối đa 2 cá nhân cho đợt này', { form: 'Vượt chỉ tiêu (tối đa 2 cá nhân)', 'submissionIds.0': 'Không hợp lệ', other: 'x' });
    expect(nominationFailure(error)).toEqual({
      errors: { form: 'Vượt chỉ tiêu (tối đa 2 cá nhân)', submissionIds: 'Không hợp lệ' },
      message: 'Đã đủ chỉ tiêu Giấy khen của Chủ tịch UBND xã: tối đa 2 cá nhân cho đợt này',
    });
  });
});
