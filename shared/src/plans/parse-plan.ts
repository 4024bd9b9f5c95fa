import { collapseSpaces } from './folded-view';
import { parseHeader } from './plan-header';
import { planLayout } from './plan-layout';
import type { ParsedPlan } from './plan-schema';
import { buildSections } from './plan-sections';
import { issuerFromPreamble, parentPlans } from './preamble';

/**
 * Reads a plan's text (as extracted from its PDF) into header facts, parent plans and an
 * outline of sections with source offsets. Pure and deterministic; never throws on odd input,
 * it returns nulls and empty lists instead.
 */
export function parsePlan(text: string): ParsedPlan {
  const layout = planLayout(text);
  const header = parseHeader(layout.headerLines, text);
  const first = layout.preamble[0];
  const last = layout.preamble.at(-1);
  const preambleFrom = first?.start ?? 0;
  const preambleTo = last?.end ?? 0;
  const title = collapseSpaces(layout.titleLines.map((line) => line.text).join(' '));
  return {
    issuer: header.issuer ?? (last ? issuerFromPreamble(text, preambleFrom, preambleTo) : null),
    number: header.number,
    issuedOn: header.issuedOn,
    issuedOnSource: header.issuedOnSource,
    place: header.place,
    title: title.length > 0 ? title : null,
    parentPlans: last ? parentPlans(text, preambleFrom, preambleTo) : [],
    preamble: layout.preamble.map((p) => collapseSpaces(text.slice(p.start, p.end))).join('\n'),
    sections: buildSections(text, layout.sections),
    distribution: layout.distributionLines
      .map((line) => collapseSpaces(line.text).replace(/^[-–]\s*/u, '').replace(/[;.,]+$/u, '').trim())
      .filter((entry) => entry.length > 0),
  };
}
