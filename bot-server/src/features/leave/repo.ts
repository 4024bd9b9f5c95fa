import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/** People on leave on a day: the planner's one query per tick. */
export async function onLeaveOn(db: Db, day: string): Promise<Set<string>> {
  const rows = await db.selectFrom('leaves').select('person_id').where('to_day', '>=', day).where('from_day', '<=', day).execute();
  return new Set(rows.map((row) => row.person_id));
}

/**
 * People of the given roles under `path` on leave on some day of [firstDay, lastDay], each once,
 * with their unit's name (for lists of who has not answered a round).
 */
export async function onLeaveUnder(db: Db, path: string, roles: string[], firstDay: string, lastDay: string) {
  if (roles.length === 0) return [];
  return db
    .selectFrom('leaves')
    .innerJoin('people', 'people.id', 'leaves.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.full_name', 'units.name as unit_name'])
    .distinct()
    .where('units.path', 'like', `${path}%`)
    .where('people.role', 'in', roles)
    .where('people.active', '=', 1)
    .where('leaves.from_day', '<=', lastDay)
    .where('leaves.to_day', '>=', firstDay)
    .orderBy('people.full_name')
    .execute();
}

/**
 * People whose leave ended on a day in [firstDay, lastDay] (back the morning after), with their unit's
 * path: the progress asks' top-up asks them an open round they were not asked while away.
 */
export function backFromLeave(db: Db, firstDay: string, lastDay: string) {
  return db
    .selectFrom('leaves')
    .innerJoin('people', 'people.id', 'leaves.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.role', 'people.reminders_paused_at', 'leaves.to_day', 'units.path as unit_path'])
    .where('leaves.to_day', '>=', firstDay)
    .where('leaves.to_day', '<=', lastDay)
    .where('people.active', '=', 1)
    .execute();
}

/** Leave of the people under a unit (or of one person) that has not ended by `today`. */
export function currentLeaves(db: Db, filter: { unitPath: string } | { personId: string }, today: string) {
  let query = db
    .selectFrom('leaves')
    .innerJoin('people', 'people.id', 'leaves.person_id')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .innerJoin('people as author', 'author.id', 'leaves.created_by')
    .select(['leaves.id', 'leaves.person_id', 'leaves.from_day', 'leaves.to_day', 'leaves.reason', 'people.full_name', 'author.full_name as created_by_name', 'units.path as unit_path'])
    .where('leaves.to_day', '>=', today);
  query = 'personId' in filter ? query.where('leaves.person_id', '=', filter.personId) : query.where('units.path', 'like', `${filter.unitPath}%`);
  return query.orderBy('leaves.from_day').execute();
}

export type LeaveRow = Awaited<ReturnType<typeof currentLeaves>>[number];

/** A leave of the person overlapping [from, to], if any. */
export function overlappingLeave(db: Db, personId: string, from: string, to: string) {
  return db.selectFrom('leaves').select(['id', 'from_day', 'to_day']).where('person_id', '=', personId).where('from_day', '<=', to).where('to_day', '>=', from).executeTakeFirst();
}

export function findLeave(db: Db, id: string) {
  return db.selectFrom('leaves').innerJoin('people', 'people.id', 'leaves.person_id').innerJoin('units', 'units.id', 'people.unit_id').selectAll('leaves').select('units.path as unit_path').where('leaves.id', '=', id).executeTakeFirst();
}
