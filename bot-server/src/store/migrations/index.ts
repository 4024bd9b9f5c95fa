import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation';
import * as plans from './0002-plans';
import * as planSearch from './0003-plan-search';
import * as submissions from './0004-submissions';
import * as outboxDelivery from './0005-outbox-delivery';
import * as remindersProgress from './0006-reminders-progress';
import * as announcements from './0007-announcements';
import * as awards from './0008-awards';
import * as unitStats from './0009-unit-stats';
import * as groupChats from './0010-group-chats';
import * as workingCalendar from './0011-working-calendar';
import * as leave from './0012-leave';
import * as nudgeTiers from './0013-nudge-tiers';
import * as questionTallies from './0014-question-tallies';
import * as peopleChanges from './0015-people-changes';
import * as acknowledgements from './0020-acknowledgements';
import * as digest from './0021-digest';
import * as announcementsSharedIdempotency from './0022-announcements-shared-idempotency';
import * as obligationImportance from './0023-obligation-importance';
import * as auditTrail from './0030-audit-trail';
import * as redundantIndexes from './0031-redundant-indexes';
import * as oneCurrentAnswer from './0032-one-current-answer';
import * as announcementsSentList from './0033-announcements-sent-list';

/**
 * Forward-only migrations, applied in name order at start. Never edit a shipped migration:
 * add the next file instead. Kept in code (not read from disk) so a bundled server still finds them.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plans': plans,
  '0003-plan-search': planSearch,
  '0004-submissions': submissions,
  '0005-outbox-delivery': outboxDelivery,
  '0006-reminders-progress': remindersProgress,
  '0007-announcements': announcements,
  '0008-awards': awards,
  '0009-unit-stats': unitStats,
  '0010-group-chats': groupChats,
  '0011-working-calendar': workingCalendar,
  '0012-leave': leave,
  '0013-nudge-tiers': nudgeTiers,
  '0014-question-tallies': questionTallies,
  '0015-people-changes': peopleChanges,
  '0020-acknowledgements': acknowledgements,
  '0021-digest': digest,
  '0022-announcements-shared-idempotency': announcementsSharedIdempotency,
  '0023-obligation-importance': obligationImportance,
  '0030-audit-trail': auditTrail,
  '0031-redundant-indexes': redundantIndexes,
  '0032-one-current-answer': oneCurrentAnswer,
  '0033-announcements-sent-list': announcementsSentList,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
