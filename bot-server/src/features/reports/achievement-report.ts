import { formatDateVi, InitiativeData, TrainingData, trainingProgramLabels, type Actor } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { findPersonWithUnit } from '../org/repo';
import { documentBuffer, labelled, line, motto, table } from './docx-blocks';

const dayVi = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
};

/**
 * A draft báo cáo thành tích (Mẫu số 08, Nghị định 152/2025/NĐ-CP) for one person, pre-filled from
 * their approved sáng kiến and their digital-skill training records; the officer completes the rest.
 */
export async function achievementReportDocx(ctx: AppContext, actor: Actor, personId: string): Promise<{ fileName: string; buffer: Buffer }> {
  const { db } = ctx.store;
  const person = await findPersonWithUnit(db, personId);
  if (!person) throw notFound('Không tìm thấy người này');
  if (person.id !== actor.personId) {
    authorize(actor, 'reports.read', { unitPath: person.unit_path });
    await recordAudit(db, ctx.clock.now(), { actorId: actor.personId, action: 'report.achievement', subjectType: 'person', subjectId: person.id });
  }
  const submissions = await db.selectFrom('submissions').select(['kind', 'status', 'data']).where('author_person_id', '=', person.id).where('status', 'in', ['submitted', 'approved', 'forwarded']).orderBy('submitted_at').execute();
  const initiatives = submissions.filter((row) => row.kind === 'initiative' && row.status !== 'submitted').map((row) => InitiativeData.parse(JSON.parse(row.data)));
  const trainings = submissions.filter((row) => row.kind === 'training').map((row) => TrainingData.parse(JSON.parse(row.data)));
  const today = formatDateVi(ctx.clock.now()).split('/');

  const buffer = await documentBuffer([
    ...motto('……………', `ngày ${today[0]} tháng ${today[1]} năm ${today[2]}`),
    line('BÁO CÁO THÀNH TÍCH', { bold: true, center: true, size: 28 }),
    line('ĐỀ NGHỊ KHEN THƯỞNG TRONG PHONG TRÀO THI ĐUA "CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ" VÀ PHONG TRÀO "BÌNH DÂN HỌC VỤ SỐ"', { bold: true, center: true }),
    line('(Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP — bản nháp do Thi Đua Số điền sẵn)', { italic: true, center: true }),
    line('I. SƠ LƯỢC LÝ LỊCH', { bold: true }),
    labelled('Họ và tên', person.full_name),
    labelled('Chức vụ', person.title ?? ''),
    labelled('Đơn vị công tác', person.unit_name),
    labelled('Ngày, tháng, năm sinh', ''),
    labelled('Trình độ chuyên môn, nghiệp vụ', ''),
    line('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true }),
    line('1. Quyền hạn, nhiệm vụ được giao', { bold: true }),
    line('…………………………………………………………………………………………'),
    line('2. Sáng kiến đã được công nhận', { bold: true }),
    initiatives.length === 0
      ? line('(Chưa có sáng kiến được đơn vị duyệt.)', { italic: true })
      : table(['TT', 'Tên sáng kiến', 'Lĩnh vực', 'Áp dụng từ', 'Hiệu quả'], initiatives.map((item, index) => [String(index + 1), item.title, item.field, dayVi(item.firstAppliedOn), item.effectiveness])),
    line('3. Tham gia phong trào "Bình dân học vụ số"', { bold: true }),
    trainings.length === 0
      ? line('(Chưa có minh chứng kỹ năng số.)', { italic: true })
      : table(['TT', 'Chương trình', 'Khóa học', 'Đơn vị tổ chức', 'Hoàn thành'], trainings.map((item, index) => [String(index + 1), item.program === 'other' ? item.programName : trainingProgramLabels[item.program], item.course, item.provider, dayVi(item.completedOn)])),
    line('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', { bold: true }),
    line('…………………………………………………………………………………………'),
    line('THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ                    NGƯỜI BÁO CÁO THÀNH TÍCH', { bold: true }),
  ]);
  return { fileName: `bao-cao-thanh-tich-${person.full_name}.docx`, buffer };
}
