import type { ChaseLevel, Role } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { OutgoingMessage } from '../outbox/enqueue';
import { escalationText } from './messages';
import { peopleUnder, type PublishedObligation, type Recipient } from './repo';
import { unitLevelRoles } from './subjects';

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Who a chaser is told about, given everyone still pending: their names, or their units' names. */
interface Chaser {
  level: ChaseLevel;
  roles: Role[];
  /** Whether this chaser is the one to be told about this pending person. */
  covers(chaser: Recipient, pending: Recipient, obligation: PublishedObligation): boolean;
  /** How a pending person is named to this chaser. */
  name(pending: Recipient): string;
}

const isStaff = (person: Recipient) => !unitLevelRoles.includes(person.role as Role);

const chasers: Chaser[] = [
  { level: 'group_leader', roles: ['group_leader'], covers: (leader, person) => isStaff(person) && person.id !== leader.id && person.unit_id === leader.unit_id, name: (person) => person.full_name },
  // A principal's unit is their school, whose path covers every tổ below it.
  { level: 'principal', roles: ['principal'], covers: (principal, person) => isStaff(person) && person.unit_path.startsWith(principal.unit_path), name: (person) => person.full_name },
  { level: 'issuer', roles: ['commune_officer', 'dept_officer'], covers: (officer, _person, obligation) => officer.unit_id === obligation.issuer_unit_id, name: (person) => person.unit_name },
];

/**
 * One step of the nudge ladder reached with people still pending: each chaser the step names is
 * told who (staff) or which units have not finished, and who of them is on leave. Keyed per
 * (obligation, occurrence, chaser, offset), so each step reaches each chaser once.
 */
export async function chaseMessages(db: Kysely<Database>, obligation: PublishedObligation, occurrence: string, offset: number, levels: ChaseLevel[], pending: Recipient[], onLeave: ReadonlySet<string>): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [];
  for (const chaser of chasers.filter((candidate) => levels.includes(candidate.level))) {
    const candidates = await peopleUnder(db, obligation.issuer_path, chaser.roles);
    for (const person of candidates) {
      if (onLeave.has(person.id)) continue;
      const mine = pending.filter((owing) => chaser.covers(person, owing, obligation));
      const away = new Set(mine.filter((owing) => onLeave.has(owing.id)).map(chaser.name));
      const missing = new Set(mine.filter((owing) => !onLeave.has(owing.id)).map(chaser.name));
      if (missing.size === 0) continue;
      messages.push({
        dedupeKey: `escalation:${obligation.id}:${occurrence}:${person.id}:${offset}`,
        recipientPersonId: person.id,
        text: escalationText(obligation, occurrence, [...missing].sort(byName), [...away].filter((name) => !missing.has(name)).sort(byName)),
        link: `/plans/${obligation.plan_id}`,
      });
    }
  }
  return messages;
}
