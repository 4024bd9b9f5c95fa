import { foldVietnamese } from '../text/fold';
import { segmentParagraphs, type Paragraph } from './paragraphs';
import { listMarker, splitLines, type SourceLine } from './source-lines';

/**
 * Where the parts of a plan lie: administrative header, "KẾ HOẠCH" and its title, preamble,
 * numbered sections, and the closing "Nơi nhận" block. Offsets are into the source text.
 */
export interface PlanLayout {
  headerLines: SourceLine[];
  titleLines: SourceLine[];
  preamble: Paragraph[];
  sections: Paragraph[];
  distributionLines: SourceLine[];
}

const preambleOpeners = /^(thuc hien|can cu|theo|nham|de )/;
const closingOpeners = /^(tren day la|noi nhan)/;

const folded = (text: string): string => foldVietnamese(text.trim());

export function planLayout(text: string): PlanLayout {
  const lines = splitLines(text);
  const titleIndex = lines.findIndex((line) => folded(line.text) === 'ke hoach');
  const headerLines = titleIndex >= 0 ? lines.slice(0, titleIndex) : [];
  const titleLines: SourceLine[] = [];
  for (const line of titleIndex >= 0 ? lines.slice(titleIndex + 1) : []) {
    const text = folded(line.text);
    if (text.length === 0) continue;
    if (preambleOpeners.test(text) || listMarker(line.text) !== null || titleLines.length === 4) break;
    titleLines.push(line);
  }
  const bodyStart = titleLines.at(-1)?.end ?? lines[titleIndex]?.end ?? 0;

  const paragraphs = segmentParagraphs(text, bodyStart);
  const closing = paragraphs.findIndex((p) => closingOpeners.test(folded(text.slice(p.start, p.end))));
  const body = closing >= 0 ? paragraphs.slice(0, closing) : paragraphs;
  const firstSection = body.findIndex((p) => p.marker?.kind === 'roman');
  const preamble = firstSection >= 0 ? body.slice(0, firstSection) : body;
  const sections = firstSection >= 0 ? body.slice(firstSection) : [];

  const recipientsAt = lines.findIndex((line) => line.start >= bodyStart && /^noi nhan\s*:/.test(folded(line.text)));
  const distributionLines: SourceLine[] = [];
  for (const line of recipientsAt >= 0 ? lines.slice(recipientsAt + 1) : []) {
    if (line.text.trim().length === 0) continue;
    if (listMarker(line.text)?.kind !== 'bullet') break;
    distributionLines.push(line);
  }
  return { headerLines, titleLines, preamble, sections, distributionLines };
}
