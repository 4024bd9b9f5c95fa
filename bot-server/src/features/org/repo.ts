import type { Actor, Role } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { Database, NewPerson, PersonRow, PersonUpdate, UnitRow } from '../../store/schema';
import { noteUnitsChanged } from '../reports/unit-stats';

type Db = Kysely<Database>;

export function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The unit at `path` and everything below it, parents before children. */
export function listUnitsUnder(db: Db, path: string): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().where('path', 'like', `${path}%`).orderBy('path').execute();
}

export function listUnitsByIds(db: Db, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').selectAll().where('id', 'in', ids).orderBy('path').execute();
}

/** Unit ids are restricted to [a-z0-9-] so a path used as a LIKE prefix can never hold a wildcard. */
const UNIT_ID = /^[a-z0-9-]{1,64}$/;

export async function insertUnit(db: Db, unit: { id: string; kind: string; name: string; parent: UnitRow | null; at: Date }): Promise<UnitRow> {
  if (!UNIT_ID.test(unit.id)) throw new Error(`Mã đơn vị không hợp lệ: ${unit.id}`);
  const row: UnitRow = {
    id: unit.id,
    kind: unit.kind,
    name: unit.name,
    parent_id: unit.parent?.id ?? null,
    path: `${unit.parent?.path ?? '/'}${unit.id}/`,
    created_at: unit.at.toISOString(),
  };
  await db.insertInto('units').values(row).execute();
  await noteUnitsChanged(db, [row.id]);
  return row;
}

export function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPersonBy(db: Db, column: 'zalo_user_id' | 'bot_user_id' | 'phone', value: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where(column, '=', value).executeTakeFirst();
}

export interface PersonWithUnit extends PersonRow {
  unit_path: string;
  unit_name: string;
}

/** The person as the permission table sees them. */
export function actorOfPerson(person: PersonWithUnit): Actor {
  return { personId: person.id, role: person.role as Role, unitId: person.unit_id, unitPath: person.unit_path };
}

export function findPersonWithUnit(db: Db, id: string): Promise<PersonWithUnit | undefined> {
  return db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .selectAll('people')
    .select(['units.path as unit_path', 'units.name as unit_name'])
    .where('people.id', '=', id)
    .executeTakeFirst();
}

/** People in the units under `path`, ordered by name as rosters are. */
export function listPeopleUnder(db: Db, path: string): Promise<PersonWithUnit[]> {
  return db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .selectAll('people')
    .select(['units.path as unit_path', 'units.name as unit_name'])
    .where('units.path', 'like', `${path}%`)
    .orderBy('people.full_name')
    .orderBy('people.id')
    .execute();
}

export async function insertPerson(db: Db, person: NewPerson): Promise<void> {
  await db.insertInto('people').values(person).execute();
  await noteUnitsChanged(db, [person.unit_id]);
}

export async function updatePerson(db: Db, id: string, changes: PersonUpdate): Promise<void> {
  // Only a move, a role change or (de)activation changes what the unit counts; a sign-in does not.
  const counted = changes.unit_id !== undefined || changes.role !== undefined || changes.active !== undefined;
  const before = counted ? await db.selectFrom('people').select('unit_id').where('id', '=', id).executeTakeFirst() : undefined;
  await db.updateTable('people').set(changes).where('id', '=', id).execute();
  if (counted) await noteUnitsChanged(db, [before?.unit_id, changes.unit_id]);
}
