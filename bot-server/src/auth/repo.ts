import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

type Db = Kysely<Database>;

export async function insertRefreshToken(db: Db, row: { tokenHash: string; personId: string; expiresAt: Date; at: Date }): Promise<void> {
  await db
    .insertInto('refresh_tokens')
    .values({
      token_hash: row.tokenHash,
      person_id: row.personId,
      expires_at: row.expiresAt.toISOString(),
      revoked_at: null,
      created_at: row.at.toISOString(),
    })
    .execute();
}

/**
 * Revokes a live refresh token and returns its person, atomically: of two concurrent refreshes with
 * the same token exactly one wins, so a stolen token cannot be used beside the real one unnoticed.
 */
export async function consumeRefreshToken(db: Db, tokenHash: string, at: Date): Promise<string | null> {
  const nowIso = at.toISOString();
  const result = await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return null;
  const row = await db.selectFrom('refresh_tokens').select('person_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.person_id ?? null;
}

export async function revokeRefreshTokensOf(db: Db, personId: string, at: Date): Promise<void> {
  await db.updateTable('refresh_tokens').set({ revoked_at: at.toISOString() }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
}
