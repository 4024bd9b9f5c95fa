import { DigestSetting, digestMinuteOf, digestTimeText } from '@tds/shared';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { authorize } from '../../auth/authorize';
import { createBotLinkCode } from '../../bot/link-codes';
import { notFound } from '../../http/errors';
import { parseInput } from '../../http/validate';
import { presentPerson, presentUnit } from '../org/presenter';
import { findPerson, findUnit } from '../org/repo';
import { setDigestMinute } from '../outbox/digest';
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

  /** One daily digest or each message at once (`DigestSetting`). */
  router.get('/digest', async (req, res) => {
    const actor = actorOf(req);
    authorize(actor, 'org.me.read', { ownerId: actor.personId });
    const person = await findPerson(ctx.store.db, actor.personId);
    if (!person) throw notFound();
    res.json({ digestAt: person.digest_minute === null ? null : digestTimeText(person.digest_minute) } satisfies DigestSetting);
  });

  /** Switching back to separate messages sends what is held at once; a new hour moves it. */
  router.put('/digest', async (req, res) => {
    const actor = actorOf(req);
    authorize(actor, 'org.me.update', { ownerId: actor.personId });
    const setting = parseInput(DigestSetting, req.body);
    await setDigestMinute(ctx.store.db, actor.personId, setting.digestAt === null ? null : digestMinuteOf(setting.digestAt), ctx.clock.now());
    res.json(setting);
  });

  /** "Hạn của tôi": what this person owes next, from the plans of their unit and the units above. */
  router.get('/deadlines', async (req, res) => {
    res.json(await myDeadlines(ctx, actorOf(req)));
  });

  return router;
}
