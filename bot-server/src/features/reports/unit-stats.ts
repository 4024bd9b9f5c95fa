import { sql, type Kysely } from 'kysely';
import type { Store } from '../../store/open-store';
import { newId } from '../../store/ids';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/** The people a unit's staff counts are about: school staff, not officers. */
const schoolStaffRoles = ['teacher', 'group_leader', 'principal'] as const;
const CHUNK = 500;

export interface UnitStatsRow {
  unit_id: string;
  path: string;
  staff: number;
  staff_with_training: number;
  initiatives_submitted: number;
  initiatives_approved: number;
}

/**
 * Records that something counted in these units changed (a submission's status, a person joining,
 * leaving or moving). Writers call it inside their transaction; it only appends, so concurrent
 * writers in one school never wait on a shared counter row, and a write that is rolled back takes
 * its note with it.
 */
export async function noteUnitsChanged(db: Db, unitIds: Array<string | null | undefined>): Promise<void> {
  const ids = [...new Set(unitIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return;
  await db
    .insertInto('unit_stat_changes')
    .values(ids.map((unitId) => ({ id: newId(), unit_id: unitId })))
    .execute();
}

/**
 * Recomputes the counts of every unit with a change noted (under `path`, or everywhere), then
 * drops exactly the notes it read: a note added meanwhile survives for the next refresh, so a
 * count can lag by one refresh but never stays wrong.
 */
export async function refreshUnitStats(store: Pick<Store, 'db' | 'transact'>, now: Date, path?: string): Promise<number> {
  let query = store.db.selectFrom('unit_stat_changes').innerJoin('units', 'units.id', 'unit_stat_changes.unit_id').select(['unit_stat_changes.id', 'unit_stat_changes.unit_id']);
  if (path) query = query.where('units.path', 'like', `${path}%`);
  const changes = await query.execute();
  if (changes.length === 0) return 0;
  const unitIds = [...new Set(changes.map((change) => change.unit_id))];
  const rows: Array<Omit<UnitStatsRow, 'path'> & { refreshed_at: string }> = [];
  for (let i = 0; i < unitIds.length; i += CHUNK) rows.push(...(await countUnits(store.db, unitIds.slice(i, i + CHUNK), now)));
  await store.transact(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('unit_stats')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((conflict) =>
          conflict.column('unit_id').doUpdateSet((eb) => ({
            staff: eb.ref('excluded.staff'),
            staff_with_training: eb.ref('excluded.staff_with_training'),
            initiatives_submitted: eb.ref('excluded.initiatives_submitted'),
            initiatives_approved: eb.ref('excluded.initiatives_approved'),
            refreshed_at: eb.ref('excluded.refreshed_at'),
          })),
        )
        .execute();
    }
    const consumed = changes.map((change) => change.id);
    for (let i = 0; i < consumed.length; i += CHUNK) await trx.deleteFrom('unit_stat_changes').where('id', 'in', consumed.slice(i, i + CHUNK)).execute();
  });
  return unitIds.length;
}

/** The counts of every unit under `path` (itself included), brought up to date first. */
export async function unitStatsUnder(store: Pick<Store, 'db' | 'transact'>, now: Date, path: string): Promise<UnitStatsRow[]> {
  await refreshUnitStats(store, now, path);
  return store.db
    .selectFrom('unit_stats')
    .innerJoin('units', 'units.id', 'unit_stats.unit_id')
    .select(['unit_stats.unit_id', 'units.path', 'unit_stats.staff', 'unit_stats.staff_with_training', 'unit_stats.initiatives_submitted', 'unit_stats.initiatives_approved'])
    .where('units.path', 'like', `${path}%`)
    .execute();
}

/** The source of truth for the counts: active school staff, those with submitted training evidence, initiatives. */
async function countUnits(db: Db, unitIds: string[], now: Date) {
  const staff = await db
    .selectFrom('people')
    .select('people.unit_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('staff'),
      eb.fn
        .count<number>(
          eb
            .case()
            .when(eb.exists(eb.selectFrom('submissions').select(sql`1`.as('one')).whereRef('submissions.author_person_id', '=', 'people.id').where('submissions.kind', '=', 'training').where('submissions.status', '!=', 'draft')))
            .then(1)
            .end(),
        )
        .as('with_training'),
    ])
    .where('people.unit_id', 'in', unitIds)
    .where('people.active', '=', 1)
    .where('people.role', 'in', [...schoolStaffRoles])
    .groupBy('people.unit_id')
    .execute();
  const initiatives = await db
    .selectFrom('submissions')
    .select('unit_id')
    .select((eb) => [eb.fn.countAll<number>().as('submitted'), eb.fn.count<number>(eb.case().when('status', 'in', ['approved', 'forwarded']).then(1).end()).as('approved')])
    .where('unit_id', 'in', unitIds)
    .where('kind', '=', 'initiative')
    .where('status', '!=', 'draft')
    .groupBy('unit_id')
    .execute();
  const staffOf = new Map(staff.map((row) => [row.unit_id, row]));
  const initiativesOf = new Map(initiatives.map((row) => [row.unit_id, row]));
  return unitIds.map((unitId) => ({
    unit_id: unitId,
    staff: Number(staffOf.get(unitId)?.staff ?? 0),
    staff_with_training: Number(staffOf.get(unitId)?.with_training ?? 0),
    initiatives_submitted: Number(initiativesOf.get(unitId)?.submitted ?? 0),
    initiatives_approved: Number(initiativesOf.get(unitId)?.approved ?? 0),
    refreshed_at: now.toISOString(),
  }));
}
