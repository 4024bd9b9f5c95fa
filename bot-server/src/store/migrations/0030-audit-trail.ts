import { sql, type Kysely } from 'kysely';

/**
 * A submission's transitions were written twice, once to its history (`submission_events`) and
 * once to `audit_log`: the second row cost a third of a submit's writes on deadline day. The
 * history is now the only record of them and the audit trail reads it as its own, through the
 * `audit_trail` view; the duplicate rows already in `audit_log` go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIEW audit_trail AS
    SELECT id, at, actor_id, action, subject_type, subject_id, detail FROM audit_log
    UNION ALL
    SELECT id, at, actor_person_id AS actor_id,
      CASE
        WHEN to_status = 'submitted' AND from_status = 'returned' THEN 'submission.resubmit'
        WHEN to_status = 'submitted' THEN 'submission.submit'
        WHEN to_status = 'returned' AND from_status = 'approved' THEN 'submission.reopen'
        WHEN to_status = 'returned' THEN 'submission.return'
        WHEN to_status = 'approved' THEN 'submission.approve'
        WHEN to_status = 'forwarded' THEN 'submission.forward'
        ELSE 'submission.' || to_status
      END AS action,
      'submission' AS subject_type, submission_id AS subject_id, NULL AS detail
    FROM submission_events`.execute(db);
  await sql`DELETE FROM audit_log WHERE subject_type = 'submission' AND action IN ('submission.submit', 'submission.resubmit', 'submission.return', 'submission.reopen', 'submission.approve', 'submission.forward')`.execute(db);
}
