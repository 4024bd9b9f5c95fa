import type { Actor, Role } from '@tds/shared';
import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../context';
import { unauthorized } from '../http/errors';
import { findPersonWithUnit } from '../features/org/repo';
import { verifyAccessToken } from './session-tokens';
import '../http/request-context';

/** Resolves `Authorization: Bearer <token>` to an actor, loading the person so a deactivation bites at once. */
export function authenticate(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_.-]{1,1024})$/.exec(header);
    const personId = match?.[1] ? verifyAccessToken(ctx.config.sessionSecret, match[1], ctx.clock.now().getTime()) : null;
    if (!personId) throw unauthorized();
    const person = await findPersonWithUnit(ctx.store.db, personId);
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
