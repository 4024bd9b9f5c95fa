import { phoneVisibleTo, scopeOf, type Actor, type Person, type Unit } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { presentPerson, presentUnit } from './presenter';
import { findPersonWithUnit, findUnit, listPeopleUnder, listUnitsUnder } from './repo';

export async function listUnits(ctx: AppContext, actor: Actor): Promise<Unit[]> {
  authorize(actor, 'org.units.read', { unitPath: actor.unitPath });
  return (await listUnitsUnder(ctx.store.db, actor.unitPath)).map(presentUnit);
}

/** Staff of the actor's units (or one of them); reading others' phone numbers is audited. */
export async function listPeople(ctx: AppContext, actor: Actor, unitId?: string): Promise<Person[]> {
  if (scopeOf(actor.role, 'org.people.read') === 'self') {
    authorize(actor, 'org.people.read', { ownerId: actor.personId });
    const self = await findPersonWithUnit(ctx.store.db, actor.personId);
    return self ? [presentPerson(self, true)] : [];
  }
  let path = actor.unitPath;
  if (unitId) {
    const unit = await findUnit(ctx.store.db, unitId);
    if (!unit) throw notFound('Không tìm thấy đơn vị');
    path = unit.path;
  }
  authorize(actor, 'org.people.read', { unitPath: path });
  const people = await listPeopleUnder(ctx.store.db, path);
  await recordAudit(ctx.store.db, ctx.clock.now(), { actorId: actor.personId, action: 'people.list', subjectType: 'unit', subjectId: unitId ?? actor.unitId, detail: { count: people.length } });
  return people.map((person) => presentPerson(person, phoneVisibleTo(actor, { id: person.id, unitPath: person.unit_path })));
}
