import { newId } from '../../store/ids';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Never personal data itself: ids and counts only (Nghị định 13/2023). */
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<Database>, at: Date, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: at.toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}
