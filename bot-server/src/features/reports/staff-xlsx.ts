import { roleLabels, type Actor, type Role } from '@tds/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Writable } from 'node:stream';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import type { UnitRow } from '../../store/schema';
import { findUnit } from '../org/repo';

const PAGE = 2000;

/**
 * Every staff member of a unit's subtree with their digital-skill and sáng kiến counts, as .xlsx
 * streamed into `out`: read in keyset pages and written row by row, so 50,000 rows never sit in
 * memory at once. Phone numbers are left out (least exposure); reading it is audited.
 * Authorised first, so a refusal is still a JSON 403 and not a broken download.
 */
export async function staffExportUnit(ctx: AppContext, actor: Actor, unitId: string | undefined): Promise<UnitRow> {
  const unit = await findUnit(ctx.store.db, unitId ?? actor.unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị');
  authorize(actor, 'reports.read', { unitPath: unit.path });
  await recordAudit(ctx.store.db, ctx.clock.now(), { actorId: actor.personId, action: 'report.staff_export', subjectType: 'unit', subjectId: unit.id });
  return unit;
}

/** Writes the export of an already authorised unit (see `staffExportUnit`). */
export async function writeStaffXlsx(ctx: AppContext, unit: UnitRow, out: Writable): Promise<number> {
  const { db } = ctx.store;

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Cán bộ, giáo viên');
  sheet.columns = [
    { header: 'Họ và tên', key: 'fullName', width: 30 },
    { header: 'Vai trò', key: 'role', width: 18 },
    { header: 'Đơn vị', key: 'unitName', width: 36 },
    { header: 'Số minh chứng kỹ năng số', key: 'trainings', width: 16 },
    { header: 'Sáng kiến đã nộp', key: 'submitted', width: 14 },
    { header: 'Sáng kiến đã duyệt', key: 'approved', width: 14 },
    { header: 'Hoàn thành khóa gần nhất', key: 'lastCompleted', width: 16, style: { numFmt: 'dd/mm/yyyy' } },
  ];
  sheet.getRow(1).font = { bold: true };

  let after = '';
  let written = 0;
  for (;;) {
    const page = await db
      .selectFrom('people')
      .innerJoin('units', 'units.id', 'people.unit_id')
      .select(['people.id', 'people.full_name', 'people.role', 'units.name as unit_name'])
      .select((eb) => [
        eb.selectFrom('submissions').select(eb.fn.countAll<number>().as('n')).whereRef('submissions.author_person_id', '=', 'people.id').where('submissions.kind', '=', 'training').where('submissions.status', '!=', 'draft').as('trainings'),
        eb.selectFrom('submissions').select(eb.fn.countAll<number>().as('n')).whereRef('submissions.author_person_id', '=', 'people.id').where('submissions.kind', '=', 'initiative').where('submissions.status', '!=', 'draft').as('submitted'),
        eb.selectFrom('submissions').select(eb.fn.countAll<number>().as('n')).whereRef('submissions.author_person_id', '=', 'people.id').where('submissions.kind', '=', 'initiative').where('submissions.status', 'in', ['approved', 'forwarded']).as('approved'),
        eb.selectFrom('submissions').select(sql<string>`max(submissions.submitted_at)`.as('at')).whereRef('submissions.author_person_id', '=', 'people.id').where('submissions.kind', '=', 'training').where('submissions.status', '!=', 'draft').as('last_training'),
      ])
      .where('units.path', 'like', `${unit.path}%`)
      .where('people.active', '=', 1)
      .where('people.id', '>', after)
      .orderBy('people.id')
      .limit(PAGE)
      .execute();
    for (const row of page) {
      sheet
        .addRow({
          fullName: row.full_name,
          role: roleLabels[row.role as Role] ?? row.role,
          unitName: row.unit_name,
          trainings: Number(row.trainings ?? 0),
          submitted: Number(row.submitted ?? 0),
          approved: Number(row.approved ?? 0),
          lastCompleted: row.last_training ? new Date(row.last_training) : null,
        })
        .commit();
    }
    written += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  sheet.commit();
  await workbook.commit();
  return written;
}
