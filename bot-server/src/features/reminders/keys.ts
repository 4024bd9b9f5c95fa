/**
 * How an obligation's reminders are named in the outbox and in "Đã nhận" requests. The planner
 * writes these names and the acknowledgement report reads them back, so both take them from here.
 */

/** Outbox dedupe key of one reminder: one per step of the ladder per person and due day. */
export const reminderKey = (obligationId: string, occurrence: string, personId: string, offset: number) => `${reminderKeyPrefix(obligationId, occurrence)}${personId}:${offset}`;

/** Every reminder of an obligation for one due day has a key starting so. */
export const reminderKeyPrefix = (obligationId: string, occurrence: string) => `reminder:${obligationId}:${occurrence}:`;

/** The "Đã nhận" subject of an obligation's reminders for one due day, however often they are sent. */
export const reminderAckSubject = (obligationId: string, occurrence: string) => `${reminderAckSubjectPrefix(obligationId)}${occurrence}`;

/** Every due day's subject of an obligation starts so. */
export const reminderAckSubjectPrefix = (obligationId: string) => `${obligationId}:`;
