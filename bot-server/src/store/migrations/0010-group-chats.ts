import type { Kysely } from 'kysely';

/**
 * Zalo group chats linked to a unit, so an announcement can also be posted where the unit's staff
 * talk. A group is linked from inside it (`/ketnoi` by the unit's principal or officer), which
 * proves the bot is a member; only used while Zalo lets the bot into groups (`can_join_groups`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('group_chats')
    .addColumn('chat_id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('linked_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('group_chats_unit_idx').on('group_chats').column('unit_id').execute();
}
