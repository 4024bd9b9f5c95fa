import type { Kysely } from 'kysely';
import type { Database, JoinCodeRow } from '../../store/schema';

type Db = Kysely<Database>;

export async function insertJoinCode(db: Db, row: JoinCodeRow): Promise<void> {
  await db.insertInto('join_codes').values(row).execute();
}

export function findJoinCode(db: Db, codeHash: string): Promise<JoinCodeRow | undefined> {
  return db.selectFrom('join_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/**
 * Takes one use of a live code. The conditional update is the lock: two people racing for the last
 * use of a code cannot both get it, on either engine.
 */
export async function takeJoinCodeUse(db: Db, codeHash: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('join_codes')
    .set((eb) => ({ uses_left: eb('uses_left', '-', 1) }))
    .where('code_hash', '=', codeHash)
    .where('uses_left', '>', 0)
    .where('expires_at', '>', at.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
