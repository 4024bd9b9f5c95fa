import { CompiledQuery, type Kysely } from 'kysely';
import { capabilitiesOf } from './capabilities';
import type { Database } from './schema';

const statements = new Map<string, string>();

/**
 * An INSERT of one row whose SQL is built by Kysely once per (engine, table, columns) and then only
 * re-bound: on the submit path, building and compiling each statement afresh cost more than running
 * it. Same SQL and parameters as `insertInto(table).values(row)`, for hot paths only.
 */
export async function fastInsert<T extends keyof Database & string>(db: Kysely<Database>, table: T, row: Database[T]): Promise<void> {
  const values = row as unknown as Record<string, unknown>;
  const columns = Object.keys(values);
  const key = `${capabilitiesOf(db).dialect}:${table}:${columns.join(',')}`;
  let text = statements.get(key);
  if (text === undefined) {
    text = db.insertInto(table).values(row as never).compile().sql;
    statements.set(key, text);
  }
  await db.executeQuery(CompiledQuery.raw(text, columns.map((column) => values[column])));
}
