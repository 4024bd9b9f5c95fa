import { z } from 'zod';
import { Id, Role } from './org';

export const MAX_ANNOUNCEMENT_CHARS = 3000;

/** Who an announcement goes to: everyone of these roles in these units (and below), or below the author. */
export const AnnouncementAudience = z.object({
  /** Empty = every unit below the sender's own. */
  unitIds: z.array(Id).max(500, 'Chọn tối đa 500 đơn vị').default([]),
  roles: z.array(Role).min(1, 'Chọn ít nhất một vai trò nhận thông báo'),
  /** Also post in the Zalo groups these units linked (`/ketnoi`), where Zalo lets the bot into groups. */
  groupChats: z.boolean({ error: 'Chọn có hoặc không gửi vào nhóm Zalo' }).default(false),
});
export type AnnouncementAudience = z.infer<typeof AnnouncementAudience>;

export const CreateAnnouncementBody = AnnouncementAudience.extend({
  text: z
    .string({ error: 'Nội dung thông báo phải là chữ' })
    .trim()
    .min(10, 'Nội dung thông báo quá ngắn (ít nhất 10 ký tự)')
    .max(MAX_ANNOUNCEMENT_CHARS, `Nội dung thông báo tối đa ${MAX_ANNOUNCEMENT_CHARS} ký tự`),
  /** ISO instant; absent = send now. */
  sendAt: z.iso.datetime({ offset: true, error: 'Thời điểm gửi không hợp lệ' }).optional(),
  attachmentId: Id.optional(),
  /** "Cần xác nhận": recipients are asked to answer "Đã nhận", and the sender sees who did. */
  requiresAck: z.boolean({ error: 'Giá trị không hợp lệ' }).default(false),
  /** "Khẩn": goes out at once even to people who chose a daily digest. */
  urgent: z.boolean({ error: 'Giá trị không hợp lệ' }).default(false),
});
export type CreateAnnouncementBody = z.infer<typeof CreateAnnouncementBody>;

export const AudiencePreview = z.object({
  recipients: z.number().int(),
  /** Linked group chats it would also be posted in (0 unless asked for). */
  groupChats: z.number().int(),
  linked: z.number().int(),
  notLinked: z.number().int(),
  byUnit: z.array(z.object({ unitId: Id, unitName: z.string(), recipients: z.number().int(), linked: z.number().int() })),
});
export type AudiencePreview = z.infer<typeof AudiencePreview>;

export const AnnouncementView = z.object({
  id: Id,
  text: z.string(),
  authorName: z.string(),
  unitName: z.string(),
  sendAt: z.string(),
  sent: z.boolean(),
  attachmentId: Id.nullable(),
  readAt: z.string().nullable(),
  requiresAck: z.boolean(),
  urgent: z.boolean(),
  /** The viewer is a recipient (not only its sender or an officer following it): only they can confirm. */
  toMe: z.boolean(),
  /** When this viewer confirmed it ("Đã nhận"); null if not (yet), or if it asks for no confirmation. */
  acknowledgedAt: z.string().nullable(),
});
export type AnnouncementView = z.infer<typeof AnnouncementView>;

/** One announcement in its sender's "Đã gửi" list, on any device: enough to list it and open its delivery report. */
export const SentAnnouncement = z.object({
  id: Id,
  text: z.string(),
  sendAt: z.string(),
  /** Fanned out to its recipients; false while it waits for its scheduled time. */
  sent: z.boolean(),
  /** People it was fanned out to (0 until it is). */
  recipients: z.number().int(),
  requiresAck: z.boolean(),
});
export type SentAnnouncement = z.infer<typeof SentAnnouncement>;

const DeliveryCounts = z.object({
  recipients: z.number().int(),
  pending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  notLinked: z.number().int(),
  read: z.number().int(),
  /** Confirmed "Đã nhận" (0 unless the announcement asks for it). */
  acknowledged: z.number().int(),
  /** Reachable by the bot but not confirmed yet: whom "Gửi lại cho người chưa xác nhận" reaches. */
  awaitingAck: z.number().int(),
});

export const AnnouncementDelivery = z.object({
  announcementId: Id,
  requiresAck: z.boolean(),
  totals: DeliveryCounts,
  byUnit: z.array(DeliveryCounts.extend({ unitId: Id, unitName: z.string() })),
  /** Posts in linked group chats, one per group, with the outbox status (pending, sending, sent, failed, not_linked). */
  groupChats: z.array(z.object({ unitId: z.string(), unitName: z.string(), status: z.string() })),
});
export type AnnouncementDelivery = z.infer<typeof AnnouncementDelivery>;
