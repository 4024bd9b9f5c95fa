import { awardForms, dossierItems, periodKind, type Actor, type AwardForm, type CreateNominationBody, type DossierItem, type NominationView, type QuotaUsage } from '@tds/shared';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { badRequest, conflict, notFound } from '../../http/errors';
import { newId } from '../../store/ids';
import type { AwardNominationsTable, Database } from '../../store/schema';
import { recordAudit } from '../audit/repo';
import { findPersonWithUnit, findUnit } from '../org/repo';
import { myDeadlines } from '../plans/service';

type Db = Kysely<Database>;

/** The quota for a unit: the nearest one set on the unit itself or a unit above it (a plan's "mỗi đơn vị"). */
async function quotaFor(db: Db, unitPath: string, kind: string, form: string) {
  const ancestors = unitPath.split('/').filter(Boolean);
  const rows = await db.selectFrom('award_quotas').selectAll().where('scope_unit_id', 'in', ancestors).where('period_kind', '=', kind).where('form', '=', form).execute();
  return rows.sort((a, b) => ancestors.indexOf(b.scope_unit_id) - ancestors.indexOf(a.scope_unit_id))[0] ?? null;
}

async function nomineeName(db: Db, actor: Actor, type: 'person' | 'unit', id: string): Promise<string> {
  if (type === 'person') {
    const person = await findPersonWithUnit(db, id);
    if (!person || !person.unit_path.startsWith(actor.unitPath)) throw badRequest('Cá nhân được đề nghị không thuộc đơn vị của bạn', { nomineeId: 'Cá nhân không thuộc đơn vị của bạn' });
    return person.full_name;
  }
  const unit = await findUnit(db, id);
  if (!unit || !unit.path.startsWith(actor.unitPath)) throw badRequest('Tập thể được đề nghị không thuộc đơn vị của bạn', { nomineeId: 'Tập thể không thuộc đơn vị của bạn' });
  return unit.name;
}

/**
 * Nominates a person or a collective of the actor's unit, within the quota the issuing plan set for
 * the period and form. Refused for anyone under a hold (discipline, investigation); warned when the
 * same achievement already backs another nomination of the period (no two awards for one achievement).
 */
export async function nominate(ctx: AppContext, actor: Actor, body: CreateNominationBody): Promise<NominationView> {
  const { db } = ctx.store;
  authorize(actor, 'awards.manage', { unitPath: actor.unitPath });
  const name = await nomineeName(db, actor, body.nomineeType, body.nomineeId);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const hold = await db.selectFrom('award_holds').select('reason').where('subject_id', '=', body.nomineeId).where((eb) => eb.or([eb('until', 'is', null), eb('until', '>=', today)])).executeTakeFirst();
  if (hold) throw badRequest(`Không đề nghị khen thưởng: ${name} đang trong thời gian xem xét (${hold.reason})`, { nomineeId: 'Đang trong thời gian xem xét kỷ luật hoặc xử lý vi phạm' });

  const quota = await quotaFor(db, actor.unitPath, periodKind(body.period), body.form);
  const used = await db.selectFrom('award_nominations').select('nominee_type').where('unit_id', '=', actor.unitId).where('period', '=', body.period).where('form', '=', body.form).execute();
  const max = body.nomineeType === 'unit' ? quota?.collective_max : quota?.individual_max;
  const count = used.filter((row) => row.nominee_type === body.nomineeType).length;
  if (max !== null && max !== undefined && count >= max) {
    const who = body.nomineeType === 'unit' ? 'tập thể' : 'cá nhân';
    throw badRequest(`Đã đủ chỉ tiêu ${awardForms[body.form].label}: tối đa ${max} ${who} cho đợt này`, { form: `Vượt chỉ tiêu (tối đa ${max} ${who})` });
  }

  const now = ctx.clock.now();
  const id = newId();
  const row: AwardNominationsTable = {
    id,
    unit_id: actor.unitId,
    period: body.period,
    form: body.form,
    nominee_type: body.nomineeType,
    nominee_id: body.nomineeId,
    achievement: body.achievement,
    submission_ids: JSON.stringify(body.submissionIds),
    checklist: JSON.stringify({}),
    created_by: actor.personId,
    created_at: now.toISOString(),
  };
  try {
    await ctx.store.transact(async (trx) => {
      await trx.insertInto('award_nominations').values(row).execute();
      await recordAudit(trx, now, { actorId: actor.personId, action: 'award.nominate', subjectType: 'nomination', subjectId: id, detail: { form: body.form, period: body.period } });
    });
  } catch (error) {
    const twice = await db.selectFrom('award_nominations').select('id').where('period', '=', body.period).where('form', '=', body.form).where('nominee_id', '=', body.nomineeId).executeTakeFirst();
    if (twice) throw conflict(`${name} đã được đề nghị ${awardForms[body.form].label} trong đợt này`);
    throw error;
  }
  return nominationView(ctx, actor, id);
}

