import type { NudgeStep } from '../schemas/reminders';

/**
 * The steps of a policy, one per offset, most distant first. Offsets without a configured step
 * take the default ladder: the due day is urgent; the last reminder before it is firm and tells
 * the principal (about staff) and the issuing unit's officers (about schools) who has not finished,
 * which is the "escalation the day before" these tiers generalise; earlier ones are gentle.
 */
export function nudgeLadder(offsets: readonly number[], configured: readonly NudgeStep[] = []): NudgeStep[] {
  const lastBefore = Math.min(...offsets.filter((offset) => offset > 0));
  const own = new Map(configured.map((step) => [step.offset, step]));
  return [...offsets]
    .sort((a, b) => b - a)
    .map((offset): NudgeStep => {
      const step = own.get(offset);
      if (step) return step;
      if (offset === 0) return { offset, tone: 'urgent', chase: [] };
      if (offset === lastBefore) return { offset, tone: 'firm', chase: ['principal', 'issuer'] };
      return { offset, tone: 'gentle', chase: [] };
    });
}
