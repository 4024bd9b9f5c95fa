import { readFile } from 'node:fs/promises';
import type { AppContext } from '../context';
import { importPlan } from '../features/plans/import-plan';
import { publish } from '../features/plans/service';
import { actorOfPerson, findPersonWithUnit } from '../features/org/repo';

/**
 * The three real plans of ../shared/plans as a chain: the Sở's plan, the commune's plan implementing
 * it, the school's plan implementing that. Copies live beside this file so a clone runs on its own.
 * Imported and published through the same commands an officer uses.
 */
const chain = [
  { file: 'so-gddt-quang-ngai-2025.txt', importer: 'demo-01', issuerUnitId: 'so-gddt-quang-ngai', number: '198/KH-SGDĐT' },
  { file: 'ubnd-xa-dak-koi-2025.txt', importer: 'demo-02', issuerUnitId: 'xa-dak-koi', number: undefined },
  { file: 'thcs-vinh-phong-1-2025.txt', importer: 'demo-28', issuerUnitId: 'thcs-dak-koi', number: undefined },
] as const;

export async function seedDemoPlans(ctx: AppContext): Promise<void> {
  if (await ctx.store.db.selectFrom('plans').select('id').limit(1).executeTakeFirst()) return;
  let parentPlanId: string | undefined;
  for (const link of chain) {
    const person = await findPersonWithUnit(ctx.store.db, link.importer);
    if (!person) return;
    const actor = actorOfPerson(person);
    const text = await readFile(new URL(`./demo-plans/${link.file}`, import.meta.url), 'utf8');
    const draft = await importPlan(ctx, actor, { text, issuerUnitId: link.issuerUnitId, number: link.number, parentPlanId });
    await publish(ctx, actor, draft.id);
    parentPlanId = draft.id;
  }
  await seedQuotas(ctx, parentPlanId);
}

/**
 * The award quotas the school plan states ("không quá 02 tập thể, 02 cá nhân"…), applied to every
 * school of the commune so the demo's principals meet them.
 */
async function seedQuotas(ctx: AppContext, sourcePlanId: string | undefined): Promise<void> {
  const quota = (period_kind: string, form: string, collective_max: number, individual_max: number) => ({ scope_unit_id: 'xa-dak-koi', period_kind, form, collective_max, individual_max, source_plan_id: sourcePlanId ?? null });
  await ctx.store.db
    .insertInto('award_quotas')
    .values([
      ...['yearly', 'so_ket'].flatMap((kind) => [quota(kind, 'bang_khen_bo', 1, 1), quota(kind, 'bang_khen_tinh', 2, 2), quota(kind, 'giay_khen_xa', 2, 2)]),
      quota('tong_ket', 'giay_khen_xa', 3, 6),
    ])
    .execute();
}
