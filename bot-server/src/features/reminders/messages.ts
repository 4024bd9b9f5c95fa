import { formatIsoDayVi, type NudgeTone, type ReminderPoint } from '@tds/shared';
import type { OutgoingMessage } from '../outbox/enqueue';
import { isImportant } from './importance';
import { reminderAckSubject } from './keys';
import type { PublishedObligation } from './repo';

function dueWords(daysLeft: number): string {
  if (daysLeft === 0) return 'hạn là HÔM NAY';
  if (daysLeft === 1) return 'còn 1 ngày';
  return `còn ${daysLeft} ngày`;
}

/** The ladder's voice: a nudge, then a firm chase, then the last call on the due day. */
const toneHeads: Record<NudgeTone, string> = { gentle: 'Nhắc hạn', firm: 'Đôn đốc hoàn thành', urgent: 'KHẨN — nhắc hạn' };

/** "30/05/2026 (hạn rơi vào ngày nghỉ: Thứ Bảy)": a deadline on a day off stands, and people should know it. */
export function dueDayText(occurrence: string, dueDayOff: string | null): string {
  return dueDayOff ? `${formatIsoDayVi(occurrence)} (hạn rơi vào ngày nghỉ: ${dueDayOff})` : formatIsoDayVi(occurrence);
}

function source(obligation: PublishedObligation): string {
  return obligation.plan_number ? `Kế hoạch số ${obligation.plan_number} của ${obligation.issuer_name}` : `kế hoạch của ${obligation.issuer_name}`;
}

/** What is due, when, to whom and under which plan: all a principal needs to act on a reminder. */
export function reminderText(obligation: PublishedObligation, point: ReminderPoint, tone: NudgeTone): string {
  return [
    `${toneHeads[tone]} (${dueWords(point.daysLeft)}): ${obligation.what}`,
    `Hạn: ${obligation.phrase.replace(/\s+/g, ' ')} — ${dueDayText(point.occurrence, point.dueDayOff)}`,
    obligation.recipient ? `Gửi: ${obligation.recipient}` : null,
    `Theo ${source(obligation)}.`,
    'Đã xong? Đánh dấu hoàn thành trong mini app để không nhận nhắc nữa.',
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/** The confirmation a reminder asks for (important obligations only), one per (obligation, occurrence, person) however often it is re-sent. */
export function reminderAck(obligation: PublishedObligation, occurrence: string): OutgoingMessage['ack'] {
  if (!isImportant(obligation)) return undefined;
  return { kind: 'reminder', subjectId: reminderAckSubject(obligation.id, occurrence), label: `${obligation.what} (hạn ${formatIsoDayVi(occurrence)})`.slice(0, 200) };
}

/** To whoever must chase at a step of the ladder: who has not marked it done, and who is on leave. */
export function escalationText(obligation: PublishedObligation, occurrence: string, missing: string[], onLeave: string[] = []): string {
  const shown = missing.slice(0, 30);
  const more = missing.length > shown.length ? `\n… và ${missing.length - shown.length} nơi khác.` : '';
  const leave = onLeave.length > 0 ? `\nĐang nghỉ phép (không tính): ${onLeave.join(', ')}.` : '';
  return [`Sắp đến hạn ${formatIsoDayVi(occurrence)}: ${obligation.what}`, `Còn ${missing.length} chưa hoàn thành:`, ...shown.map((name) => `- ${name}`)].join('\n') + more + leave;
}
