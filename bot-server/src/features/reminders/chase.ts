import { compareVi, type ChaseLevel, type Role } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { OutgoingMessage } from '../outbox/enqueue';
import { escalationText } from './messages';
import { peopleUnder, type PublishedObligation, type Recipient } from './repo';
import { unitLevelRoles } from './subjects';

/** Pending people found by unit and by every unit above them, so each chaser's share is one lookup. */
interface PendingIndex {
  byUnit: Map<string, Recipient[]>;
  underPath: Map<string, Recipient[]>;
  all: Recipient[];
}

function indexPending(pending: Recipient[]): PendingIndex {
  const index: PendingIndex = { byUnit: new Map(), underPath: new Map(), all: pending };
  const add = (map: Map<string, Recipient[]>, key: string, person: Recipient) => (map.get(key) ?? map.set(key, []).get(key)!).push(person);
  for (const person of pending) {
    add(index.byUnit, person.unit_id, person);
    for (let end = person.unit_path.indexOf('/', 1); end !== -1; end = person.unit_path.indexOf('/', end + 1)) add(index.underPath, person.unit_path.slice(0, end + 1), person);
  }
  return index;
}

const isStaff = (person: Recipient) => !unitLevelRoles.includes(person.role as Role);

interface Chaser {
  level: ChaseLevel;
  roles: Role[];
  /** The pending people this chaser is told about. */
  share(chaser: Recipient, index: PendingIndex, obligation: PublishedObligation): Recipient[];
  /** How a pending person is named to this chaser: by name, or by unit. */
  name(pending: Recipient): string;
}

const chasers: Chaser[] = [
  { level: 'group_leader', roles: ['group_leader'], share: (leader, index) => (index.byUnit.get(leader.unit_id) ?? []).filter((person) => isStaff(person) && person.id !== leader.id), name: (person) => person.full_name },
  // A principal's unit is their school, whose path covers every tổ below it.
  { level: 'principal', roles: ['principal'], share: (principal, index) => (index.underPath.get(principal.unit_path) ?? []).filter(isStaff), name: (person) => person.full_name },
  { level: 'issuer', roles: ['commune_officer', 'dept_officer'], share: (officer, index, obligation) => (officer.unit_id === obligation.issuer_unit_id ? index.all : []), name: (person) => person.unit_name },
];

/**
 * One step of the nudge ladder reached with people still pending: each chaser the step names is
 * told who (staff) or which units have not finished, and who of them is on leave. Keyed per
 * (obligation, occurrence, chaser, offset), so each step reaches each chaser once.
 */
export async function chaseMessages(db: Kysely<Database>, obligation: PublishedObligation, occurrence: string, offset: number, levels: ChaseLevel[], pending: Recipient[], onLeave: ReadonlySet<string>): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [];
  const index = indexPending(pending);
  for (const chaser of chasers.filter((candidate) => levels.includes(candidate.level))) {
    const candidates = await peopleUnder(db, obligation.issuer_path, chaser.roles);
    for (const person of candidates) {
      if (onLeave.has(person.id)) continue;
      const mine = chaser.share(person, index, obligation);
      const away = new Set(mine.filter((owing) => onLeave.has(owing.id)).map(chaser.name));
      const missing = new Set(mine.filter((owing) => !onLeave.has(owing.id)).map(chaser.name));
      if (missing.size === 0) continue;
      messages.push({
        dedupeKey: `escalation:${obligation.id}:${occurrence}:${person.id}:${offset}`,
        recipientPersonId: person.id,
        text: escalationText(obligation, occurrence, [...missing].sort(compareVi), [...away].filter((name) => !missing.has(name)).sort(compareVi)),
        link: `/plans/${obligation.plan_id}`,
      });
    }
  }
  return messages;
}
