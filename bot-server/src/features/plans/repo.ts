import type { Kysely } from 'kysely';
import { indexSections } from '../../store/full-text';
import type { Database, ObligationRow, PlanRow, PlanSectionRow } from '../../store/schema';

type Db = Kysely<Database>;

export async function insertPlan(db: Db, plan: PlanRow, sections: PlanSectionRow[], obligations: ObligationRow[]): Promise<void> {
  await db.insertInto('plans').values(plan).execute();
  // Chunked: PostgreSQL caps bind parameters per statement, SQLite caps variables too.
  for (let i = 0; i < sections.length; i += 200) await db.insertInto('plan_sections').values(sections.slice(i, i + 200)).execute();
  await indexSections(db, sections);
  for (let i = 0; i < obligations.length; i += 100) await db.insertInto('obligations').values(obligations.slice(i, i + 100)).execute();
}

export function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPlanByNumber(db: Db, number: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('number', '=', number).orderBy('created_at', 'desc').executeTakeFirst();
}

export function listSections(db: Db, planId: string): Promise<PlanSectionRow[]> {
  return db.selectFrom('plan_sections').selectAll().where('plan_id', '=', planId).orderBy('ordinal').execute();
}

export function listObligations(db: Db, planIds: string[]): Promise<ObligationRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('obligations').selectAll().where('plan_id', 'in', planIds).orderBy('plan_id').orderBy('start_offset').execute();
}

export function findObligation(db: Db, id: string): Promise<ObligationRow | undefined> {
  return db.selectFrom('obligations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateObligation(db: Db, id: string, changes: Partial<ObligationRow>): Promise<void> {
  await db.updateTable('obligations').set(changes).where('id', '=', id).execute();
}

export async function insertObligation(db: Db, row: ObligationRow): Promise<void> {
  await db.insertInto('obligations').values(row).execute();
}

export async function deleteObligation(db: Db, id: string): Promise<void> {
  await db.updateTable('obligations').set({ parent_obligation_id: null }).where('parent_obligation_id', '=', id).execute();
  await db.deleteFrom('obligations').where('id', '=', id).execute();
}

/** Plans whose issuer is one of `unitIds`, with how many obligations each has. */
export function listPlansOf(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plans')
    .leftJoin('obligations', 'obligations.plan_id', 'plans.id')
    .select(['plans.id', 'plans.number', 'plans.title', 'plans.issuer_unit_id', 'plans.issuer_name', 'plans.issued_on', 'plans.status', 'plans.parent_plan_id', 'plans.published_at', 'plans.created_at'])
    .select((eb) => eb.fn.count<number>('obligations.id').as('obligation_count'))
    .where('plans.issuer_unit_id', 'in', unitIds)
    .groupBy(['plans.id', 'plans.number', 'plans.title', 'plans.issuer_unit_id', 'plans.issuer_name', 'plans.issued_on', 'plans.status', 'plans.parent_plan_id', 'plans.published_at', 'plans.created_at'])
    .orderBy('plans.created_at', 'desc')
    .execute();
}

export async function publishPlan(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('plans').set({ status: 'published', published_at: at }).where('id', '=', id).execute();
}

/** The sections with these (plan, ordinal) keys, with their plan's title and number. */
export async function sectionsByKeys(db: Db, keys: Array<{ plan_id: string; ordinal: number }>) {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('plan_sections')
    .innerJoin('plans', 'plans.id', 'plan_sections.plan_id')
    .select(['plan_sections.plan_id', 'plan_sections.ordinal', 'plan_sections.path', 'plan_sections.heading', 'plan_sections.body', 'plans.title', 'plans.number'])
    .where((eb) => eb.or(keys.map((key) => eb.and([eb('plan_sections.plan_id', '=', key.plan_id), eb('plan_sections.ordinal', '=', key.ordinal)]))))
    .execute();
  const byKey = new Map(rows.map((row) => [`${row.plan_id}/${row.ordinal}`, row]));
  return keys.map((key) => byKey.get(`${key.plan_id}/${key.ordinal}`)).filter((row) => row !== undefined);
}

/** Published plans issued by these units: what search and "Hạn của tôi" read. */
export function listPublishedPlans(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plans')
    .select(['id', 'number', 'title', 'issuer_name', 'issuer_unit_id'])
    .where('issuer_unit_id', 'in', unitIds)
    .where('status', '=', 'published')
    .execute();
}
