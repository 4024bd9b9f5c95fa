import type { Role } from '../schemas/org';

/**
 * How far a role's grant reaches:
 * - `self`: only records the actor owns;
 * - `unit`: the actor's own unit, not its children;
 * - `subtree`: the actor's unit and every unit below it (a principal's school and its tổ);
 * - `lineage`: the actor's unit, the units above it and the units below it (plans flow down and up the chain);
 * - `all`: everywhere (admin).
 */
export type Scope = 'self' | 'unit' | 'subtree' | 'lineage' | 'all';

/**
 * The permission table: every action a route or the bot may perform, and which roles may perform it
 * at which reach. A role missing from an entry is denied: deny by default.
 */
export const permissionTable = {
  'org.me.read': { teacher: 'self', group_leader: 'self', principal: 'self', commune_officer: 'self', dept_officer: 'self', admin: 'self' },
  'org.units.read': { teacher: 'subtree', group_leader: 'subtree', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'org.people.read': { teacher: 'self', group_leader: 'subtree', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'org.people.manage': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'org.joinCodes.create': { group_leader: 'unit', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'org.roster.import': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'plans.read': { teacher: 'lineage', group_leader: 'lineage', principal: 'lineage', commune_officer: 'lineage', dept_officer: 'lineage', admin: 'all' },
  'plans.manage': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'submissions.create': { teacher: 'self', group_leader: 'self', principal: 'self', commune_officer: 'self', dept_officer: 'self', admin: 'self' },
  'submissions.read': { teacher: 'self', group_leader: 'subtree', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'submissions.review': { group_leader: 'unit', principal: 'subtree', admin: 'all' },
  'submissions.forward': { principal: 'subtree', admin: 'all' },
  'progress.manage': { group_leader: 'unit', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'acknowledgements.create': { teacher: 'self', group_leader: 'self', principal: 'self', commune_officer: 'self', dept_officer: 'self', admin: 'self' },
  'org.me.update': { teacher: 'self', group_leader: 'self', principal: 'self', commune_officer: 'self', dept_officer: 'self', admin: 'self' },
  'announcements.send': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'groupChats.link': { group_leader: 'unit', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'reports.read': { group_leader: 'unit', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'awards.manage': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'calendar.read': { teacher: 'lineage', group_leader: 'lineage', principal: 'lineage', commune_officer: 'lineage', dept_officer: 'lineage', admin: 'all' },
  'calendar.manage': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  /** One's own leave (`self`), or the leave of the staff one heads: a tổ trưởng their tổ, a principal their school. */
  'leave.manage': { teacher: 'self', group_leader: 'subtree', principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  /** Nghị định 13/2023: a person downloads everything stored about them. */
  'privacy.export': { teacher: 'self', group_leader: 'self', principal: 'self', commune_officer: 'self', dept_officer: 'self', admin: 'self' },
  /** Erasing a person's data on their request: the officers who manage their unit, audited. */
  'privacy.erase': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
  'audit.read': { principal: 'subtree', commune_officer: 'subtree', dept_officer: 'subtree', admin: 'all' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof permissionTable;

export interface Actor {
  personId: string;
  role: Role;
  unitId: string;
  /** Materialised ancestry of the actor's unit, "/a/b/c/". */
  unitPath: string;
}

/** What an action touches: a unit (by its path) and, for personal records, the owner. */
export interface Target {
  unitPath?: string;
  ownerId?: string;
}

export function scopeOf(role: Role, action: Action): Scope | null {
  const grants: Partial<Record<Role, Scope>> = permissionTable[action];
  return grants[role] ?? null;
}

export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  const scope = scopeOf(actor.role, action);
  switch (scope) {
    case null:
      return false;
    case 'all':
      return true;
    case 'self':
      return target.ownerId === undefined ? target.unitPath === undefined : target.ownerId === actor.personId;
    case 'unit':
      return target.unitPath === undefined || target.unitPath === actor.unitPath;
    case 'subtree':
      return target.unitPath === undefined || target.unitPath.startsWith(actor.unitPath);
    case 'lineage':
      return target.unitPath === undefined || target.unitPath.startsWith(actor.unitPath) || actor.unitPath.startsWith(target.unitPath);
  }
}

/** Seniority, used so nobody can mint a join code or import a roster row above their own role. */
export const roleRank: Record<Role, number> = {
  teacher: 0,
  group_leader: 1,
  principal: 2,
  commune_officer: 3,
  dept_officer: 4,
  admin: 5,
};

export function mayAssignRole(actor: Pick<Actor, 'role'>, role: Role): boolean {
  return roleRank[role] <= roleRank[actor.role];
}
