import { foldVietnamese } from '../text/fold';

/**
 * Administrative headers print agency names in capitals ("ỦY BAN NHÂN DÂN / XÃ ĐĂK KÔI").
 * These helpers turn them into the form used in running text ("UBND xã Đăk Kôi").
 */

const adminLevels = ['thanh pho', 'thi xa', 'thi tran', 'dac khu', 'tinh', 'huyen', 'quan', 'xa', 'phuong'];
const fixedNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(uy ban nhan dan|ubnd)\b/, 'UBND'],
  [/^so giao duc va dao tao\b/, 'Sở Giáo dục và Đào tạo'],
  [/^phong giao duc va dao tao\b/, 'Phòng Giáo dục và Đào tạo'],
  [/^truong\b/, 'Trường'],
];
// School-type abbreviations stay in capitals: "TRƯỜNG THCS VĨNH PHONG 1" → "Trường THCS Vĩnh Phong 1".
const keptUpper = /^(THCS|THPT|TH|MN|MG|PTDTBT|PTDTNT|PTDTBT-THCS|TH&THCS|THCS&THPT|GDĐT|GDTX)$/u;

function capitalise(word: string): string {
  if (keptUpper.test(word)) return word;
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "XÃ ĐĂK KÔI" → "xã Đăk Kôi": the level in lower case, the place name capitalised. */
export function placeName(upper: string): string {
  const words = upper.trim().split(/\s+/u);
  const foldedWords = foldVietnamese(upper.trim()).split(/\s+/u);
  for (const level of adminLevels) {
    const size = level.split(' ').length;
    if (foldedWords.slice(0, size).join(' ') === level) {
      const levelText = words.slice(0, size).join(' ').toLocaleLowerCase('vi');
      return [levelText, ...words.slice(size).map(capitalise)].join(' ');
    }
  }
  return words.map(capitalise).join(' ');
}

/** The place part of "UBND TỈNH QUẢNG NGÃI" ("Quảng Ngãi"), or null. */
export function placeOf(agency: string): string | null {
  const words = agency.trim().split(/\s+/u);
  const lead = /^(uy ban nhan dan|ubnd)\s/.exec(foldVietnamese(agency.trim()));
  const named = placeName(words.slice(lead ? lead[1]?.split(' ').length : 0).join(' '));
  const level = adminLevels.find((l) => foldVietnamese(named).startsWith(`${l} `));
  return level ? named.split(' ').slice(level.split(' ').length).join(' ') : null;
}

/** One agency name from capitals to running-text form. */
export function agencyName(upper: string): string {
  const text = upper.replace(/\s+/gu, ' ').trim();
  const folded = foldVietnamese(text);
  for (const [pattern, fixed] of fixedNames) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const rest = text.split(' ').slice(match[0].split(' ').length).join(' ');
    if (rest.length === 0) return fixed;
    return `${fixed} ${fixed === 'UBND' ? placeName(rest) : rest.split(' ').map(capitalise).join(' ')}`;
  }
  return text.split(' ').map(capitalise).join(' ');
}

/**
 * The issuer from the header's agency lines. "ỦY BAN NHÂN DÂN" alone continues on the next
 * line; otherwise the last line is the issuer and the first its superior, whose place names
 * a department ("UBND TỈNH QUẢNG NGÃI / SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở … Quảng Ngãi").
 */
export function issuerFromHeader(agencyLines: readonly string[]): string | null {
  const lines = agencyLines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length === 0) return null;
  const alone = /^(uy ban nhan dan|ubnd)$/.test(foldVietnamese(lines[0] ?? ''));
  const joined = alone ? [lines.slice(0, 2).join(' '), ...lines.slice(2)] : lines;
  const own = agencyName(joined.at(-1) ?? '');
  const superior = joined.length > 1 ? joined[0] : undefined;
  const place = superior ? placeOf(superior) : null;
  return place && /^(so|phong) /.test(foldVietnamese(own)) && !own.includes(place) ? `${own} ${place}` : own;
}
