import { can, formatIsoDayVi, isoDateVi, type Actor, type LeaveBody, type LeaveView } from '@tds/shared';
import type { AppContext } from '../../context';
import { AppError, conflict, notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import { recordAudit } from '../audit/repo';
import { findPersonWithUnit, findUnit, updatePerson } from '../org/repo';
import { currentLeaves, findLeave, overlappingLeave, type LeaveRow } from './repo';

const outOfScope = 'Bạn chỉ đặt nghỉ phép cho bản thân hoặc cán bộ, giáo viên thuộc đơn vị mình phụ trách';

/** One's own leave is one's own; anyone else's needs the unit in the actor's reach. */
function mayManage(actor: Actor, person: { id: string; unit_path: string }): boolean {
  return person.id === actor.personId ? can(actor, 'leave.manage', { ownerId: person.id }) : can(actor, 'leave.manage', { unitPath: person.unit_path });
}

function present(row: LeaveRow): LeaveView {
  return { id: row.id, personId: row.person_id, fullName: row.full_name, from: row.from_day, to: row.to_day, reason: row.reason, createdByName: row.created_by_name };
}

/** "Nghỉ phép từ … đến …": reminders stop for the window, and lists of who has not finished show it. */
export async function setLeave(ctx: AppContext, actor: Actor, body: LeaveBody): Promise<LeaveView> {
  const person = await findPersonWithUnit(ctx.store.db, body.personId ?? actor.personId);
  // Someone outside one's reach gets the same answer as no one: ids are not probed this way.
  if (!person || !mayManage(actor, person)) throw new AppError(403, 'forbidden', outOfScope, { personId: outOfScope });
  const now = ctx.clock.now();
  const id = newId();
  // Checked inside the write's transaction (on SQLite the single writer serialises it).
  await ctx.store.transact(async (trx) => {
    const taken = await overlappingLeave(trx, person.id, body.from, body.to);
    if (taken) {
      const message = `Trùng với kỳ nghỉ phép đã đặt từ ${formatIsoDayVi(taken.from_day)} đến ${formatIsoDayVi(taken.to_day)}`;
      throw conflict(message, { from: message });
    }
    await trx.insertInto('leaves').values({ id, person_id: person.id, from_day: body.from, to_day: body.to, reason: body.reason || null, created_by: actor.personId, created_at: now.toISOString() }).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'leave.set', subjectType: 'person', subjectId: person.id, detail: { from: body.from, to: body.to } });
  });
  const [row] = (await currentLeaves(ctx.store.db, { personId: person.id }, body.from)).filter((leave) => leave.id === id);
  return present(row!);
}

export async function cancelLeave(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const leave = await findLeave(ctx.store.db, id);
  if (!leave || !mayManage(actor, { id: leave.person_id, unit_path: leave.unit_path })) throw notFound('Không tìm thấy kỳ nghỉ phép này');
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await trx.deleteFrom('leaves').where('id', '=', id).execute();
    // Back early: the progress asks' top-up reads people written since its mark, so this one is asked an open round.
    await updatePerson(trx, leave.person_id, { updated_at: now.toISOString() });
    await recordAudit(trx, now, { actorId: actor.personId, action: 'leave.cancel', subjectType: 'person', subjectId: leave.person_id, detail: { from: leave.from_day, to: leave.to_day } });
  });
}

/** The actor's own leave not yet over, or (with a unit) that of the staff under it. */
export async function listLeaves(ctx: AppContext, actor: Actor, unitId?: string): Promise<LeaveView[]> {
  const today = isoDateVi(ctx.clock.now());
  if (!unitId) return (await currentLeaves(ctx.store.db, { personId: actor.personId }, today)).map(present);
  const unit = await findUnit(ctx.store.db, unitId);
  if (!unit || !can(actor, 'leave.manage', { unitPath: unit.path })) throw new AppError(403, 'forbidden', outOfScope, { unitId: outOfScope });
  return (await currentLeaves(ctx.store.db, { unitPath: unit.path }, today)).map(present);
}
