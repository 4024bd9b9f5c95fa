import { Id, ObligationImportanceBody, PolicyScopeType, ReminderAckQuery, ReminderPolicyBody, ReminderResendBody } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { idempotencyKeyOf } from '../../http/idempotency';
import { parseInput } from '../../http/validate';
import { reminderAckRoster, resendReminderAcks } from './ack-report';
import { clearPolicy, ladderOf, savePolicy, setImportance } from './settings';

/**
 * Reminder settings (per-plan, per-unit and per-obligation overrides of the default 14/7/3/1/0
 * working days at 07:30 and its ladder; the important mark) and who confirmed important reminders.
 */
export function reminderRoutes(ctx: AppContext): Router {
  const router = Router();
  router.put('/policy', async (req, res) => {
    const body = parseInput(ReminderPolicyBody, req.body);
    await savePolicy(ctx, actorOf(req), body);
    res.json({ ...body, offsets: [...body.offsets].sort((a, b) => b - a) });
  });
  router.delete('/policy/:scopeType/:scopeId', async (req, res) => {
    await clearPolicy(ctx, actorOf(req), parseInput(z.object({ scopeType: PolicyScopeType, scopeId: Id }), req.params));
    res.status(204).end();
  });
  router.get('/ladder/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    res.json(await ladderOf(ctx, actorOf(req), obligationId));
  });
  router.put('/importance/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const actor = actorOf(req);
    await setImportance(ctx, actor, obligationId, parseInput(ObligationImportanceBody, req.body));
    res.json(await ladderOf(ctx, actor, obligationId));
  });
  /** Who confirmed an important obligation's reminders for one due day ("Đã nhận"), person by person. */
  router.get('/acknowledgements/:obligationId', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const { occurrence } = parseInput(ReminderAckQuery, req.query);
    res.json(await reminderAckRoster(ctx, actorOf(req), obligationId, occurrence));
  });
  /** "Gửi lại cho người chưa xác nhận", once per Idempotency-Key. */
  router.post('/acknowledgements/:obligationId/resend', async (req, res) => {
    const { obligationId } = parseInput(z.object({ obligationId: Id }), req.params);
    const { occurrence } = parseInput(ReminderResendBody, req.body);
    res.json(await resendReminderAcks(ctx, actorOf(req), obligationId, occurrence, idempotencyKeyOf(req.get('idempotency-key'))));
  });
  return router;
}
