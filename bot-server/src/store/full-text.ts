import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from './capabilities';
import type { Database } from './schema';

/** Words are [a-z0-9]+ (folded search tokens), so they can never carry query syntax of either engine. */
const WORD = /^[a-z0-9]+$/;

export type MatchMode = 'phrase' | 'all-words';

/** Keeps the SQLite FTS5 table in step with newly inserted sections (PostgreSQL's column is generated). */
export async function indexSections(db: Kysely<Database>, rows: Array<{ plan_id: string; ordinal: number; search_text: string }>): Promise<void> {
  if (capabilitiesOf(db).fullText !== 'fts5') return;
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((row) => sql`(${row.search_text}, ${row.plan_id}, ${row.ordinal})`);
    await sql`INSERT INTO plan_sections_fts (search_text, plan_id, ordinal) VALUES ${sql.join(values)}`.execute(db);
  }
}

/**
 * Sections of the given plans containing every word as a word prefix ("all-words"), or the words
 * in order as a phrase whose last word may be unfinished ("phrase"). Returns (plan_id, ordinal).
 */
export async function matchSections(db: Kysely<Database>, planIds: string[], words: string[], mode: MatchMode, limit: number): Promise<Array<{ plan_id: string; ordinal: number }>> {
  if (planIds.length === 0 || words.length === 0 || !words.every((word) => WORD.test(word))) return [];
  if (capabilitiesOf(db).fullText === 'fts5') {
    const query = mode === 'phrase' ? `${words.map((word) => `"${word}"`).join(' + ')}*` : words.map((word) => `"${word}"*`).join(' AND ');
    const result = await sql<{ plan_id: string; ordinal: number }>`
      SELECT plan_id, ordinal FROM plan_sections_fts
      WHERE plan_sections_fts MATCH ${query} AND plan_id IN (${sql.join(planIds)})
      LIMIT ${limit}`.execute(db);
    return result.rows.map((row) => ({ plan_id: row.plan_id, ordinal: Number(row.ordinal) }));
  }
  const query = words.map((word) => `${word}:*`).join(mode === 'phrase' ? ' <-> ' : ' & ');
  const result = await sql<{ plan_id: string; ordinal: number }>`
    SELECT plan_id, ordinal FROM plan_sections
    WHERE search_vector @@ to_tsquery('simple', ${query}) AND plan_id IN (${sql.join(planIds)})
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
