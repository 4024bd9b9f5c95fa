import { AnnouncementAudience, CreateAnnouncementBody, Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { idempotencyKeyOf } from '../../http/idempotency';
import { parseInput } from '../../http/validate';
import { ackRoster, deliveryReport, resendUnacknowledged } from './delivery-report';
import { previewAudience } from './recipients';
import { announcementView, createAnnouncement, markRead, myAnnouncements, sentBy } from './service';

const Params = z.object({ announcementId: Id });

export function announcementRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await myAnnouncements(ctx, actorOf(req)));
  });

  /** How many people (and how many reachable by bot) an audience means, before sending. */
  router.post('/preview', async (req, res) => {
    res.json(await previewAudience(ctx, actorOf(req), parseInput(AnnouncementAudience, req.body)));
  });

  router.post('/', async (req, res) => {
    const key = idempotencyKeyOf(req.get('idempotency-key'));
    res.status(201).json(await createAnnouncement(ctx, actorOf(req), parseInput(CreateAnnouncementBody, req.body), key));
  });

  /** "Đã gửi": what the signed-in person sent, newest first, on any phone. */
  router.get('/sent', async (req, res) => {
    res.json(await sentBy(ctx, actorOf(req)));
  });

  router.get('/:announcementId', async (req, res) => {
    const { announcementId } = parseInput(Params, req.params);
    res.json(await announcementView(ctx, actorOf(req), announcementId));
  });

  router.post('/:announcementId/read', async (req, res) => {
    const { announcementId } = parseInput(Params, req.params);
    res.json(await markRead(ctx, actorOf(req), announcementId));
  });

  router.get('/:announcementId/delivery', async (req, res) => {
    const { announcementId } = parseInput(Params, req.params);
    res.json(await deliveryReport(ctx, actorOf(req), announcementId));
  });

  /** Who confirmed "Đã nhận", person by person (announcements marked "cần xác nhận"). */
  router.get('/:announcementId/acknowledgements', async (req, res) => {
    const { announcementId } = parseInput(Params, req.params);
    res.json(await ackRoster(ctx, actorOf(req), announcementId));
  });

  /** "Gửi lại cho người chưa xác nhận", once per Idempotency-Key. */
  router.post('/:announcementId/resend', async (req, res) => {
    const { announcementId } = parseInput(Params, req.params);
    const key = idempotencyKeyOf(req.get('idempotency-key'));
    res.json(await resendUnacknowledged(ctx, actorOf(req), announcementId, key));
  });

  return router;
}
