import { z } from 'zod';
import { Person } from './org';

const Row = z.record(z.string(), z.unknown());

/**
 * Everything the store holds about one person (Nghị định 13/2023, quyền được cung cấp dữ liệu): what
 * `GET /api/privacy/me/export` returns to the person themself, as a JSON file.
 */
export const PersonalDataExport = z.object({
  exportedAt: z.string(),
  person: Person,
  unit: z.object({ id: z.string(), name: z.string() }),
  submissions: z.array(Row),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), mime: z.string(), bytes: z.number(), sha256: z.string(), createdAt: z.string() })),
  progressAnswers: z.array(Row),
  messages: z.array(Row),
  announcementsReceived: z.array(Row),
  awardNominations: z.array(Row),
  completions: z.array(Row),
  auditTrail: z.array(Row),
  leave: z.array(Row),
  acknowledgements: z.array(Row),
  groupChatsLinked: z.array(Row),
  /** "HH:mm" of the chosen daily digest, or null for separate messages. */
  dailyDigestAt: z.string().nullable(),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

/** What an erasure kept and removed, for the officer and the audit (counts only). */
export const ErasureReport = z.object({
  personId: z.string(),
  deleted: z.object({ drafts: z.number(), attachments: z.number(), pendingMessages: z.number(), sessions: z.number() }),
  anonymised: z.object({ submissionsKept: z.number(), answersBlanked: z.number(), messagesBlanked: z.number() }),
});
export type ErasureReport = z.infer<typeof ErasureReport>;
