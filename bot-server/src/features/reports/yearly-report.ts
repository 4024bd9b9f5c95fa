import { formatDateVi, type Actor } from '@tds/shared';
import type { AppContext } from '../../context';
import { dashboard } from './dashboard';
import { documentBuffer, line, motto, table } from './docx-blocks';

/**
 * The unit's yearly report on the campaigns to the level above, pre-filled with the counts the
 * dashboard holds; the narrative parts are left for the officer to write.
 */
export async function yearlyReportDocx(ctx: AppContext, actor: Actor, unitId?: string): Promise<{ fileName: string; buffer: Buffer }> {
  const data = await dashboard(ctx, actor, unitId);
  const [day, month, year] = formatDateVi(ctx.clock.now()).split('/');
  const { totals } = data;
  const buffer = await documentBuffer([
    line(data.unitName.toUpperCase(), { bold: true }),
    ...motto('……………', `ngày ${day} tháng ${month} năm ${year}`),
    line('BÁO CÁO', { bold: true, center: true, size: 28 }),
    line(`Kết quả thực hiện Phong trào thi đua "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số" và Phong trào "Bình dân học vụ số" năm ${year}`, { bold: true, center: true }),
    line('I. KẾT QUẢ THỰC HIỆN', { bold: true }),
    line(`1. Phổ cập kỹ năng số: ${totals.withTraining}/${totals.staff} cán bộ, giáo viên, nhân viên có minh chứng hoàn thành khóa học (${totals.trainingPercent}%).`),
    line(`2. Sáng kiến: ${totals.initiativesSubmitted} sáng kiến đã nộp, ${totals.initiativesApproved} sáng kiến đã được đơn vị công nhận.`),
    line(`3. Thực hiện các hạn nộp hồ sơ, báo cáo: ${totals.obligationsDone}/${totals.obligationsDue} lượt hoàn thành.`),
    table(
      ['Đơn vị', 'CB, GV', 'Có kỹ năng số', 'Tỷ lệ (%)', 'Sáng kiến nộp', 'Sáng kiến duyệt'],
      data.units.map((unit) => [unit.unitName, String(unit.staff), String(unit.withTraining), String(unit.trainingPercent), String(unit.initiativesSubmitted), String(unit.initiativesApproved)]),
    ),
    line('II. ĐÁNH GIÁ CHUNG', { bold: true }),
    line('1. Ưu điểm: …………………………………………………………………………'),
    line('2. Hạn chế, nguyên nhân: ……………………………………………………………'),
    line('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TIẾP THEO', { bold: true }),
    line('…………………………………………………………………………………………'),
    line('IV. ĐỀ XUẤT, KIẾN NGHỊ', { bold: true }),
    line('…………………………………………………………………………………………'),
  ]);
  return { fileName: `bao-cao-nam-${year}-${data.unitName}.docx`, buffer };
}
