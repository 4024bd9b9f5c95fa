import type { PlanDetail, PlanSectionView, StoredObligation } from '@tds/shared';
import { findPhrases, locatePhrase, queryRanges, type ObligationSpan, type Range } from '../../lib/text-marks';

/** Where obligations sit in one piece of text (a section's heading or body, or the preamble). */
export interface Placed {
  heading: readonly ObligationSpan[];
  body: readonly ObligationSpan[];
}

export interface ReaderModel {
  /** Obligations marked inline, by section path ('' = the preamble). */
  placed: ReadonlyMap<string, Placed>;
  /** Where each obligation is shown: a section path, '' for the preamble, null when only listed. */
  placeOf: ReadonlyMap<string, string | null>;
  /** Obligations with no phrase in the text (added by hand, or not found): listed above the text. */
  unplaced: readonly StoredObligation[];
  obligations: ReadonlyMap<string, StoredObligation>;
}

export const PREAMBLE = '';
const none: readonly ObligationSpan[] = [];

/** The deepest section whose source span holds `offset`. */
function sectionAt(sections: readonly PlanSectionView[], offset: number): PlanSectionView | undefined {
  let best: PlanSectionView | undefined;
  for (const section of sections) {
    if (section.start <= offset && offset < section.end && (!best || section.depth >= best.depth)) best = section;
  }
  return best;
}

/**
 * Finds each obligation's phrase in its section (by `sectionPath`, else by its source offset),
 * whitespace-insensitively; two obligations with the same phrase in one section take successive
 * occurrences, in source order.
 */
export function buildReaderModel(plan: Pick<PlanDetail, 'sections' | 'obligations' | 'preamble'>): ReaderModel {
  const byPath = new Map(plan.sections.map((section) => [section.path, section]));
  const placed = new Map<string, { heading: ObligationSpan[]; body: ObligationSpan[] }>();
  const placeOf = new Map<string, string | null>();
  const unplaced: StoredObligation[] = [];
  const cursor = new Map<string, number>();

  const ordered = [...plan.obligations].sort((a, b) => a.start - b.start);
  for (const obligation of ordered) {
    if (obligation.manual) {
      unplaced.push(obligation);
      placeOf.set(obligation.id, null);
      continue;
    }
    const section = (obligation.sectionPath !== null ? byPath.get(obligation.sectionPath) : undefined) ?? sectionAt(plan.sections, obligation.start);
    const path = section?.path ?? PREAMBLE;
    const body = section ? section.body : plan.preamble;
    const slot = placed.get(path) ?? { heading: [], body: [] };
    const taken = (start: number) => slot.body.some((span) => start < span.end && span.start < start + 1);
    let range = locatePhrase(body, obligation.phrase, cursor.get(path) ?? 0);
    if (!range || taken(range[0])) range = locatePhrase(body, obligation.phrase);
    if (range && !taken(range[0])) {
      slot.body.push({ id: obligation.id, start: range[0], end: range[1] });
      cursor.set(path, range[1]);
    } else {
      const inHeading = section?.heading ? locatePhrase(section.heading, obligation.phrase) : null;
      if (!inHeading) {
        unplaced.push(obligation);
        placeOf.set(obligation.id, null);
        continue;
      }
      slot.heading.push({ id: obligation.id, start: inHeading[0], end: inHeading[1] });
    }
    placed.set(path, slot);
    placeOf.set(obligation.id, path);
  }
  for (const slot of placed.values()) {
    slot.body.sort((a, b) => a.start - b.start);
    slot.heading.sort((a, b) => a.start - b.start);
  }
  return { placed, placeOf, unplaced, obligations: new Map(plan.obligations.map((obligation) => [obligation.id, obligation])) };
}

const nothingPlaced: Placed = { heading: none, body: none };

/** The obligations marked in a section; one shared empty value, so memoised sections compare equal. */
export function placedIn(model: ReaderModel, path: string): Placed {
  return model.placed.get(path) ?? nothingPlaced;
}

/** Find-in-plan hits of one piece of text: heading first, then body. */
export interface SectionHits {
  heading: readonly Range[];
  body: readonly Range[];
  /** Global index of this piece's first hit. */
  base: number;
}

export interface FindResult {
  bySection: ReadonlyMap<string, SectionHits>;
  total: number;
  /** Section path of each hit, by global index. */
  pathOfHit: readonly string[];
}

/** One shared value for "no hits here": memoised sections compare it by identity. */
export const noSectionHits: SectionHits = { heading: [], body: [], base: 0 };

export const noHits: FindResult = { bySection: new Map(), total: 0, pathOfHit: [] };

/**
 * Every hit of the query in reading order (preamble, then sections), accents ignored. A query of
 * several words finds them as a phrase when the plan has it anywhere; otherwise each word is a hit.
 */
export function findInPlan(plan: Pick<PlanDetail, 'sections' | 'preamble'>, query: string): FindResult {
  if (query.trim().length < 2) return noHits;
  const pieces: Array<{ path: string; heading: string | null; body: string }> = [
    { path: PREAMBLE, heading: null, body: plan.preamble },
    ...plan.sections.map((section) => ({ path: section.path, heading: section.heading, body: section.body })),
  ];
  const phrases = pieces.some((piece) => findPhrases(`${piece.heading ?? ''}\n${piece.body}`, query).length > 0);
  const bySection = new Map<string, SectionHits>();
  const pathOfHit: string[] = [];
  for (const piece of pieces) {
    const heading = piece.heading ? queryRanges(piece.heading, query, phrases) : [];
    const body = queryRanges(piece.body, query, phrases);
    const count = heading.length + body.length;
    if (count === 0) continue;
    bySection.set(piece.path, { heading, body, base: pathOfHit.length });
    for (let index = 0; index < count; index++) pathOfHit.push(piece.path);
  }
  return { bySection, total: pathOfHit.length, pathOfHit };
}
