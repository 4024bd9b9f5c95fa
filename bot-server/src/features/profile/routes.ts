import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { authorize } from '../../auth/authorize';
import { createBotLinkCode } from '../../bot/link-codes';
import { notFound } from '../../http/errors';
import { presentPerson, presentUnit } from '../org/presenter';
import { findPerson, findUnit } from '../org/repo';
import { myDeadlines } from '../plans/service';

/** The signed-in person's own profile and their link to the bot chat. */
export function profileRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const actor = actorOf(req);
    authorize(actor, 'org.me.read', { ownerId: actor.personId });
    const person = await findPerson(ctx.store.db, actor.personId);
    const unit = person && (await findUnit(ctx.store.db, person.unit_id));
    if (!person || !unit) throw notFound();
    res.json({ person: presentPerson(person, true), unit: presentUnit(unit) });
  });

  router.post('/bot-link', async (req, res) => {
    const actor = actorOf(req);
    authorize(actor, 'org.me.read', { ownerId: actor.personId });
    res.status(201).json(await createBotLinkCode(ctx, actor.personId));
  });

  /** "Hạn của tôi": what this person owes next, from the plans of their unit and the units above. */
  router.get('/deadlines', async (req, res) => {
    res.json(await myDeadlines(ctx, actorOf(req)));
  });

  return router;
}
