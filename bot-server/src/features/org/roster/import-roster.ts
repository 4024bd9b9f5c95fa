import { foldVietnamese, mayAssignRole, RosterRow, type Actor, type RosterImportResult } from '@tds/shared';
import type { AppContext } from '../../../context';
import { authorize } from '../../../auth/authorize';
import { badRequest } from '../../../http/errors';
import { newId } from '../../../store/ids';
import { recordAudit } from '../../audit/repo';
import { findPersonBy, findPersonWithUnit, insertPerson, listUnitsUnder, updatePerson } from '../repo';
import type { UnitRow } from '../../../store/schema';
import { fieldLabels, mapHeader, type RosterField } from './columns';

export const MAX_ROSTER_ROWS = 2000;

type RowError = RosterImportResult['errors'][number];
type PlannedRow = RosterImportResult['preview'][number] & { unitId: string; title: string | null; existingId: string | null };

/**
 * Imports a staff roster into the actor's units. A dry run only previews; a real run writes all rows
 * in one transaction or, when any row is wrong, nothing at all and answers with every row's error.
 */
export async function importRoster(ctx: AppContext, actor: Actor, table: string[][], dryRun: boolean): Promise<RosterImportResult> {
  authorize(actor, 'org.roster.import', { unitPath: actor.unitPath });
  const [header, ...rows] = table;
  const columns = mapHeader(header ?? []);
  const missing = (['fullName', 'phone', 'role'] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const message = `Tệp thiếu cột: ${missing.map((field) => fieldLabels[field]).join(', ')}`;
    throw badRequest(message, { file: message });
  }
  if (rows.length === 0) throw badRequest('Tệp không có dòng dữ liệu nào', { file: 'Tệp không có dòng dữ liệu nào' });
  if (rows.length > MAX_ROSTER_ROWS) throw badRequest(`Mỗi lần nhập tối đa ${MAX_ROSTER_ROWS} dòng`, { file: `Mỗi lần nhập tối đa ${MAX_ROSTER_ROWS} dòng` });

  const units = await listUnitsUnder(ctx.store.db, actor.unitPath);
  const errors: RowError[] = [];
  const planned: PlannedRow[] = [];
  const seenPhones = new Map<string, number>();

  for (const [index, cells] of rows.entries()) {
    const rowNumber = index + 2; // 1-based, after the header row, as the spreadsheet shows it
    const cell = (field: RosterField) => (columns[field] === undefined ? undefined : (cells[columns[field]] ?? '').trim() || undefined);
    const parsed = RosterRow.safeParse({ fullName: cell('fullName') ?? '', phone: cell('phone') ?? '', role: cell('role') ?? '', unitName: cell('unitName'), title: cell('title') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row: rowNumber, field: String(issue.path[0] ?? 'row'), message: issue.message });
      }
      continue;
    }
    const row = parsed.data;
    const rowErrors: RowError[] = [];
    const firstSeen = seenPhones.get(row.phone);
    if (firstSeen) rowErrors.push({ row: rowNumber, field: 'phone', message: `Số điện thoại trùng với dòng ${firstSeen}` });
    seenPhones.set(row.phone, firstSeen ?? rowNumber);
    if (!mayAssignRole(actor, row.role)) rowErrors.push({ row: rowNumber, field: 'role', message: 'Không thể gán vai trò cao hơn vai trò của bạn' });
    const unit = resolveUnit(units, actor.unitId, row.unitName);
    if (!unit) rowErrors.push({ row: rowNumber, field: 'unitName', message: `Không tìm thấy đơn vị "${row.unitName}" trong phạm vi của bạn` });
    const existing = await findPersonBy(ctx.store.db, 'phone', row.phone);
    const existingUnit = existing && (await findPersonWithUnit(ctx.store.db, existing.id));
    if (existingUnit && !existingUnit.unit_path.startsWith(actor.unitPath)) {
      rowErrors.push({ row: rowNumber, field: 'phone', message: 'Số điện thoại đã được đăng ký ở đơn vị khác' });
    }
    if (rowErrors.length > 0 || !unit) {
      errors.push(...rowErrors);
      continue;
    }
    planned.push({
      row: rowNumber,
      fullName: row.fullName,
      phone: row.phone,
      role: row.role,
      action: existing ? 'update' : 'create',
      unitId: unit.id,
      title: row.title ?? null,
      existingId: existing?.id ?? null,
    });
  }

  const preview = planned.map(({ row, fullName, phone, role, action }) => ({ row, fullName, phone, role, action }));
  if (dryRun) return { dryRun, created: 0, updated: 0, errors, preview };
  if (errors.length > 0) {
    const fields = Object.fromEntries(errors.map((error) => [`rows.${error.row}.${error.field}`, error.message]));
    throw badRequest(`Tệp có ${errors.length} lỗi, chưa nhập dòng nào. Vui lòng sửa và nhập lại.`, fields);
  }
  await writeRoster(ctx, actor, planned);
  const created = planned.filter((row) => row.action === 'create').length;
  return { dryRun, created, updated: planned.length - created, errors, preview };
}

async function writeRoster(ctx: AppContext, actor: Actor, planned: PlannedRow[]): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const row of planned) {
      const fields = { unit_id: row.unitId, full_name: row.fullName, role: row.role, title: row.title, updated_at: now };
      if (row.existingId) {
        await updatePerson(trx, row.existingId, fields);
      } else {
        await insertPerson(trx, { ...fields, id: newId(), phone: row.phone, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, created_at: now });
      }
    }
    await recordAudit(trx, new Date(now), { actorId: actor.personId, action: 'roster.import', subjectType: 'unit', subjectId: actor.unitId, detail: { rows: planned.length } });
  });
}

/** A row's unit: its "Đơn vị" cell matched by folded name within the actor's reach, else the actor's own unit. */
function resolveUnit(units: UnitRow[], ownUnitId: string, unitName: string | undefined): UnitRow | undefined {
  if (!unitName) return units.find((unit) => unit.id === ownUnitId);
  const wanted = comparableName(unitName);
  return units.find((unit) => comparableName(unit.name) === wanted);
}

/** Unit names are typed by hand: ignore diacritics, case, dash style and spacing. */
function comparableName(name: string): string {
  return foldVietnamese(name).replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ').trim();
}
