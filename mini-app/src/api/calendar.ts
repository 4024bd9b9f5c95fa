import { LeaveView, OffDayView, UnitCalendarView, type LeaveBody, type OffDayBody } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** GET /api/calendar/units/:unitId?year= — holidays, off days (own and inherited) and weekend of a unit's year. */
export function getUnitCalendar(unitId: string, year: number): Promise<UnitCalendarView> {
  return authorizedRequest(`/api/calendar/units/${enc(unitId)}?year=${year}`, { schema: UnitCalendarView });
}

/** POST /api/calendar/off-days → 201; 400 with `fields.from` for a day outside 2025–2030. */
export function addOffDay(body: OffDayBody): Promise<OffDayView> {
  return authorizedRequest('/api/calendar/off-days', { body, schema: OffDayView });
}

export async function removeOffDay(id: string): Promise<void> {
  await authorizedRequest(`/api/calendar/off-days/${enc(id)}`, { method: 'DELETE', schema: z.unknown() });
}

/** GET /api/leave — my leave not yet over; with a unit, that of the staff under it. */
export function listLeaves(unitId?: string): Promise<LeaveView[]> {
  return authorizedRequest(`/api/leave${unitId ? `?unitId=${enc(unitId)}` : ''}`, { schema: z.array(LeaveView) });
}

/** POST /api/leave → 201; 400/409/403 with `fields` (to, from, personId). */
export function setLeave(body: LeaveBody): Promise<LeaveView> {
  return authorizedRequest('/api/leave', { body, schema: LeaveView });
}

export async function cancelLeave(id: string): Promise<void> {
  await authorizedRequest(`/api/leave/${enc(id)}`, { method: 'DELETE', schema: z.unknown() });
}
