import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/** Every declared off day with its unit's path: a few hundred rows at most, read once per tick. */
export function offDaysWithPaths(db: Db) {
  return db
    .selectFrom('off_days')
    .innerJoin('units', 'units.id', 'off_days.unit_id')
    .select(['off_days.id', 'off_days.unit_id', 'off_days.from_day', 'off_days.to_day', 'off_days.label', 'units.path as unit_path', 'units.name as unit_name'])
    .orderBy('off_days.from_day')
    .execute();
}

export type OffDayRow = Awaited<ReturnType<typeof offDaysWithPaths>>[number];

export function weekendsWithPaths(db: Db) {
  return db.selectFrom('unit_weekends').innerJoin('units', 'units.id', 'unit_weekends.unit_id').select(['unit_weekends.unit_id', 'unit_weekends.weekend', 'units.path as unit_path']).execute();
}

export function findOffDay(db: Db, id: string) {
  return db.selectFrom('off_days').innerJoin('units', 'units.id', 'off_days.unit_id').selectAll('off_days').select('units.path as unit_path').where('off_days.id', '=', id).executeTakeFirst();
}
