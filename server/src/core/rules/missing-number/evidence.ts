// Empty quantities judged by evidence: a unit written with no number before it (开展专题调研次,
// 新增就业万人, 立案件) is a blank when the slot table (lib/slots/evidence.ts) says both that complete
// text leaves the unit bare in this context rarely and that a number left out gives this context
// often — weighed over the characters and the segmenter's words around it (the previous word and its
// tag, how the unit was cut, the next word and its tag). A context no register has shown is no
// evidence. What is certain by construction needs no table: a sign after a Chinese character (达%);
// a unit cut alone right after clause punctuation (，个村完成改造) once the evidence agrees.

import { SlotEvidence } from '../../lib/slots/evidence';
import { tokenAt } from '../../lib/slots/context';
import { isBoundary } from '../../lib/slots/text';
import { CorpusTables } from '../../lib/tables';
import { Paragraph, ReportModel } from '../../model';
import { charBefore } from '../../text';
import { DEMANDS_NUMBER, Gap, LEADS_TO_NUMBER } from './gaps';

/** A gap with how sure the evidence is that a number belongs there (1: certain). */
export interface JudgedGap extends Gap {
  confidence: number;
}

/** The operating points: at or above `warning` a warning, at or above `information` a note. */
export interface Thresholds {
  information: number;
  warning: number;
}

/** Used when the table names none (it names those chosen on the tune part: npm run bench:accuracy -- --part tune). */
export const DEFAULT_THRESHOLDS: Thresholds = { information: 0.4, warning: 0.9 };

/** The slot table's evidence, built once per tables object; undefined when the host loaded no table. */
export function slotEvidence(tables: CorpusTables): SlotEvidence | undefined {
  const slots = tables.slots;
  return slots && tables.derive('slots/evidence', () => new SlotEvidence(slots));
}

/** The thresholds the table carries, or the defaults. */
export function thresholdsOf(tables: CorpusTables): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...(tables.slots?.thresholds ?? {}) };
}

/** Clause punctuation a count may open a clause after (not a closing quote: “米”字形 names a shape). */
const OPENS_CLAUSE = /^(?:|[，。；：！？、,;:!?\n])$/;

/** The units of the paragraph written without a number that may lack one, each with its confidence. */
export function judgedGaps(
  model: ReportModel,
  p: Paragraph,
  evidence: SlotEvidence,
  placeholder: string,
  floor: number,
): JudgedGap[] {
  const text = model.text;
  const tokens = p.tokens ?? [];
  const out: JudgedGap[] = [];
  for (const { u0, unit } of evidence.bare(text, p.start, p.end)) {
    const u1 = u0 + unit.length;
    if (placeholder && text.startsWith(placeholder, u0 - placeholder.length)) continue;
    // 小游园等类【待填】个: a unit right before a marked blank is read with it, as the drafter marked it;
    // marking one blank never makes another appear.
    if (placeholder && text.startsWith(placeholder, u1)) continue;
    const prev = charBefore(text, u0);
    // Blanks before the unit are the blanks-typed rule's (会议  次), or layout (2 亿元 is complete).
    if (/[ \t\u3000]/.test(prev)) continue;
    // 件件有落实, 个个: a measure word said twice means "every", no count (but 留置案件▢件 is a count of 案件).
    if (unit.length === 1 && (tokenAt(tokens, u0 - 1)?.word === unit || tokenAt(tokens, u1)?.word === unit)) continue;
    if (tokenAt(tokens, u0)?.word === unit + unit) continue;
    // “万场党课万人讲”, 联百村包百企进万户: 万 among round 百, 千 and 万 (none with a number of its own:
    // 处▢万元以上5万元以下 is a range) is a round count in a slogan.
    if (/^[万亿]/.test(unit) && ROUND.test(clauseAround(text, u0, u1, p.start, p.end))) continue;
    const { p: likely } = evidence.judge(text, tokens, u0, unit, placeholder);
    if (likely < floor) continue;
    const alone = tokenAt(tokens, u0)?.start === u0 && tokenAt(tokens, u1 - 1)?.end === u1;
    const confidence = likely >= 1 || (OPENS_CLAUSE.test(prev) && alone) ? 1 : likely;
    // The finding covers the character before, or the whole word that asks for the number (共计件, 提高到万元).
    const word = tokenAt(tokens, u0 - 1);
    const asks =
      word &&
      word.end === u0 &&
      (DEMANDS_NUMBER.has(text.slice(word.start, word.end)) || LEADS_TO_NUMBER.has(text.slice(word.start, word.end)));
    const from = asks ? word.start : prev && !OPENS_CLAUSE.test(prev) ? u0 - prev.length : u0;
    out.push({ target: { start: u0, end: u0 }, range: { start: from, end: u1 }, unit, confidence });
  }
  return out;
}

/** A round 百, 千 or 万 with no number of its own before it. */
const ROUND = /(?:^|[^0-9０-９.．〇零一二两三四五六七八九十百千万])[百千万]/;

/** Up to 8 characters either side of [u0, u1), within the clause (punctuation ends it), the unit left out. */
function clauseAround(text: string, u0: number, u1: number, start: number, end: number): string {
  let from = u0;
  while (from > start && u0 - from < 8 && !isBoundary(text[from - 1])) from--;
  let to = u1;
  while (to < end && to - u1 < 8 && !isBoundary(text[to])) to++;
  return text.slice(from, u0) + text.slice(u1, to);
}
