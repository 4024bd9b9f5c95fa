import { Person, Unit } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

/** GET /api/org/units — the person's unit and every unit below it (a plan's issuer, a dashboard's breadcrumb, a collective nominee). */
export function listUnits(): Promise<Unit[]> {
  return authorizedRequest('/api/org/units', { schema: z.array(Unit) });
}

/** GET /api/org/people — staff in the person's reach, ordered by name (nominees for an award). */
export function listPeople(unitId?: string): Promise<Person[]> {
  return authorizedRequest(`/api/org/people${unitId ? `?unitId=${encodeURIComponent(unitId)}` : ''}`, { schema: z.array(Person) });
}
