import { isoDateVi } from '../calendar/vn-time';
import { foldVietnamese } from '../text/fold';
import { issuerFromHeader } from './agency-names';
import { parseFoldedDate } from './date-text';
import { isUpperCaseLine, type SourceLine } from './source-lines';

export interface PlanHeader {
  issuer: string | null;
  number: string | null;
  issuedOn: string | null;
  issuedOnSource: 'date-line' | 'signature' | null;
  place: string | null;
}

const ignoredCell = /^(cong hoa xa hoi|doc lap|[-_=.* ]+$)/;

/** "Số: 198/KH-SGDĐT" → "198/KH-SGDĐT"; a blank number ("Số:   /KH-UBND") → null. */
function documentNumber(cell: string): string | null {
  const match = /^Số\s*:?\s*(\d[\p{L}\d.-]*)\s*\/\s*(\S+)/iu.exec(cell.trim());
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * Signed PDFs carry the signature time ("2025-09-22T11:18:32+0700") as text while the date
 * line is often part of a stamp image; the earliest signature is the signing date.
 */
function signatureDate(text: string): string | null {
  const stamps = text.matchAll(/\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}):?(\d{2})\b/g);
  const times = [...stamps].map((m) => Date.parse(`${m[1]}${m[2]}:${m[3]}`)).filter(Number.isFinite);
  return times.length > 0 ? isoDateVi(new Date(Math.min(...times))) : null;
}

/** Reads issuer, number, place and date from the lines above "KẾ HOẠCH". */
export function parseHeader(headerLines: readonly SourceLine[], fullText: string): PlanHeader {
  const agencies: string[] = [];
  let number: string | null = null;
  let dateLine: { place: string | null; date: string | null } | null = null;
  for (const cell of headerLines.flatMap((line) => line.text.split(/\t+/))) {
    const text = cell.trim();
    const folded = foldVietnamese(text);
    if (text.length === 0 || ignoredCell.test(folded)) continue;
    if (/^so\s*:/.test(folded)) number = documentNumber(text);
    else if (/(^|,\s*)ngay\b/.test(folded)) {
      const place = text.split(',')[0]?.trim() ?? '';
      dateLine = { place: /,/.test(text) && place.length > 0 ? place : null, date: parseFoldedDate(folded) };
    } else if (isUpperCaseLine(text)) agencies.push(text);
  }
  const signed = dateLine === null ? signatureDate(fullText) : null;
  return {
    issuer: issuerFromHeader(agencies),
    number,
    issuedOn: dateLine?.date ?? signed,
    issuedOnSource: dateLine?.date ? 'date-line' : signed ? 'signature' : null,
    place: dateLine?.place ?? null,
  };
}
