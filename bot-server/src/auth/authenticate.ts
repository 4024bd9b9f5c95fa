import type { Actor, Role } from '@tds/shared';
import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../context';
import { unauthorized } from '../http/errors';
import { findPersonWithUnit, type PersonWithUnit } from '../features/org/repo';
import { verifyAccessToken } from './session-tokens';
import '../http/request-context';

/** How long a looked-up person is trusted before reading them again. */
export const PERSON_TTL_MS = 5_000;

/** Resolves `Authorization: Bearer <token>` to an actor, loading the person so a deactivation bites within seconds. */
export function authenticate(ctx: AppContext): RequestHandler {
  const recent = new Map<string, { person: PersonWithUnit | undefined; until: number }>();
  /**
   * The person behind a session, remembered for a few seconds: a burst of requests (a form's
   * autosave, a deadline-day rush of submissions) costs one lookup, while a deactivation or a move
   * to another unit still takes effect within PERSON_TTL_MS on every instance.
   */
  const personOf = async (personId: string, now: number) => {
    const hit = recent.get(personId);
    if (hit && hit.until > now) return hit.person;
    const person = await findPersonWithUnit(ctx.store.db, personId);
    if (recent.size >= 10_000) recent.clear();
    recent.set(personId, { person, until: now + PERSON_TTL_MS });
    return person;
  };
  return async (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_.-]{1,1024})$/.exec(header);
    const now = ctx.clock.now().getTime();
    const personId = match?.[1] ? verifyAccessToken(ctx.config.sessionSecret, match[1], now) : null;
    if (!personId) throw unauthorized();
    const person = await personOf(personId, now);
    if (!person || person.active !== 1) throw unauthorized();
    req.actor = { personId: person.id, role: person.role as Role, unitId: person.unit_id, unitPath: person.unit_path, fullName: person.full_name, unitName: person.unit_name };
    next();
  };
}

/** Names loaded with the session, so writes can answer without reading the person again. */
export interface AuthorNames {
  fullName: string;
  unitName: string;
}

/** The actor of an authenticated request; a route mounted without `authenticate` is a programming error. */
export function actorOf(req: Request): Actor & AuthorNames {
  if (!req.actor) throw unauthorized();
  return req.actor;
}