export async function nominationView(ctx: AppContext, actor: Actor, id: string): Promise<NominationView> {
  const { db } = ctx.store;
  const row = await db.selectFrom('award_nominations').selectAll().where('id', '=', id).executeTakeFirst();
  const unit = row && (await findUnit(db, row.unit_id));
  if (!row || !unit) throw notFound('Không tìm thấy đề nghị khen thưởng');
  authorize(actor, 'awards.manage', { unitPath: unit.path });
  const form = row.form as AwardForm;
  const checklist = JSON.parse(row.checklist) as Partial<Record<DossierItem, boolean>>;
  const submissionIds = JSON.parse(row.submission_ids) as string[];
  return {
    id: row.id,
    unitId: row.unit_id,
    period: row.period,
    form,
    formLabel: awardForms[form].label,
    nomineeType: row.nominee_type as 'person' | 'unit',
    nomineeId: row.nominee_id,
    nomineeName: await nomineeName(db, { ...actor, unitPath: unit.path }, row.nominee_type as 'person' | 'unit', row.nominee_id),
    achievement: row.achievement,
    submissionIds,
    checklist: (Object.keys(dossierItems) as DossierItem[]).map((item) => ({ item, label: dossierItems[item], done: checklist[item] === true })),
    copiesRequired: awardForms[form].copies,
    dossierDueOn: (await myDeadlines(ctx, actor)).find((deadline) => deadline.kind === 'dossier')?.dueOn ?? null,
    warnings: await warningsFor(db, row),
  };
}

/** The plans' principles that need a human eye rather than a hard stop. */
async function warningsFor(db: Db, row: AwardNominationsTable): Promise<string[]> {
  const others = await db.selectFrom('award_nominations').select(['id', 'form', 'nominee_id', 'submission_ids']).where('period', '=', row.period).where('id', '!=', row.id).execute();
  const mine = new Set(JSON.parse(row.submission_ids) as string[]);
  const warnings: string[] = [];
  if (others.some((other) => (JSON.parse(other.submission_ids) as string[]).some((id) => mine.has(id)))) {
    warnings.push('Thành tích (sáng kiến) này đã dùng cho một đề nghị khác trong cùng đợt: không khen nhiều hình thức cho một thành tích.');
  }
  const sameNominee = others.filter((other) => other.nominee_id === row.nominee_id);
  if (sameNominee.length > 0) warnings.push(`Đối tượng này còn được đề nghị ${sameNominee.map((other) => awardForms[other.form as AwardForm].label).join(', ')} trong cùng đợt.`);
  return warnings;
}

export async function listNominations(ctx: AppContext, actor: Actor, period: string): Promise<NominationView[]> {
  authorize(actor, 'awards.manage', { unitPath: actor.unitPath });
  const rows = await ctx.store.db.selectFrom('award_nominations').select('id').where('unit_id', '=', actor.unitId).where('period', '=', period).orderBy('created_at').execute();
  return Promise.all(rows.map((row) => nominationView(ctx, actor, row.id)));
}

export async function quotaUsage(ctx: AppContext, actor: Actor, period: string): Promise<QuotaUsage> {
  authorize(actor, 'awards.manage', { unitPath: actor.unitPath });
  const { db } = ctx.store;
  const used = await db.selectFrom('award_nominations').select(['form', 'nominee_type']).where('unit_id', '=', actor.unitId).where('period', '=', period).execute();
  const usage: QuotaUsage = [];
  for (const form of Object.keys(awardForms) as AwardForm[]) {
    const quota = await quotaFor(db, actor.unitPath, periodKind(period), form);
    const forForm = used.filter((row) => row.form === form);
    if (!quota && forForm.length === 0) continue;
    usage.push({
      form,
      formLabel: awardForms[form].label,
      collectiveMax: quota?.collective_max ?? null,
      individualMax: quota?.individual_max ?? null,
      collectiveUsed: forForm.filter((row) => row.nominee_type === 'unit').length,
      individualUsed: forForm.filter((row) => row.nominee_type === 'person').length,
    });
  }
  return usage;
}

export async function updateChecklist(ctx: AppContext, actor: Actor, id: string, items: Partial<Record<DossierItem, boolean>>): Promise<NominationView> {
  const current = await nominationView(ctx, actor, id);
  const merged = Object.fromEntries(current.checklist.map((entry) => [entry.item, items[entry.item as DossierItem] ?? entry.done]));
  await ctx.store.db.updateTable('award_nominations').set({ checklist: JSON.stringify(merged) }).where('id', '=', id).execute();
  return nominationView(ctx, actor, id);
}

export async function withdrawNomination(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await nominationView(ctx, actor, id);
  const now = ctx.clock.now();
  await ctx.store.transact(async (trx) => {
    await trx.deleteFrom('award_nominations').where('id', '=', id).execute();
    await recordAudit(trx, now, { actorId: actor.personId, action: 'award.withdraw', subjectType: 'nomination', subjectId: id });
  });
}
