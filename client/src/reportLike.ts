// Whether a plain-text file is a report: a title line and heading markers, or findings that only a
// report has (its numbering, its blanks). Pure (no vscode import), so the unit tests can run it.

/** Rules whose findings mark a text as a report; a stray comma in a note is no sign of one. */
export const REPORT_RULES: readonly string[] = [
  'heading-sequence',
  'heading-marker',
  'heading-level',
  'count-claim',
  'missing-number',
  'placeholder',
];

/** How many lines are looked at: a report shows its title and first headings early. */
const HEAD_LINES = 300;
const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** 一、 （一） 第一部分: the markers of the two upper levels. */
const HEADING = new RegExp(`^[\\s\\u3000]*(?:${NUMERAL}、|（${NUMERAL}）|\\(${NUMERAL}\\)|第${NUMERAL}[章节部分])`);

/** A title line: short, and no sentence in it. */
function isTitle(line: string): boolean {
  const t = line.trim();
  return t.length >= 4 && t.length <= 60 && !/[。！？；，,.!?;]/.test(t) && !HEADING.test(t);
}

/**
 * True when `text` reads as a report: its first non-blank line is a title and a heading marker
 * (一、 （一）) opens a line below it; or `findingRules` (the rules of its findings) include one
 * that only reports have.
 */
export function looksLikeReport(text: string, findingRules: readonly string[] = []): boolean {
  if (findingRules.some((r) => REPORT_RULES.includes(r))) return true;
  const lines = text.split(/\r\n|\r|\n/, HEAD_LINES);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !isTitle(lines[first])) return false;
  return lines.slice(first + 1).some((l) => HEADING.test(l));
}
