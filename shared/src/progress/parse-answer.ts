import type { AnswerType, AnswerValue } from '../schemas/progress';
import { foldVietnamese } from '../text/fold';

export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; hint: string };

const YES = new Set(['1', 'co', 'c', 'roi', 'da', 'da nop', 'da xong', 'xong', 'dong y', 'yes', 'y', 'ok', 'duoc', 'da hoan thanh', 'hoan thanh', 'co roi']);
const NO = new Set(['2', 'khong', 'k', 'ko', 'kg', 'chua', 'chua nop', 'chua xong', 'no', 'n', 'khong co', 'chua hoan thanh']);

/** "có ạ!", "Đã nộp." → "co a", "da nop": folded, punctuation and the polite "ạ/nhé" trimmed. */
function normalise(raw: string): string {
  return foldVietnamese(raw)
    .replace(/[!.,;:?"'()]+/g, ' ')
    .replace(/\b(a|nhe|nha|thay|co|em|anh|chi)\s*$/g, (word, _w, offset: number) => (offset === 0 ? word : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a short chat reply as an answer of the question's type: "1", "có", "khong", "đã nộp",
 * "12/15", "12 trên 15", "3 người". Anything unreadable gets a hint for a helpful re-ask.
 */
export function parseAnswer(type: AnswerType, choices: readonly string[], raw: string): ParsedAnswer {
  const text = normalise(raw);
  if (text.length === 0) return { ok: false, hint: 'Câu trả lời đang trống.' };
  switch (type) {
    case 'yes_no':
      if (YES.has(text)) return { ok: true, value: { type, yes: true } };
      if (NO.has(text)) return { ok: true, value: { type, yes: false } };
      return { ok: false, hint: 'Vui lòng trả lời 1 (Có) hoặc 2 (Không).' };
    case 'choice': {
      const index = /^\d+$/.test(text) ? Number(text) - 1 : choices.findIndex((choice) => normalise(choice) === text);
      const label = choices[index];
      if (index >= 0 && label !== undefined) return { ok: true, value: { type, index, label } };
      return { ok: false, hint: `Vui lòng trả lời bằng số thứ tự từ 1 đến ${choices.length}.` };
    }
    case 'number': {
      const match = /^(\d+(?:[.,]\d+)?)(?:\s*(?:\/|tren|trong so|trong)\s*(\d+(?:[.,]\d+)?))?(?:\s+[a-z ]+)?$/.exec(text);
      if (!match?.[1]) return { ok: false, hint: 'Vui lòng trả lời bằng số, ví dụ "12" hoặc "12/15".' };
      const value = Number(match[1].replace(',', '.'));
      const of = match[2] ? Number(match[2].replace(',', '.')) : null;
      if (of !== null && value > of) return { ok: false, hint: `Số ${value} lớn hơn tổng ${of}, vui lòng kiểm tra lại.` };
      return { ok: true, value: { type, value, of } };
    }
    case 'text': {
      const trimmed = raw.trim().slice(0, 1000);
      return { ok: true, value: { type, text: trimmed } };
    }
  }
}

/** One line describing an answer, for acknowledgements and dashboards. */
export function describeAnswer(value: AnswerValue): string {
  switch (value.type) {
    case 'yes_no':
      return value.yes ? 'Có' : 'Không';
    case 'choice':
      return value.label;
    case 'number':
      return value.of === null ? String(value.value) : `${value.value}/${value.of}`;
    case 'text':
      return value.text;
  }
}
