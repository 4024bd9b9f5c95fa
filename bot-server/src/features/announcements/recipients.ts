import { compareVi, type Actor, type AnnouncementAudience, type AudiencePreview } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest } from '../../http/errors';
import type { Database } from '../../store/schema';
import { groupChatsUnder } from '../group-chats/repo';
import { listUnitsByIds } from '../org/repo';

export interface Recipient {
  id: string;
  unit_id: string;
  unit_name: string;
  bot_chat_id: string | null;
}

/**
 * The people an announcement reaches, expanded now: the chosen units (all must be in the sender's
 * reach) and everything below them, the chosen roles, active, never the sender. Each person once.
 */
export async function expandAudience(db: Kysely<Database>, actor: Actor, audience: AnnouncementAudience): Promise<Recipient[]> {
  return peopleIn(db, actor, await audienceUnits(db, actor, audience), audience);
}

/**
 * Everyone an announcement goes to: its people, and the linked group chats of its units (none
 * unless the sender asked for them). The units are looked up and authorized once for both.
 */
export async function expandAudienceWithGroups(db: Kysely<Database>, actor: Actor, audience: AnnouncementAudience) {
  const units = await audienceUnits(db, actor, audience);
  const people = await peopleIn(db, actor, units, audience);
  const groups = audience.groupChats ? await groupChatsUnder(db, units.map((unit) => unit.path)) : [];
  return { people, groups };
}

async function peopleIn(db: Kysely<Database>, actor: Actor, units: Array<{ path: string }>, audience: AnnouncementAudience): Promise<Recipient[]> {
  const people = new Map<string, Recipient>();
  for (const unit of units) {
    const rows = await db
      .selectFrom('people')
      .innerJoin('units', 'units.id', 'people.unit_id')
      .select(['people.id', 'people.unit_id', 'units.name as unit_name', 'people.bot_chat_id'])
      .where('units.path', 'like', `${unit.path}%`)
      .where('people.role', 'in', audience.roles)
      .where('people.active', '=', 1)
      .where('people.id', '!=', actor.personId)
      .execute();
    for (const row of rows) people.set(row.id, row);
  }
  return [...people.values()];
}

/** The units chosen (or the sender's own), each checked to be in the sender's reach. */
async function audienceUnits(db: Kysely<Database>, actor: Actor, audience: AnnouncementAudience) {
  const wanted = audience.unitIds.length > 0 ? [...new Set(audience.unitIds)] : [actor.unitId];
  const units = await listUnitsByIds(db, wanted);
  if (units.length !== wanted.length) throw badRequest('Có đơn vị không tồn tại', { unitIds: 'Có đơn vị không tồn tại' });
  for (const unit of units) authorize(actor, 'announcements.send', { unitPath: unit.path });
  return units;
}

/** How many an announcement would reach, and how many of them the bot can reach, per unit. */
export async function previewAudience(ctx: AppContext, actor: Actor, audience: AnnouncementAudience): Promise<AudiencePreview> {
  const { people: recipients, groups } = await expandAudienceWithGroups(ctx.store.db, actor, audience);
  const byUnit = new Map<string, AudiencePreview['byUnit'][number]>();
  for (const person of recipients) {
    const unit = byUnit.get(person.unit_id) ?? { unitId: person.unit_id, unitName: person.unit_name, recipients: 0, linked: 0 };
    unit.recipients += 1;
    if (person.bot_chat_id) unit.linked += 1;
    byUnit.set(person.unit_id, unit);
  }
  const linked = recipients.filter((person) => person.bot_chat_id).length;
  return { recipients: recipients.length, groupChats: groups.length, linked, notLinked: recipients.length - linked, byUnit: [...byUnit.values()].sort((a, b) => compareVi(a.unitName, b.unitName)) };
}
