import { describe, expect, it } from 'vitest';
import { trainingModel } from './training-form';

const form = { program: 'binh_dan_hoc_vu_so' as const, programName: '', course: 'Kỹ năng số cơ bản', provider: 'Bộ Khoa học và Công nghệ', completedOn: '20/10/2025', hours: '' };
const cert = { id: 'c1', name: 'chung-chi.png', mime: 'image/png', bytes: 900 };

describe('trainingModel', () => {
  it('sends the day as yyyy-mm-dd, hours as a number or null', () => {
    expect(trainingModel.toData(form, [cert])).toMatchObject({ completedOn: '2025-10-20', hours: null, attachmentIds: ['c1'] });
    expect(trainingModel.toData({ ...form, hours: '1,5' }, [cert]).hours).toBe(1.5);
    expect(trainingModel.validate(trainingModel.toData(form, [cert]))).toEqual({});
    expect(trainingModel.fromData(trainingModel.toData({ ...form, hours: '8' }, [cert]))).toEqual({ ...form, hours: '8' });
  });

  it('asks for the certificate, the date and the name of another programme', () => {
    const errors = trainingModel.validate(trainingModel.toData({ ...form, program: 'other', completedOn: '', hours: 'tám' }, []));
    expect(errors).toMatchObject({
      attachmentIds: 'Cần ảnh hoặc tệp chứng chỉ',
      completedOn: 'Vui lòng nhập ngày hoàn thành',
      programName: 'Vui lòng nhập tên chương trình',
      hours: 'Số giờ phải là số',
    });
  });
});
