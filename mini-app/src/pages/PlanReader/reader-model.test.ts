import { extractDeadlines, flattenSections, parsePlan, type PlanSectionView, type StoredObligation } from '@tds/shared';
import { readRealPlan, type RealPlan } from '@tds/shared/plans/real-plans-fixture';
import { describe, expect, it } from 'vitest';
import { buildReaderModel, findInPlan, placedIn } from './reader-model';

/** A real plan as the server presents it (sections flat, obligations stored). */
function realPlan(name: RealPlan = 'commune') {
  const text = readRealPlan(name).normalize('NFC');
  const parsed = parsePlan(text);
  const sections: PlanSectionView[] = flattenSections(parsed.sections).map((section) => ({
    path: section.path,
    marker: section.marker,
    heading: section.heading,
    body: section.body,
    depth: section.path.split('.').length - 1,
    start: section.start,
    end: section.end,
  }));
  const obligations: StoredObligation[] = extractDeadlines(text).map((obligation, index) => ({
    ...obligation,
    id: `o${index}`,
    planId: 'p',
    audienceRoles: ['principal'],
    parentObligationId: null,
    leadDays: null,
    nextDueOn: null,
    manual: false,
  }));
  return { sections, obligations, preamble: parsed.preamble, text };
}

describe('buildReaderModel on the commune plan', () => {
  const plan = realPlan();
  const model = buildReaderModel(plan);

  it('marks every extracted phrase inside its section body', () => {
    expect(model.unplaced).toEqual([]);
    for (const obligation of plan.obligations) {
      const path = model.placeOf.get(obligation.id);
      const section = plan.sections.find((candidate) => candidate.path === path);
      const span = placedIn(model, path ?? '').body.find((candidate) => candidate.id === obligation.id);
      expect(section && span, obligation.phrase).toBeTruthy();
      const marked = section!.body.slice(span!.start, span!.end);
      expect(marked.replace(/\s+/g, ' ')).toBe(obligation.phrase.replace(/\s+/g, ' '));
    }
    expect(model.placeOf.get(plan.obligations.find((o) => o.phrase === 'trước ngày 30 tháng 5 hằng năm')!.id)).toBe('IV.4.1');
  });

  it.each(['department', 'school'] as const)('places every phrase of the %s plan inline too', (name) => {
    const other = realPlan(name);
    expect(other.obligations.length).toBeGreaterThan(0);
    expect(buildReaderModel(other).unplaced).toEqual([]);
  });

  it('lists a manual obligation above the text', () => {
    const manual = { ...plan.obligations[0]!, id: 'm1', manual: true, phrase: 'Nộp báo cáo quý', sectionPath: null };
    const withManual = buildReaderModel({ ...plan, obligations: [...plan.obligations, manual] });
    expect(withManual.unplaced.map((obligation) => obligation.id)).toEqual(['m1']);
    expect(withManual.placeOf.get('m1')).toBeNull();
  });
});

describe('findInPlan', () => {
  const plan = realPlan();

  it('finds "sang kien" as the phrase "sáng kiến", numbered in reading order', () => {
    const result = findInPlan(plan, 'sang kien');
    const marked = [...result.bySection].flatMap(([path, hits]) => {
      const body = path === '' ? plan.preamble : plan.sections.find((section) => section.path === path)!.body;
      return hits.body.map(([start, end]) => body.slice(start, end));
    });
    expect(marked.length).toBeGreaterThan(2);
    expect(new Set(marked.map((text) => text.toLowerCase()))).toEqual(new Set(['sáng kiến']));
    expect(result.pathOfHit).toHaveLength(result.total);
  });

  it('falls back to single words when the plan lacks the phrase', () => {
    const result = findInPlan(plan, 'kien sang');
    expect(result.total).toBeGreaterThan(0);
  });

  it('ignores a query shorter than two characters', () => {
    expect(findInPlan(plan, 's').total).toBe(0);
  });
});
