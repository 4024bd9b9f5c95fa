import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/** Every obligation of a published plan, with where its plan was issued. */
export function publishedObligations(db: Db) {
  return db
    .selectFrom('obligations')
    .innerJoin('plans', 'plans.id', 'obligations.plan_id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .selectAll('obligations')
    .select(['plans.number as plan_number', 'plans.title as plan_title', 'plans.issuer_name', 'plans.issuer_unit_id', 'units.path as issuer_path'])
    .where('plans.status', '=', 'published')
    .execute();
}

export type PublishedObligation = Awaited<ReturnType<typeof publishedObligations>>[number];

/** Every unit's path: the planner finds which working calendars an obligation's audience lives under. */
export async function allUnitPaths(db: Db): Promise<string[]> {
  return (await db.selectFrom('units').select('path').execute()).map((row) => row.path);
}

/** Active people of the given roles in the units under `path`, with their unit, for reminding. */
export function peopleUnder(db: Db, path: string, roles: string[]) {
  if (roles.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.full_name', 'people.role', 'people.unit_id', 'people.reminders_paused_at', 'units.path as unit_path', 'units.name as unit_name'])
    .where('units.path', 'like', `${path}%`)
    .where('people.role', 'in', roles)
    .where('people.active', '=', 1)
    .execute();
}

export type Recipient = Awaited<ReturnType<typeof peopleUnder>>[number];

export async function doneSubjects(db: Db, obligationId: string, occurrence: string): Promise<Set<string>> {
  const rows = await db.selectFrom('obligation_completions').select('subject_id').where('obligation_id', '=', obligationId).where('occurrence', '=', occurrence).execute();
  return new Set(rows.map((row) => row.subject_id));
}

export function policies(db: Db) {
  return db.selectFrom('reminder_policies').selectAll().execute();
}
