import { CreateAnnouncementBody, roleRank, roles, type Role } from '@tds/shared';
import type { FieldErrors } from '../../components/submissions/form-model';
import { formatDay, formatTime, vietnamToday } from '../../lib/format';
import { normaliseTime } from '../../lib/time-input';

/** "Soạn thông báo" as typed: the schedule as a Vietnam date and time. */
export interface ComposeDraft {
  text: string;
  roles: Role[];
  /** True: every unit below the sender (`unitIds: []`); false: the units ticked in `unitIds`. */
  allUnits: boolean;
  unitIds: string[];
  /** Also post in the units' Zalo groups linked with /ketnoi. */
  groupChats: boolean;
  when: 'now' | 'later';
  /** "dd/mm/yyyy" */
  date: string;
  /** "HH:mm" */
  time: string;
  /** "Cần xác nhận": recipients answer "Đã nhận". */
  requiresAck: boolean;
  /** "Khẩn": not held for anyone's daily digest. */
  urgent: boolean;
}

/** Roles a sender may address: those below their own (never admin). */
export function addressableRoles(own: Role): Role[] {
  return roles.filter((role) => role !== 'admin' && roleRank[role] < roleRank[own]);
}

/** A new notice: to the level just below the sender, every unit, now (or, if scheduled, in an hour). */
export function blankCompose(own: Role, now: Date = new Date()): ComposeDraft {
  const below = addressableRoles(own);
  const inAnHour = new Date(Math.ceil((now.getTime() + 3_600_000) / 3_600_000) * 3_600_000);
  return {
    text: '',
    roles: own === 'principal' ? below : below.filter((role) => role === 'principal'),
    allUnits: true,
    unitIds: [],
    groupChats: false,
    when: 'now',
    date: formatDay(vietnamToday(inAnHour)),
    time: formatTime(inAnHour),
    requiresAck: false,
    urgent: false,
  };
}

/** A date "dd/mm/yyyy" and time "HH:mm" in Vietnam (UTC+7, no daylight saving) as an ISO instant; null if either is not a real one. */
export function vietnamInstant(date: string, time: string): string | null {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(normaliseTime(time));
  if (!day || !clock) return null;
  const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const local = new Date(Date.UTC(y, m - 1, d, Number(clock[1]), Number(clock[2])));
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== m - 1 || local.getUTCDate() !== d) return null;
  return new Date(local.getTime() - 7 * 3_600_000).toISOString();
}

/** The audience part of the body, as the preview takes it. */
export const audienceOf = (draft: ComposeDraft) => ({ unitIds: draft.allUnits ? [] : draft.unitIds, roles: draft.roles, groupChats: draft.groupChats });

const vietnamese = /[À-ỹ]/;

/** The body to send, checked by the shared schema and for a time still ahead, or the message under each wrong field. */
export function checkCompose(draft: ComposeDraft, now: Date = new Date()): { body: CreateAnnouncementBody } | { errors: FieldErrors } {
  const errors: Record<string, string> = {};
  let sendAt: string | undefined;
  if (draft.when === 'later') {
    const instant = vietnamInstant(draft.date, draft.time);
    if (!instant) errors.sendAt = 'Ngày giờ hẹn gửi không hợp lệ (dd/mm/yyyy và HH:mm)';
    else if (Date.parse(instant) <= now.getTime()) errors.sendAt = 'Thời điểm hẹn gửi đã qua, hãy chọn giờ sau bây giờ';
    else sendAt = instant;
  }
  if (!draft.allUnits && draft.unitIds.length === 0) errors.unitIds = 'Chọn ít nhất một đơn vị, hoặc chọn “Tất cả đơn vị trực thuộc”';
  const parsed = CreateAnnouncementBody.safeParse({ text: draft.text, ...audienceOf(draft), sendAt, requiresAck: draft.requiresAck, urgent: draft.urgent });
  for (const issue of parsed.error?.issues ?? []) {
    const path = String(issue.path[0] ?? 'form');
    errors[path] ??= vietnamese.test(issue.message) ? issue.message : 'Giá trị không hợp lệ';
  }
  return parsed.success && Object.keys(errors).length === 0 ? { body: parsed.data } : { errors };
}
