import { z } from 'zod';
import { Id } from './org';
import { IsoDay } from './submissions';

/** What kind of message asks for "Đã nhận": a broadcast marked "cần xác nhận", or a reminder of an important obligation. */
export const AckKind = z.enum(['announcement', 'reminder'], { error: 'Loại tin không hợp lệ' });
export type AckKind = z.infer<typeof AckKind>;

/** One tap on "Đã nhận" for a specific message (the bot's reply takes the latest one instead). */
export const AcknowledgeBody = z.object({
  kind: AckKind,
  /** The announcement id, or "<obligation id>:<occurrence>" for a reminder. */
  // Ids and dates only: anything else (a NUL byte, which PostgreSQL text refuses) is not a message of ours.
  subjectId: z
    .string({ error: 'Thiếu tin cần xác nhận' })
    .min(1, 'Thiếu tin cần xác nhận')
    .max(200, 'Mã tin quá dài')
    .regex(/^[A-Za-z0-9:_-]+$/, 'Mã tin không hợp lệ'),
});
export type AcknowledgeBody = z.infer<typeof AcknowledgeBody>;

/** A message the person has been asked to confirm. */
export const AckRequestView = z.object({
  kind: AckKind,
  subjectId: z.string(),
  /** A short line saying which message (the reminder's duty, the announcement's first words). */
  label: z.string(),
  link: z.string().nullable(),
  requestedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type AckRequestView = z.infer<typeof AckRequestView>;

/**
 * Where one recipient stands: confirmed; reached (or about to be) but silent; never reachable by
 * the bot (`not_linked`); or the bot gave up on them (`failed`). Only `awaiting` is worth re-sending.
 */
export const AckState = z.enum(['acknowledged', 'awaiting', 'not_linked', 'failed']);
export type AckState = z.infer<typeof AckState>;

export const AckRosterEntry = z.object({
  personId: Id,
  fullName: z.string(),
  unitId: Id,
  unitName: z.string(),
  state: AckState,
  acknowledgedAt: z.string().nullable(),
});
export type AckRosterEntry = z.infer<typeof AckRosterEntry>;

/** Who confirmed an announcement, person by person, sorted by unit then name. */
export const AckRoster = z.object({ announcementId: Id, people: z.array(AckRosterEntry) });
export type AckRoster = z.infer<typeof AckRoster>;

/** Which round of an important obligation's reminders to report on: its due day; the latest one asked when left out. */
export const ReminderAckQuery = z.object({ occurrence: IsoDay.optional() });
export type ReminderAckQuery = z.infer<typeof ReminderAckQuery>;

/**
 * Who confirmed an important obligation's reminders for one due day, and the due days asked so far
 * (newest first). `resendable`: those the reminder reached who have not confirmed (someone whose
 * reminder is still on its way shows as awaiting but is not sent it again).
 */
export const ReminderAckRoster = z.object({ obligationId: Id, occurrence: z.string().nullable(), occurrences: z.array(z.string()), people: z.array(AckRosterEntry), resendable: z.number().int() });
export type ReminderAckRoster = z.infer<typeof ReminderAckRoster>;

/** "Gửi lại cho người chưa xác nhận" for one due day of an obligation's reminders. */
export const ReminderResendBody = z.object({ occurrence: IsoDay });
export type ReminderResendBody = z.infer<typeof ReminderResendBody>;

/** "Gửi lại cho người chưa xác nhận": how many got the message again. */
export const ResendResult = z.object({ resent: z.number().int() });
export type ResendResult = z.infer<typeof ResendResult>;

/** What the bot appends to a message that asks for confirmation. */
export const ACK_HINT = 'Vui lòng trả lời «Đã nhận» để xác nhận đã nhận tin này.';
