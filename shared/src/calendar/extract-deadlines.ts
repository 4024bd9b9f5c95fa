import { foldedView, type FoldedView } from '../plans/folded-view';
import { segmentParagraphs } from '../plans/paragraphs';
import { planLayout } from '../plans/plan-layout';
import type { PlanSection } from '../plans/plan-schema';
import { buildSections, sectionTrail } from '../plans/plan-sections';
import { splitSentences, spanAt, type Span } from '../plans/sentences';
import { isUpperCaseLine } from '../plans/source-lines';
import { foldVietnamese } from '../text/fold';
import { campaignYears } from './campaign-years';
import { findDatePhrases, leadingRecurrence, type DatePhrase } from './date-phrases';
import { readObligationContext } from './obligation-context';
import type { Obligation } from './obligation-schema';

const actorHeading =
  /^(?:doi voi\s+)?(?:phong|ubnd|uy ban|so\s+(?:giao duc|gd)|hoi dong|ban\s|cac phong|cac co so|cac don vi|cac truong|truong|to\s|nha truong|giao vien|vien chuc)/;

/**
 * Who owes a duty listed under a responsibility heading ("2.1. Phòng Văn hoá - Xã hội" →
 * "b) Trước ngày 10 tháng 6 hằng năm, …"): the nearest enclosing heading that names a body.
 */
function headingActor(trail: readonly PlanSection[]): string | null {
  for (const section of [...trail].reverse()) {
    const heading = section.heading;
    // Headings in capitals are chapter titles ("SỐ LƯỢNG …" folds like "Sở"), never a body.
    if (heading && !isUpperCaseLine(heading) && actorHeading.test(foldVietnamese(heading))) return heading.replace(/^Đối với\s+/iu, '');
  }
  return null;
}

/** Date phrases of one paragraph, with "Hằng năm, …" openings of clauses that carry no date. */
function phrasesOf(view: FoldedView, clauses: readonly Span[]): DatePhrase[] {
  const dated = findDatePhrases(view.folded);
  const bare = clauses
    .filter((clause) => !dated.some((p) => p.start >= clause.start && p.start < clause.end))
    .map((clause) => leadingRecurrence(view.folded, clause.start))
    .filter((phrase): phrase is DatePhrase => phrase !== null);
  return [...dated, ...bare].sort((a, b) => a.start - b.start);
}

/**
 * Every date-bound obligation in a plan's text, in source order. Dates that are not duties
 * (the plan's own date line, dates of cited documents, the campaign's span) are not matched,
 * because only deadline wording ("trước ngày", "chậm nhất", "từ … đến", "trong quý", "vào năm",
 * a leading "Hằng năm") opens a phrase, and the weaker forms also need an action verb.
 */
export function extractDeadlines(text: string): Obligation[] {
  const layout = planLayout(text);
  const sections = buildSections(text, layout.sections);
  const years = campaignYears(text);
  const obligations: Obligation[] = [];
  for (const paragraph of segmentParagraphs(text)) {
    const view = foldedView(text, paragraph.bodyStart, paragraph.end);
    const clauses = splitSentences(view, true);
    for (const phrase of phrasesOf(view, clauses)) {
      const clause = spanAt(clauses, phrase.start) ?? { start: 0, end: view.folded.length };
      const context = readObligationContext(view, clause, phrase);
      if (phrase.weak && !context.hasActionVerb) continue;
      const start = view.starts[phrase.start] ?? 0;
      const end = view.ends[phrase.end - 1] ?? start;
      const trail = sectionTrail(sections, start);
      obligations.push({
        phrase: text.slice(start, end),
        start,
        end,
        day: phrase.day,
        month: phrase.month,
        quarter: phrase.quarter,
        year: phrase.year,
        recurrence: phrase.recurrence,
        activeYears: phrase.recurrence === 'once' ? null : years,
        kind: context.kind,
        what: context.what,
        recipient: context.recipient,
        sender: headingActor(trail) ?? context.subject,
        opensOn: phrase.opensOn,
        onRequest: /^\s*,?\s*hoac\s+(?:theo|khi\s+co)\s+yeu\s+cau/.test(view.folded.slice(phrase.end)),
        sectionPath: trail.at(-1)?.path ?? null,
      });
    }
  }
  return obligations;
}
