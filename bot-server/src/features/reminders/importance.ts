import type { ObligationsTable } from '../../store/schema';

/**
 * Kinds whose reminders ask for "Đã nhận" unless an officer marked the obligation otherwise: the
 * award dossier (a missed one costs a school its year's nominations).
 */
const importantKinds: readonly string[] = ['dossier'];

/** Whether an obligation's reminders ask for "Đã nhận": as an officer marked it, else by its kind. */
export function isImportant(obligation: Pick<ObligationsTable, 'important' | 'kind'>): boolean {
  return obligation.important === null ? importantKinds.includes(obligation.kind) : obligation.important === 1;
}
