import type { Insertable, Selectable, Updateable } from 'kysely';

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

export interface Database {
  units: UnitsTable;
  people: PeopleTable;
  join_codes: JoinCodesTable;
  refresh_tokens: RefreshTokensTable;
  bot_link_codes: BotLinkCodesTable;
  processed_updates: ProcessedUpdatesTable;
  audit_log: AuditLogTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type JoinCodeRow = Selectable<JoinCodesTable>;
