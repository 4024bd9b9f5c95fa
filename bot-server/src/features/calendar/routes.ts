import { CAMPAIGN_FIRST_YEAR, CAMPAIGN_LAST_YEAR, Id, OffDayBody, WeekendBody } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { addOffDay, removeOffDay, setWeekend, unitCalendar } from './service';

const yearMessage = `Năm phải trong thời gian phong trào (${CAMPAIGN_FIRST_YEAR}–${CAMPAIGN_LAST_YEAR})`;
const CalendarQuery = z.object({ year: z.coerce.number({ error: yearMessage }).int(yearMessage).min(CAMPAIGN_FIRST_YEAR, yearMessage).max(CAMPAIGN_LAST_YEAR, yearMessage) });

/** Working calendars: public holidays, off days declared per unit (inherited below), weekends. */
export function calendarRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/units/:unitId', async (req, res) => {
    const { unitId } = parseInput(z.object({ unitId: Id }), req.params);
    const { year } = parseInput(CalendarQuery, req.query);
    res.json(await unitCalendar(ctx, actorOf(req), unitId, year));
  });

  router.post('/off-days', async (req, res) => {
    res.status(201).json(await addOffDay(ctx, actorOf(req), parseInput(OffDayBody, req.body)));
  });

  router.delete('/off-days/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: Id }), req.params);
    await removeOffDay(ctx, actorOf(req), id);
    res.status(204).end();
  });

  router.put('/weekend', async (req, res) => {
    const body = parseInput(WeekendBody, req.body);
    await setWeekend(ctx, actorOf(req), body);
    res.json(body);
  });

  return router;
}
