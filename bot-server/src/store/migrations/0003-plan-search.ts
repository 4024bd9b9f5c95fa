import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../capabilities';

/**
 * Full-text search over plan sections, one engine-native index per store: scanning the folded text
 * with LIKE took ~400 ms at 1,000 plans. The indexed text is already folded (no diacritics), so
 * both engines only need to split words; prefix queries ("sang* kien*") serve typing-as-you-search.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (capabilitiesOf(db).fullText === 'fts5') {
    await sql`CREATE VIRTUAL TABLE plan_sections_fts USING fts5(search_text, plan_id UNINDEXED, ordinal UNINDEXED, tokenize = 'unicode61')`.execute(db);
    await sql`INSERT INTO plan_sections_fts (search_text, plan_id, ordinal) SELECT search_text, plan_id, ordinal FROM plan_sections`.execute(db);
    return;
  }
  await sql`ALTER TABLE plan_sections ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
  await sql`CREATE INDEX plan_sections_search_idx ON plan_sections USING gin (search_vector)`.execute(db);
}
