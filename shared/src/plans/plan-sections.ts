import { collapseSpaces } from './folded-view';
import type { Paragraph } from './paragraphs';
import type { PlanSection } from './plan-schema';
import { isUpperCaseLine, type ListMarker } from './source-lines';

interface OpenSection {
  section: PlanSection;
  rank: number;
  marker: ListMarker;
}

/** Deeper outline levels rank higher; a new item closes every open item of equal or higher rank. */
function rankOf(marker: ListMarker): number {
  switch (marker.kind) {
    case 'roman':
      return 0;
    case 'number':
      return marker.label.split('.').length;
    case 'letter':
      return 10;
    case 'bullet':
      // "*" opens a note for the whole block ("* Trong quá trình triển khai …"), so it sits above dashes.
      return marker.label === '*' ? 19 : 20 + '-+•'.indexOf(marker.label);
  }
}

function segmentFor(marker: ListMarker, parent: OpenSection | undefined): string {
  if (marker.kind === 'bullet') {
    const siblings = parent?.section.children ?? [];
    const same = siblings.filter((s) => (s.path.split('.').at(-1) ?? '').startsWith(marker.label));
    return `${marker.label}${same.length + 1}`;
  }
  if (marker.kind === 'number' && parent?.marker.kind === 'number') {
    const prefix = `${parent.marker.label}.`;
    if (marker.label.startsWith(prefix)) return marker.label.slice(prefix.length);
  }
  return marker.label;
}

/**
 * Splits an item's first paragraph into heading and body: a short line ("1. Mục đích",
 * "a) Phòng Tổ chức cán bộ:") is a heading; "Label: text" gives the label as heading;
 * a sentence of content has no heading.
 */
function headingAndBody(text: string): { heading: string | null; body: string } {
  const labelled = /^([^.:;]{2,80}):\s+(\S[\s\S]*)$/u.exec(text);
  if (labelled?.[1] && labelled[2]) return { heading: labelled[1].trim(), body: labelled[2] };
  if (isUpperCaseLine(text)) return { heading: text.replace(/[.:]+$/, '').trim(), body: '' };
  const sentenceInside = /[.;]\s/.test(text) || /[;,]$/.test(text);
  const limit = text.endsWith('.') ? 60 : text.endsWith(':') ? 200 : 160;
  if (sentenceInside || text.length > limit) return { heading: null, body: text };
  const heading = text.replace(/[.:]+$/, '').trim();
  return heading.length > 0 ? { heading, body: '' } : { heading: null, body: text };
}

function markerText(text: string, paragraph: Paragraph): string {
  return text.slice(paragraph.start, paragraph.bodyStart).trim();
}

/** Builds the outline tree of a plan from its section paragraphs (see `planLayout`). */
export function buildSections(text: string, paragraphs: readonly Paragraph[]): PlanSection[] {
  const roots: PlanSection[] = [];
  const stack: OpenSection[] = [];
  const used = new Set<string>();
  for (const paragraph of paragraphs) {
    const content = collapseSpaces(text.slice(paragraph.bodyStart, paragraph.end));
    const marker = paragraph.marker;
    if (marker === null) {
      const open = stack.at(-1)?.section;
      if (open) open.body = open.body ? `${open.body}\n${content}` : content;
      for (const { section } of stack) section.end = paragraph.end;
      continue;
    }
    const rank = rankOf(marker);
    while ((stack.at(-1)?.rank ?? -1) >= rank) stack.pop();
    const parent = stack.at(-1);
    const base = [parent?.section.path, segmentFor(marker, parent)].filter(Boolean).join('.');
    let path = base;
    for (let copy = 2; used.has(path); copy++) path = `${base}~${copy}`;
    used.add(path);
    const section: PlanSection = {
      path,
      marker: markerText(text, paragraph),
      ...headingAndBody(content),
      start: paragraph.start,
      end: paragraph.end,
      children: [],
    };
    (parent ? parent.section.children : roots).push(section);
    for (const open of stack) open.section.end = paragraph.end;
    stack.push({ section, rank, marker });
  }
  return roots;
}

/** Every section of a tree, parents before children. */
export function flattenSections(sections: readonly PlanSection[]): PlanSection[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}

/** The chain of sections containing `offset`, outermost first (empty outside every section). */
export function sectionTrail(sections: readonly PlanSection[], offset: number): PlanSection[] {
  const hit = sections.find((section) => section.start <= offset && offset < section.end);
  return hit ? [hit, ...sectionTrail(hit.children, offset)] : [];
}
