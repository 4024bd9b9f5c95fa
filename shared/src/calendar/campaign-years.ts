import { foldVietnamese } from '../text/fold';

// The plan's own "từ năm … đến năm …" first; "giai đoạn 2021-2030" often names a cited programme.
const ranges = [/(?<![a-z0-9])tu\s+(?:nam\s+)?(\d{4})\s*(?:den|-|–)\s*(?:nam\s+)?(\d{4})(?!\d)/g, /giai\s+doan\s+(\d{4})\s*(?:den|-|–)\s*(\d{4})(?!\d)/g];

/**
 * The years a plan's campaign runs ("triển khai thực hiện từ năm 2025 đến năm 2030"): the widest
 * stated range, since phases ("Giai đoạn 1 (từ 2025 - 2027)") sit inside it. A yearly duty
 * repeats in these years only. Null when the plan states no range.
 */
export function campaignYears(text: string): { from: number; to: number } | null {
  const folded = foldVietnamese(text);
  let widest: { from: number; to: number } | null = null;
  for (const pattern of ranges) {
    for (const match of folded.matchAll(pattern)) {
      const [from, to] = [Number(match[1]), Number(match[2])];
      if (to < from || to - from > 20) continue;
      if (!widest || to - from > widest.to - widest.from) widest = { from, to };
    }
    if (widest) return widest;
  }
  return null;
}
