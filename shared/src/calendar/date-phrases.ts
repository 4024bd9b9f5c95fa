import type { Recurrence } from './obligation-schema';
import { daysInMonth } from './vn-time';

/** A date phrase found in folded text (see plans/folded-view); indices are folded-text indices. */
export interface DatePhrase {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  quarter: number | null;
  year: number | null;
  recurrence: Recurrence;
  opensOn: { day: number; month: number; year: number | null } | null;
  /**
   * Forms that also occur in headings and descriptions ("Khen thưởng hàng năm và sơ kết vào
   * năm 2027.") count only next to an action verb; see `hasActionVerb`.
   */
  weak: boolean;
}

type Groups = Partial<Record<string, string>>;
type Due = Omit<DatePhrase, 'start' | 'end' | 'weak'>;

// Folded (accent-free, lowercase) building blocks.
const edge = String.raw`(?<![a-z0-9])`;
const deadlineWord = String.raw`(?:truoc|khong\s+qua|den\s+het|cham\s+nhat(?:\s+la)?(?:\s+(?:vao|truoc|den|trong))?)`;
// "Hạn chót nộp kế hoạch: 30/9/2025": the label names what is due, so the phrase is the date alone.
const deadlineLabel = String.raw`(?<=han\s+(?:chot|cuoi|nop)(?:\s+[^\s.;:]+){0,8}?(?:\s+la|\s*:)\s+)`;
// "ngày 30 tháng 5", "ngày 30/5", or a bare "30/5"; the bare form needs a slash or dash.
const dayMonth =
  String.raw`(?:ngay\s+|(?=\d{1,2}\s*[\/-]\s*\d))(?<d>\d{1,2})(?:\s+thang\s+|\s*[\/.-]\s*)(?<m>\d{1,2})(?!\d)` +
  String.raw`(?:(?:\s*,?\s+nam\s+|\s*[\/.-]\s*)(?<y>\d{4})(?!\d))?`;
const everyYear = String.raw`(?:\s*,?\s*(?:hang|moi)\s+(?<every>nam)(?![a-z]))?`;
const quarterName = String.raw`(?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])`;
const yearOrEvery = String.raw`(?:\s*(?:,?\s*nam\s+|[\/-]\s*)(?<y>\d{4})(?!\d)|\s*,?\s*(?:hang|moi)\s+(?<every>nam)(?![a-z]))`;

const num = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
const romans: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function validDay(day: number | null, month: number | null, year: number | null): boolean {
  if (month === null || month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= daysInMonth(year ?? 2024, month));
}

/** A due shape; `every` is the folded unit after "hằng" ("nam" or "thang"), if any. */
function dueOf(fields: Partial<Due>, every?: string): Due {
  return {
    day: null,
    month: null,
    quarter: null,
    year: null,
    opensOn: null,
    ...fields,
    recurrence: every === 'nam' ? 'yearly' : every === 'thang' ? 'monthly' : 'once',
  };
}

interface Form {
  pattern: RegExp;
  weak: boolean;
  build: (g: Groups) => Due | null;
}

