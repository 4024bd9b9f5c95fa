import { AckRoster, AnnouncementDelivery, AnnouncementView, AudiencePreview, ResendResult, SentAnnouncement, type AnnouncementAudience, type CreateAnnouncementBody } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

const enc = encodeURIComponent;

/** GET /api/announcements — my feed, newest first, with read state. */
export function listAnnouncements(): Promise<AnnouncementView[]> {
  return authorizedRequest('/api/announcements', { schema: z.array(AnnouncementView) });
}

/** GET /api/announcements/sent — what I sent, newest first (scheduled ones too), whatever phone I sent it from. */
export function listSentAnnouncements(): Promise<SentAnnouncement[]> {
  return authorizedRequest('/api/announcements/sent', { schema: z.array(SentAnnouncement) });
}

/** GET /api/announcements/:id — one I received or sent. */
export function getAnnouncement(id: string): Promise<AnnouncementView> {
  return authorizedRequest(`/api/announcements/${enc(id)}`, { schema: AnnouncementView });
}

/** POST /api/announcements/:id/read — marks it read (once; later calls keep the first time). */
export function markAnnouncementRead(id: string): Promise<AnnouncementView> {
  return authorizedRequest(`/api/announcements/${enc(id)}/read`, { body: {}, schema: AnnouncementView });
}

/** POST /api/announcements/preview — how many an audience reaches, and how many of them by bot, per unit. */
export function previewAudience(audience: AnnouncementAudience): Promise<AudiencePreview> {
  return authorizedRequest('/api/announcements/preview', { body: audience, schema: AudiencePreview });
}

/**
 * POST /api/announcements → 201. One `idempotencyKey` per composed notice, reused on retry, so a
 * repeated tap or a lost answer never sends it twice. 400 with `fields` (`text`, `roles`, `sendAt`).
 */
export function createAnnouncement(body: CreateAnnouncementBody, idempotencyKey: string): Promise<AnnouncementView> {
  return authorizedRequest('/api/announcements', { body, headers: { 'Idempotency-Key': idempotencyKey }, schema: AnnouncementView });
}

/** GET /api/announcements/:id/delivery — sent / failed / not linked / read, in total and per unit. */
export function getDelivery(id: string): Promise<AnnouncementDelivery> {
  return authorizedRequest(`/api/announcements/${enc(id)}/delivery`, { schema: AnnouncementDelivery });
}

/** GET /api/announcements/:id/acknowledgements — who confirmed "Đã nhận", person by person. */
export function getAckRoster(id: string): Promise<AckRoster> {
  return authorizedRequest(`/api/announcements/${enc(id)}/acknowledgements`, { schema: AckRoster });
}

/** POST /api/announcements/:id/resend — "Gửi lại cho người chưa xác nhận"; one key per press, so a double tap sends once. */
export function resendUnacknowledged(id: string, idempotencyKey: string): Promise<ResendResult> {
  return authorizedRequest(`/api/announcements/${enc(id)}/resend`, { body: {}, headers: { 'Idempotency-Key': idempotencyKey }, schema: ResendResult });
}
