import { compareVi, isoDateVi, nextOccurrence, type Actor, type Dashboard, type DashboardUnitRow, type Role } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import type { UnitRow } from '../../store/schema';
import { findUnit, listUnitsUnder } from '../org/repo';
import { latestTallies, talliesOf } from '../progress/tally-repo';
import { dueRuleOf } from '../plans/presenter';
import { unitLevelRoles } from '../reminders/subjects';
import { unitStatsUnder } from './unit-stats';

const HORIZON_DAYS = 120;

/**
 * The picture of a unit and each unit directly below it: staff with digital-skill evidence,
 * initiatives submitted and approved, the unit's own deadlines and who has done them, and the
 * response rates of its progress questions.
 */
export async function dashboard(ctx: AppContext, actor: Actor, unitId?: string): Promise<Dashboard> {
  const { db } = ctx.store;
  const unit = await findUnit(db, unitId ?? actor.unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị');
  authorize(actor, 'reports.read', { unitPath: unit.path });
  const below = await listUnitsUnder(db, unit.path);
  const children = below.filter((child) => child.parent_id === unit.id).sort((a, b) => compareVi(a.name, b.name));
  const columns = children.length > 0 ? children : [unit];

  // Counts kept per unit (see unit-stats.ts), rolled up by path in memory: the province-sized data
  // set is never counted on a read. Three independent reads, at once on PostgreSQL's pool.
  const [stats, obligations, questions] = await Promise.all([unitStatsUnder(ctx.store, ctx.clock.now(), unit.path), ownObligations(ctx, unit, columns), questionRates(ctx, unit.path)]);
  const total = <T,>(rows: T[], pick: (row: T) => number | string | bigint) => rows.reduce((sum, row) => sum + Number(pick(row)), 0);
  const row = (id: string, name: string, inUnit: (path: string) => boolean, owesDeadlines: boolean): DashboardUnitRow => {
    const counted = stats.filter((group) => inUnit(group.path));
    const headcount = total(counted, (group) => group.staff);
    const withTraining = total(counted, (group) => group.staff_with_training);
    return {
      unitId: id,
      unitName: name,
      staff: headcount,
      withTraining,
      trainingPercent: percent(withTraining, headcount),
      initiativesSubmitted: total(counted, (group) => group.initiatives_submitted),
      initiativesApproved: total(counted, (group) => group.initiatives_approved),
      obligationsDue: owesDeadlines ? obligations.length : 0,
      obligationsDone: owesDeadlines ? obligations.filter((obligation) => !obligation.missing.some((missing) => missing.unitId === id)).length : 0,
    };
  };
  const rows = columns.map((column) => row(column.id, column.name, (path) => path.startsWith(column.path), true));
  // People attached to the unit itself (a school's board, above its tổ) get a row of their own.
  if (children.length > 0 && stats.some((group) => group.path === unit.path && group.staff > 0)) {
    rows.push(row(unit.id, `${unit.name} (trực thuộc)`, (path) => path === unit.path, false));
  }
  const sum = (key: keyof Omit<DashboardUnitRow, 'unitId' | 'unitName' | 'trainingPercent'>) => rows.reduce((total, row) => total + row[key], 0);
  return {
    unitId: unit.id,
    unitName: unit.name,
    totals: {
      staff: sum('staff'),
      withTraining: sum('withTraining'),
      trainingPercent: percent(sum('withTraining'), sum('staff')),
      initiativesSubmitted: sum('initiativesSubmitted'),
      initiativesApproved: sum('initiativesApproved'),
      obligationsDue: sum('obligationsDue'),
      obligationsDone: sum('obligationsDone'),
    },
    units: rows,
    obligations,
    questions,
  };
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Deadlines of the unit's own published plans owed by the units below it, due within the horizon. */
async function ownObligations(ctx: AppContext, unit: UnitRow, columns: UnitRow[]): Promise<Dashboard['obligations']> {
  const { db } = ctx.store;
  const now = ctx.clock.now();
  const horizon = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
  const rows = await db
    .selectFrom('obligations')
    .innerJoin('plans', 'plans.id', 'obligations.plan_id')
    .selectAll('obligations')
    .where('plans.issuer_unit_id', '=', unit.id)
    .where('plans.status', '=', 'published')
    .execute();
  const result: Dashboard['obligations'] = [];
  for (const row of rows) {
    const audience = JSON.parse(row.audience_roles) as Role[];
    if (!audience.some((role) => unitLevelRoles.includes(role))) continue;
    const due = nextOccurrence(dueRuleOf(row), now);
    if (!due || due > horizon) continue;
    const occurrence = isoDateVi(due);
    const done = new Set(
      (await db.selectFrom('obligation_completions').select('subject_id').where('obligation_id', '=', row.id).where('occurrence', '=', occurrence).execute()).map((completion) => completion.subject_id),
    );
    const missing = columns.filter((column) => !done.has(column.id)).map((column) => ({ unitId: column.id, unitName: column.name }));
    result.push({ obligationId: row.id, planId: row.plan_id, what: row.what, dueOn: occurrence, doneUnits: columns.length - missing.length, totalUnits: columns.length, missing });
  }
  return result.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** Each question's latest occurrence: how many were asked and answered, from the tallies kept on write. */
async function questionRates(ctx: AppContext, path: string): Promise<Dashboard['questions']> {
  const { db } = ctx.store;
  const questions = await db
    .selectFrom('progress_questions')
    .innerJoin('units', 'units.id', 'progress_questions.unit_id')
    .select(['progress_questions.id', 'progress_questions.text'])
    .where('units.path', 'like', `${path}%`)
    .orderBy('progress_questions.created_at', 'desc')
    .limit(20)
    .execute();
  const latest = latestTallies(await talliesOf(db, questions.map((question) => question.id)));
  return questions.map((question) => {
    const tally = latest.get(question.id);
    return { questionId: question.id, text: question.text, occurrence: tally?.occurrence ?? null, asked: tally?.asked ?? 0, answered: tally?.answered ?? 0, responseRate: percent(tally?.answered ?? 0, tally?.asked ?? 0) };
  });
}