const forms: Form[] = [
  {
    // "trước ngày 30 tháng 5 hằng năm", "chậm nhất ngày 30/5/2030", "hạn nộp: 25/5"
    pattern: new RegExp(`${edge}(?:${deadlineWord}\\s+|${deadlineLabel})${dayMonth}${everyYear}`, 'g'),
    weak: false,
    build: (g) => {
      const [day, month, year] = [num(g.d), num(g.m), num(g.y)];
      return validDay(day, month, year) ? dueOf({ day, month, year: g.every ? null : year }, g.every) : null;
    },
  },
  {
    // "trước ngày 25 hằng tháng"
    pattern: new RegExp(
      `${edge}(?:(?:truoc|khong\\s+qua|cham\\s+nhat(?:\\s+la)?(?:\\s+vao)?|vao|den\\s+het)\\s+)?ngay\\s+(?<d>\\d{1,2})\\s+(?:cua\\s+)?(?:hang|moi)\\s+thang(?![a-z])`,
      'g',
    ),
    weak: false,
    build: (g) => {
      const day = num(g.d);
      return day !== null && day >= 1 && day <= 31 ? dueOf({ day }, 'thang') : null;
    },
  },
  {
    // "từ 01/6 đến 30/6", "từ ngày 01/6/2026 đến hết ngày 30/6/2026": due when the window closes.
    pattern: new RegExp(
      `${edge}tu\\s+(?:ngay\\s+)?(?<fd>\\d{1,2})(?!\\d)(?:(?:\\s+thang\\s+|\\s*[\\/.-]\\s*)(?<fm>\\d{1,2})(?!\\d)` +
        `(?:(?:\\s*,?\\s+nam\\s+|\\s*[\\/.-]\\s*)(?<fy>\\d{4}))?)?\\s*(?:den|toi)\\s+(?:het\\s+)?${dayMonth}${everyYear}`,
      'g',
    ),
    weak: false,
    build: (g) => {
      const [day, month] = [num(g.d), num(g.m)];
      const year = g.every ? null : (num(g.y) ?? num(g.fy));
      const [fromDay, fromMonth] = [num(g.fd) ?? 1, num(g.fm) ?? month];
      if (!validDay(day, month, year) || !validDay(fromDay, fromMonth, year) || fromMonth === null) return null;
      return dueOf({ day, month, year, opensOn: { day: fromDay, month: fromMonth, year } }, g.every);
    },
  },
  {
    // "trong quý III năm 2025", "Quý IV/2027", "trong quý II hằng năm": due on the quarter's last day.
    pattern: new RegExp(
      `${edge}(?:(?:trong|truoc|vao|den\\s+het|cham\\s+nhat(?:\\s+la)?(?:\\s+(?:trong|vao))?)\\s+)?quy\\s+${quarterName}${yearOrEvery}`,
      'g',
    ),
    weak: true,
    build: (g) => {
      const quarter = g.q === undefined ? null : (romans[g.q] ?? num(g.q));
      return quarter === null ? null : dueOf({ quarter, year: num(g.y) }, g.every);
    },
  },
  {
    // "trong tháng 6 hằng năm", "chậm nhất trong tháng 12/2026": due on the month's last day.
    pattern: new RegExp(
      `${edge}(?:trong|vao|cham\\s+nhat(?:\\s+la)?(?:\\s+(?:trong|vao))?)\\s+thang\\s+(?<m>\\d{1,2})(?!\\d)${yearOrEvery}`,
      'g',
    ),
    weak: true,
    build: (g) => {
      const month = num(g.m);
      return validDay(null, month, null) ? dueOf({ month, year: num(g.y) }, g.every) : null;
    },
  },
  {
    // "vào năm 2027", "trong năm 2026", "vào cuối năm 2027": due on 31/12.
    pattern: new RegExp(`${edge}(?:vao|trong|den\\s+het|cham\\s+nhat(?:\\s+(?:vao|trong))?)\\s+(?:cuoi\\s+)?nam\\s+(?<y>\\d{4})(?!\\d)`, 'g'),
    weak: true,
    build: (g) => dueOf({ year: num(g.y) }),
  },
];

/** Every date phrase in `folded`, in order; where two overlap the longer one wins. */
export function findDatePhrases(folded: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const form of forms) {
    for (const match of folded.matchAll(form.pattern)) {
      const due = form.build(match.groups ?? {});
      if (due) found.push({ ...due, start: match.index, end: match.index + match[0].length, weak: form.weak });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DatePhrase[] = [];
  for (const phrase of found) {
    const last = kept.at(-1);
    if (last && phrase.start < last.end) continue;
    kept.push(phrase);
  }
  return kept;
}

/** "Hằng năm, …" / "Định kỳ hằng tháng …" opening a clause: a recurring duty with no date. */
export function leadingRecurrence(folded: string, from: number): DatePhrase | null {
  const match = /^(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?<every>nam|thang)(?![a-z])/.exec(folded.slice(from));
  if (!match) return null;
  return { ...dueOf({}, match.groups?.every), start: from, end: from + match[0].length, weak: true };
}
