import { z } from 'zod';
import { Id } from './org';

/** One row per unit directly below the viewed unit (or the unit itself when it has none). */
export const DashboardUnitRow = z.object({
  unitId: Id,
  unitName: z.string(),
  staff: z.number().int(),
  withTraining: z.number().int(),
  trainingPercent: z.number(),
  initiativesSubmitted: z.number().int(),
  initiativesApproved: z.number().int(),
  obligationsDue: z.number().int(),
  obligationsDone: z.number().int(),
});
export type DashboardUnitRow = z.infer<typeof DashboardUnitRow>;

export const DashboardObligation = z.object({
  obligationId: Id,
  planId: Id,
  what: z.string(),
  dueOn: z.string(),
  doneUnits: z.number().int(),
  totalUnits: z.number().int(),
  missing: z.array(z.object({ unitId: Id, unitName: z.string() })),
});
export type DashboardObligation = z.infer<typeof DashboardObligation>;

export const Dashboard = z.object({
  unitId: Id,
  unitName: z.string(),
  totals: DashboardUnitRow.omit({ unitId: true, unitName: true }),
  units: z.array(DashboardUnitRow),
  obligations: z.array(DashboardObligation),
  questions: z.array(z.object({ questionId: Id, text: z.string(), occurrence: z.string().nullable(), asked: z.number().int(), answered: z.number().int(), responseRate: z.number() })),
});
export type Dashboard = z.infer<typeof Dashboard>;
