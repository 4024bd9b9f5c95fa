import { isoDate } from './date-text';
import { foldedView, sourceText, type FoldedView } from './folded-view';
import type { ParentPlanRef } from './plan-schema';

// Folded patterns. A plan number: "198/kh-sgddt", "01-kh/bcdtw", "555/kh- sgddt" (wrapped after the hyphen).
const planReference = new RegExp(
  String.raw`\bke hoach\s+(?:so\s+)?(?<number>\d+(?:-[a-z]+)?\s*\/\s*[a-z0-9]+(?:-\s?[a-z0-9]+)*)` +
    String.raw`(?:\s*,?\s*ngay\s+(?<day>\d{1,2})\s*(?:\/|\s+thang\s+)\s*(?<month>\d{1,2})\s*(?:\/|\s+nam\s+)\s*(?<year>\d{4}))?` +
    String.raw`(?<of>\s+cua\s+)?`,
  'dg',
);
// The issuer after "của" ends where the subject matter begins.
const issuerEnd = /\s(?:ve|phat dong|ban hanh|trien khai|thuc hien|huong dan)\b|[,;.“”"]|$/;

function referenceAt(view: FoldedView, match: RegExpExecArray): ParentPlanRef {
  const groups = match.groups ?? {};
  const [numberStart, numberEnd] = match.indices?.groups?.number ?? [0, 0];
  const number = sourceText(view, numberStart, numberEnd).replace(/\s+/g, '');
  const date = groups.year ? isoDate(Number(groups.year), Number(groups.month), Number(groups.day)) : null;
  let issuer: string | null = null;
  if (groups.of) {
    const after = match.index + match[0].length;
    const rest = view.folded.slice(after);
    const end = issuerEnd.exec(rest)?.index ?? rest.length;
    issuer = sourceText(view, after, after + end) || null;
  }
  return { number, date, issuer };
}

/** "Thực hiện / Căn cứ Kế hoạch số …" references in the preamble, in order. */
export function parentPlans(text: string, from: number, to: number): ParentPlanRef[] {
  const view = foldedView(text, from, to);
  return [...view.folded.matchAll(planReference)].map((match) => referenceAt(view, match));
}

/**
 * The issuer named in the preamble sentence "…, Sở Giáo dục và Đào tạo (GDĐT) Quảng Ngãi ban
 * hành Kế hoạch …", for plans whose PDF lost the administrative header.
 */
export function issuerFromPreamble(text: string, from: number, to: number): string | null {
  const view = foldedView(text, from, to);
  const matches = [...view.folded.matchAll(/(?:^|[,;.:]\s*)([^,;.:]{3,120}?)\s+ban hanh\s+ke hoach\b/g)];
  const match = matches.at(-1);
  if (!match?.[1]) return null;
  const start = match.index + match[0].indexOf(match[1]);
  const named = sourceText(view, start, start + match[1].length)
    .replace(/\s*\([\p{Lu}Đ]{2,10}\)/gu, '')
    .replace(/^(UBND)(?=\p{Ll})/u, '$1 ');
  return named.length > 0 ? named : null;
}
