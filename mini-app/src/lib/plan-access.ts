import type { Role, Unit } from '@tds/shared';
import { planManagerRoles } from '../modules';

/**
 * Whether someone may change a plan's reminders (`plans.manage` over its issuing unit: theirs or one
 * below it). The plans one reads come from one's own chain, so an issuer on one's own path other than
 * one's unit is above, out of reach. Only hides a button the server would refuse; the server decides.
 */
export function mayManagePlan(role: Role, unit: Pick<Unit, 'id' | 'path'>, issuerUnitId: string): boolean {
  if (!planManagerRoles.some((allowed) => allowed === role)) return false;
  return role === 'admin' || issuerUnitId === unit.id || !unit.path.includes(`/${issuerUnitId}/`);
}
