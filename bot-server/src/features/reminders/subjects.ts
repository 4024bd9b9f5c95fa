import type { Role } from '@tds/shared';

/** Roles that owe an obligation as their unit (a school's dossier), not as themselves. */
export const unitLevelRoles: readonly Role[] = ['principal', 'commune_officer', 'dept_officer'];

/** Who "done" is recorded for: the unit for its head or officer, the person for staff. */
export function subjectOf(person: { id: string; role: string; unit_id: string }): string {
  return unitLevelRoles.includes(person.role as Role) ? person.unit_id : person.id;
}
