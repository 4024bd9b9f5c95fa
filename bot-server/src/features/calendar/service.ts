import type { Actor, OffDayBody, OffDayView, UnitCalendarView, WeekendBody } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import type { UnitRow } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { findUnit } from '../org/repo';
import { vnHolidaysOfYear } from '@tds/shared/calendar/vn-public-holidays';
import { loadCalendarBook } from './calendar-book';
import { findOffDay } from './repo';

async function unitOrNotFound(ctx: AppContext, unitId: string): Promise<UnitRow> {
  const unit = await findUnit(ctx.store.db, unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị');
  return unit;
}

/** A unit's year: holidays, the off days it declared or inherited, and the weekend that applies. */
export async function unitCalendar(ctx: AppContext, actor: Actor, unitId: string, year: number): Promise<UnitCalendarView> {
  const unit = await unitOrNotFound(ctx, unitId);
  authorize(actor, 'calendar.read', { unitPath: unit.path });
  const settings = (await loadCalendarBook(ctx.store.db)).settingsFor(unit.path);
  const inYear = (from: string, to: string) => from.slice(0, 4) <= String(year) && to.slice(0, 4) >= String(year);
  const offDays: OffDayView[] = settings.offDays
    .filter((row) => inYear(row.from_day, row.to_day))
    .map((row) => ({ id: row.id, unitId: row.unit_id, unitName: row.unit_name, from: row.from_day, to: row.to_day, label: row.label, inherited: row.unit_id !== unit.id }));
  const holidays = [...vnHolidaysOfYear(year)].map(([day, label]) => ({ day, label }));
  return { unitId: unit.id, unitName: unit.name, year, weekend: settings.weekend, weekendFrom: settings.weekendFrom, holidays, offDays };
}

export async function addOffDay(ctx: AppContext, actor: Actor, body: OffDayBody): Promise<OffDayView> {
  const unit = await unitOrNotFound(ctx, body.unitId);
  authorize(actor, 'calendar.manage', { unitPath: unit.path });
  const now = ctx.clock.now();
  const row = { id: newId(), unit_id: unit.id, from_day: body.from, to_day: body.to ?? body.from, label: body.label, created_by: actor.personId, created_at: now.toISOString() };
  await ctx.store.transact(async (trx) => {
    await trx.insertInto('off_days').values(row).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'calendar.off_day.add', subjectType: 'unit', subjectId: unit.id, detail: { from: row.from_day, to: row.to_day } });
  });
  return { id: row.id, unitId: unit.id, unitName: unit.name, from: row.from_day, to: row.to_day, label: row.label, inherited: false };
}

/** Removed only by someone who manages the unit that declared it: a school cannot undo the Sở's Tết break. */
export async function removeOffDay(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await findOffDay(ctx.store.db, id);
  if (!row) throw notFound('Không tìm thấy ngày nghỉ này');
  authorize(actor, 'calendar.manage', { unitPath: row.unit_path });
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await trx.deleteFrom('off_days').where('id', '=', id).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'calendar.off_day.remove', subjectType: 'unit', subjectId: row.unit_id, detail: { from: row.from_day, to: row.to_day } });
  });
}

export async function setWeekend(ctx: AppContext, actor: Actor, body: WeekendBody): Promise<void> {
  const unit = await unitOrNotFound(ctx, body.unitId);
  authorize(actor, 'calendar.manage', { unitPath: unit.path });
  const now = ctx.clock.now();
  const row = { unit_id: unit.id, weekend: JSON.stringify([...body.weekend].sort()), updated_by: actor.personId, updated_at: now.toISOString() };
  await ctx.store.transact(async (trx) => {
    await trx.insertInto('unit_weekends').values(row).onConflict((oc) => oc.column('unit_id').doUpdateSet({ weekend: row.weekend, updated_by: row.updated_by, updated_at: row.updated_at })).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'calendar.weekend.set', subjectType: 'unit', subjectId: unit.id, detail: { weekend: body.weekend } });
  });
}
