import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/** Linked, active group chats of the units under any of these paths, with who linked each. */
export async function groupChatsUnder(db: Kysely<Database>, unitPaths: string[]) {
  if (unitPaths.length === 0) return [];
  return db
    .selectFrom('group_chats')
    .innerJoin('units', 'units.id', 'group_chats.unit_id')
    .select(['group_chats.chat_id', 'group_chats.unit_id', 'group_chats.linked_by', 'units.name as unit_name'])
    .where('group_chats.active', '=', 1)
    .where((eb) => eb.or(unitPaths.map((path) => eb('units.path', 'like', `${path}%`))))
    .execute();
}
