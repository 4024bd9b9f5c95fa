import { describe, expect, it } from 'vitest';
import { initiativeModel, shareTotal, shareTotalError } from './initiative-form';

const session = { person: { fullName: 'Y Vân', title: 'Giáo viên' }, unit: { name: 'Tổ khối 1–2–3' } };

const filled = () => {
  const form = initiativeModel.blank(session);
  return {
    ...form,
    title: 'Bảng tương tác trong dạy đọc lớp 1',
    authors: [
      { ...form.authors[0]!, birthDate: '12/04/1988', qualification: 'Cử nhân', share: '70' },
      { ...form.authors[0]!, key: 'b', fullName: 'Đặng Văn Toàn', birthDate: '1/2/1990', qualification: 'Cử nhân', share: '30' },
    ],
    field: 'Giáo dục tiểu học',
    firstAppliedOn: '08/09/2025',
    problem: 'Học sinh lớp 1 còn hạn chế tiếng Việt khi vào lớp.',
    solution: 'Bộ bài giảng điện tử có âm thanh và hình ảnh quen thuộc.',
    novelty: 'Lần đầu dùng tiếng mẹ đẻ làm cầu nối.',
    effectiveness: 'Tỷ lệ đọc trơn tăng từ 61% lên 83%.',
    scalability: 'Áp dụng được cho các trường trong xã.',
  };
};
const photo = { id: 'a1', name: 'lop-hoc.jpg', mime: 'image/jpeg', bytes: 1000 };

describe('initiativeModel', () => {
  it('prefills the first author from the signed-in person', () => {
    const [author] = initiativeModel.blank(session).authors;
    expect(author).toMatchObject({ fullName: 'Y Vân', workplace: 'Tổ khối 1–2–3', position: 'Giáo viên', share: '100' });
  });

  it('sends days as yyyy-mm-dd and shares as numbers, and reads them back', () => {
    const data = initiativeModel.toData(filled(), [photo]);
    expect(data).toMatchObject({ firstAppliedOn: '2025-09-08', attachmentIds: ['a1'], videoLinks: [] });
    expect((data.authors as Array<Record<string, unknown>>)[1]).toMatchObject({ birthDate: '1990-02-01', sharePercent: 30 });
    expect(initiativeModel.validate(data)).toEqual({});
    const back = initiativeModel.fromData(data);
    expect(back.authors[1]).toMatchObject({ birthDate: '01/02/1990', share: '30' });
    expect(back.firstAppliedOn).toBe('08/09/2025');
  });

  it('says what is wrong under each field, the 100 % total included', () => {
    const form = filled();
    form.authors[1]!.share = '20';
    form.authors[1]!.birthDate = '31/02/1990';
    form.firstAppliedOn = '';
    form.problem = 'ngắn';
    const errors = initiativeModel.validate(initiativeModel.toData(form, []));
    expect(errors).toMatchObject({
      authors: 'Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)',
      'authors.1.birthDate': 'Ngày không tồn tại',
      firstAppliedOn: 'Vui lòng nhập ngày',
      problem: 'Mô tả thực trạng cần ít nhất 20 ký tự',
    });
  });

  it('keeps half-typed values in the draft', () => {
    const form = filled();
    form.authors[0]!.share = '7o';
    form.firstAppliedOn = '08/09';
    const back = initiativeModel.fromData(initiativeModel.toData(form, []));
    expect(back.authors[0]!.share).toBe('7o');
    expect(back.firstAppliedOn).toBe('08/09');
  });

  it('adds shares typed with a decimal comma', () => {
    expect(shareTotal([{ share: '33,5' }, { share: '66.5' }, { share: '' }])).toBe(100);
    expect(shareTotalError([{ share: '70' }, { share: '20' }])).toBe('Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)');
  });
});
