import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/**
 * Adds newly inserted asks (and those of them already answered ahead) to an occurrence's tally,
 * creating it on the first ask. `fannedOut` marks a whole-audience expansion (or top-up) by the
 * scheduler; an ask made on the spot for someone answering leaves the mark as it was.
 */
export async function addAsks(db: Db, tally: { questionId: string; occurrence: string; asked: number; answered: number; at: string; fannedOut: boolean }): Promise<void> {
  await db
    .insertInto('question_tallies')
    .values({ question_id: tally.questionId, occurrence: tally.occurrence, asked: tally.asked, answered: tally.answered, late: 0, last_asked_at: tally.at, fanned_out_at: tally.fannedOut ? tally.at : null })
    .onConflict((oc) =>
      oc.columns(['question_id', 'occurrence']).doUpdateSet((eb) => ({
        asked: eb('question_tallies.asked', '+', eb.ref('excluded.asked')),
        answered: eb('question_tallies.answered', '+', eb.ref('excluded.answered')),
        // Only asks actually inserted move the instant; a top-up that found nobody new does not.
        last_asked_at: tally.asked > 0 ? eb.ref('excluded.last_asked_at') : eb.ref('question_tallies.last_asked_at'),
        fanned_out_at: tally.fannedOut ? eb.ref('excluded.fanned_out_at') : eb.ref('question_tallies.fanned_out_at'),
      })),
    )
    .execute();
}

/** A first current answer of an asked person: one more answered, and late if it came after the close. */
export async function addAnswer(db: Db, questionId: string, occurrence: string, late: boolean): Promise<void> {
  await db
    .updateTable('question_tallies')
    .set((eb) => ({ answered: eb('answered', '+', 1), late: eb('late', '+', late ? 1 : 0) }))
    .where('question_id', '=', questionId)
    .where('occurrence', '=', occurrence)
    .execute();
}

/** Every tally of the given questions (a few per question: one per occurrence asked so far). */
export function talliesOf(db: Db, questionIds: string[]) {
  if (questionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('question_tallies').selectAll().where('question_id', 'in', questionIds).execute();
}

export type TallyRow = Awaited<ReturnType<typeof talliesOf>>[number];

/** Each question's most recently asked occurrence, from its tallies. */
export function latestTallies(rows: TallyRow[]): Map<string, TallyRow> {
  const latest = new Map<string, TallyRow>();
  for (const row of rows) {
    const seen = latest.get(row.question_id);
    if (!seen || row.last_asked_at > seen.last_asked_at) latest.set(row.question_id, row);
  }
  return latest;
}

