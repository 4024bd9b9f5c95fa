import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of the store, shared by SQLite and PostgreSQL. Both engines store the same column types:
 * ids and instants as text (ISO-8601 UTC, so text order is time order), booleans as 0/1 integers and
 * structured values as JSON text. One shape means one repository layer and one test suite for both.
 */
export interface UnitsTable {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  path: string;
  created_at: string;
}

export interface PeopleTable {
  id: string;
  unit_id: string;
  full_name: string;
  phone: string | null;
  role: string;
  title: string | null;
  zalo_user_id: string | null;
  bot_user_id: string | null;
  bot_chat_id: string | null;
  active: number;
  reminders_paused_at: string | null;
  /** Daily digest time, minutes after midnight in Vietnam; null = each message at once. */
  digest_minute: number | null;
  created_at: string;
  updated_at: string;
}

export interface JoinCodesTable {
  code_hash: string;
  unit_id: string;
  role: string;
  person_id: string | null;
  uses_left: number;
  expires_at: string;
  created_by: string | null;
  created_at: string;
}

export interface RefreshTokensTable {
  token_hash: string;
  person_id: string;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

export interface BotLinkCodesTable {
  code_hash: string;
  person_id: string;
  expires_at: string;
  used_at: string | null;
}

export interface ProcessedUpdatesTable {
  dedupe_key: string;
  received_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  detail: string | null;
}

export interface PlansTable {
  id: string;
  issuer_unit_id: string;
  issuer_name: string;
  number: string | null;
  title: string;
  issued_on: string | null;
  place: string | null;
  preamble: string;
  /** JSON: ParentPlanRef[] as the text cites them. */
  parents: string;
  parent_plan_id: string | null;
  status: string;
  source_text: string;
  created_by: string | null;
  created_at: string;
  published_at: string | null;
}

export interface PlanSectionsTable {
  plan_id: string;
  ordinal: number;
  path: string;
  marker: string;
  heading: string | null;
  body: string;
  depth: number;
  start_offset: number;
  end_offset: number;
  search_text: string;
}

export interface ObligationsTable {
  id: string;
  plan_id: string;
  section_path: string | null;
  phrase: string;
  start_offset: number;
  end_offset: number;
  day: number | null;
  month: number | null;
  quarter: number | null;
  year: number | null;
  recurrence: string;
  /** JSON {from, to} or null. */
  active_years: string | null;
  /** JSON {day, month, year} or null. */
  opens_on: string | null;
  on_request: number;
  kind: string;
  what: string;
  recipient: string | null;
  sender: string | null;
  /** JSON Role[]. */
  audience_roles: string;
  parent_obligation_id: string | null;
  lead_days: number | null;
  manual: number;
  /** 1/0 as an officer marked it (reminders ask for "Đã nhận"); null = by kind (dossier duties). */
  important: number | null;
  created_at: string;
  updated_at: string;
}

export interface AttachmentsTable {
  id: string;
  owner_person_id: string;
  sha256: string;
  mime: string;
  bytes: number;
  name: string;
  storage_key: string;
  created_at: string;
}

export interface SubmissionsTable {
  id: string;
  kind: string;
  author_person_id: string;
  unit_id: string;
  status: string;
  title: string;
  /** JSON: the form's data (partial while a draft). */
  data: string;
  version: number;
  client_key: string;
  reviewer_person_id: string | null;
  reviewer_comment: string | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SubmissionAttachmentsTable {
  submission_id: string;
  attachment_id: string;
  position: number;
}

export interface SubmissionEventsTable {
  id: string;
  submission_id: string;
  at: string;
  actor_person_id: string | null;
  from_status: string | null;
  to_status: string;
  comment: string | null;
}

export interface IdempotencyKeysTable {
  person_id: string;
  key: string;
  operation: string;
  status: number;
  /** JSON of the first answer, replayed to every retry. */
  response: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  /** (what, who, which occurrence): inserting the same message twice is a no-op. */
  dedupe_key: string;
  recipient_person_id: string;
  channel: string;
  /** JSON: { text, link? }. */
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** End of the current claim's lease; once past, another worker may take the row over. */
  claimed_until: string | null;
  /** The worker instance holding (or, on a final row, last holding) the claim. */
  claimed_by: string | null;
  /** Parts of the split text already delivered; a retry resumes after them. */
  parts_sent: Generated<number>;
  sent_at: string | null;
  /** JSON string[]: Zalo's message id of each delivered part, in order. */
  provider_message_id: string | null;
  last_error: string | null;
  /** A `held` message that went out inside a digest: that digest's row (whose state is this message's). */
  digest_id: string | null;
  created_at: string;
}

export interface ReminderPoliciesTable {
  scope_type: string;
  scope_id: string;
  offsets: string;
  send_at_minute: number;
  /** JSON NudgeStep[], or null for the default ladder. */
  steps: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface OffDaysTable {
  id: string;
  unit_id: string;
  from_day: string;
  to_day: string;
  label: string;
  created_by: string;
  created_at: string;
}

export interface UnitWeekendsTable {
  unit_id: string;
  /** JSON number[] of ISO weekdays. */
  weekend: string;
  updated_by: string;
  updated_at: string;
}

export interface LeavesTable {
  id: string;
  person_id: string;
  from_day: string;
  to_day: string;
  reason: string | null;
  created_by: string;
  created_at: string;
}

export interface ObligationCompletionsTable {
  obligation_id: string;
  occurrence: string;
  subject_id: string;
  done_by: string;
  done_at: string;
}

export interface ProgressQuestionsTable {
  id: string;
  author_person_id: string;
  unit_id: string;
  text: string;
  answer_type: string;
  choices: string;
  audience_roles: string;
  schedule: string;
  open_days: number;
  active: number;
  created_at: string;
}

export interface QuestionAsksTable {
  question_id: string;
  occurrence: string;
  person_id: string;
  asked_at: string;
  closes_at: string;
}

export interface QuestionTalliesTable {
  question_id: string;
  occurrence: string;
  asked: number;
  answered: number;
  late: number;
  last_asked_at: string;
  fanned_out_at: string | null;
}

export interface ProgressAnswersTable {
  id: string;
  question_id: string;
  occurrence: string;
  person_id: string;
  value: string;
  raw_text: string;
  channel: string;
  received_at: string;
  current: number;
}

export interface AnnouncementsTable {
  id: string;
  author_person_id: string;
  unit_id: string;
  text: string;
  attachment_id: string | null;
  /** JSON AnnouncementAudience. */
  audience: string;
  send_at: string;
  fanned_out_at: string | null;
  created_at: string;
  requires_ack: number;
  urgent: number;
  /** People it was fanned out to; null until then. */
  recipient_count: number | null;
}

export interface AnnouncementRecipientsTable {
  announcement_id: string;
  person_id: string;
  unit_id: string;
  read_at: string | null;
}

export interface AckRequestsTable {
  /** `announcement` | `reminder`. */
  kind: string;
  /** The announcement id, or "<obligation id>:<occurrence>". */
  subject_id: string;
  person_id: string;
  label: string;
  link: string | null;
  requested_at: string;
  acknowledged_at: string | null;
  /** `app` | `bot`, once acknowledged. */
  channel: string | null;
}

export interface AwardQuotasTable {
  scope_unit_id: string;
  period_kind: string;
  form: string;
  collective_max: number | null;
  individual_max: number | null;
  source_plan_id: string | null;
}

export interface AwardNominationsTable {
  id: string;
  unit_id: string;
  period: string;
  form: string;
  nominee_type: string;
  nominee_id: string;
  achievement: string;
  submission_ids: string;
  /** JSON Record<DossierItem, boolean>. */
  checklist: string;
  created_by: string;
  created_at: string;
}

export interface AwardHoldsTable {
  subject_id: string;
  reason: string;
  until: string | null;
  created_by: string | null;
  created_at: string;
}

/** Counts per unit for the dashboards, recomputed from the source rows when the unit changes. */
export interface UnitStatsTable {
  unit_id: string;
  staff: number;
  staff_with_training: number;
  initiatives_submitted: number;
  initiatives_approved: number;
  refreshed_at: string;
}

/** "Something counted in this unit changed": appended by writes, consumed by the refresh. */
export interface UnitStatChangesTable {
  id: string;
  unit_id: string;
}

/** A Zalo group chat the unit's announcements may also go to. */
export interface GroupChatsTable {
  chat_id: string;
  unit_id: string;
  linked_by: string;
  linked_at: string;
  active: number;
}

export interface Database {
  units: UnitsTable;
  people: PeopleTable;
  join_codes: JoinCodesTable;
  refresh_tokens: RefreshTokensTable;
  bot_link_codes: BotLinkCodesTable;
  processed_updates: ProcessedUpdatesTable;
  audit_log: AuditLogTable;
  /** A view: `audit_log` and every submission transition from `submission_events` (migration 0030). */
  audit_trail: AuditLogTable;
  plans: PlansTable;
  plan_sections: PlanSectionsTable;
  obligations: ObligationsTable;
  attachments: AttachmentsTable;
  submissions: SubmissionsTable;
  submission_attachments: SubmissionAttachmentsTable;
  submission_events: SubmissionEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  reminder_policies: ReminderPoliciesTable;
  obligation_completions: ObligationCompletionsTable;
  progress_questions: ProgressQuestionsTable;
  question_asks: QuestionAsksTable;
  progress_answers: ProgressAnswersTable;
  question_tallies: QuestionTalliesTable;
  announcements: AnnouncementsTable;
  announcement_recipients: AnnouncementRecipientsTable;
  ack_requests: AckRequestsTable;
  award_quotas: AwardQuotasTable;
  award_nominations: AwardNominationsTable;
  award_holds: AwardHoldsTable;
  unit_stats: UnitStatsTable;
  unit_stat_changes: UnitStatChangesTable;
  group_chats: GroupChatsTable;
  off_days: OffDaysTable;
  unit_weekends: UnitWeekendsTable;
  leaves: LeavesTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type JoinCodeRow = Selectable<JoinCodesTable>;
export type PlanRow = Selectable<PlansTable>;
export type PlanSectionRow = Selectable<PlanSectionsTable>;
export type ObligationRow = Selectable<ObligationsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type SubmissionRow = Selectable<SubmissionsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type ProgressQuestionRow = Selectable<ProgressQuestionsTable>;
