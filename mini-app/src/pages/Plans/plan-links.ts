/** Where the plan screens live; the reader takes where to open as query parameters. */
export interface ReaderTarget {
  /** Section path to open at. */
  section?: string | null;
  /** Words to highlight, as typed in the library's search. */
  q?: string;
  /** Obligation to open at (from "Hạn của tôi"). */
  obligation?: string;
}

export function readerPath(planId: string, target: ReaderTarget = {}): string {
  const query = new URLSearchParams();
  if (target.section) query.set('section', target.section);
  if (target.q) query.set('q', target.q);
  if (target.obligation) query.set('obligation', target.obligation);
  const search = query.toString();
  return `/plans/${encodeURIComponent(planId)}${search ? `?${search}` : ''}`;
}

export const reviewPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/review`;
export const importPath = '/plans/import';
/** "Nhắc việc" of one obligation: its nudge ladder and "quan trọng" mark. */
export const ladderPath = (planId: string, obligationId: string) => `/plans/${encodeURIComponent(planId)}/obligations/${encodeURIComponent(obligationId)}/reminders`;
