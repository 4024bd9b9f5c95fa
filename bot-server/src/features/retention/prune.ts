import type { AppContext } from '../../context';
import { recordAudit } from '../audit/repo';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes progress answers and audit rows older than their retention (RETENTION_ANSWERS_DAYS,
 * RETENTION_AUDIT_DAYS): Nghị định 13/2023 asks that personal data be kept no longer than needed.
 * Answers carry the person's own words (`raw_text`); the audit keeps who did what, for longer.
 * Safe in every instance at once: a second run finds nothing left to delete.
 */
export async function pruneExpired(ctx: AppContext, now: Date): Promise<{ answers: number; audit: number }> {
  const { answersDays, auditDays } = ctx.config.retention;
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const answers = await ctx.store.db.deleteFrom('progress_answers').where('received_at', '<', before(answersDays)).executeTakeFirst();
  const audit = await ctx.store.db.deleteFrom('audit_log').where('at', '<', before(auditDays)).executeTakeFirst();
  const counts = { answers: Number(answers.numDeletedRows), audit: Number(audit.numDeletedRows) };
  if (counts.answers + counts.audit > 0) {
    await recordAudit(ctx.store.db, now, { actorId: null, action: 'retention.prune', subjectType: 'store', detail: { ...counts, answersDays, auditDays } });
  }
  return counts;
}
