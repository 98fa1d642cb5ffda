// Empty quantities judged by evidence: a unit written with no number before it (开展专题调研次,
// 新增就业万人) is a blank as surely as complete text puts a number there in the same context
// (the slot table, lib/slots/evidence.ts). The segmenter's tokens rule out a unit inside a word
// (个人, 首次, 支出); what is certain by construction needs no table: a sign after a Chinese
// character (达%), a unit right after punctuation or 等 where a number belongs (，个村完成改造).

import { SlotEvidence, shapeOf, tokenAt } from '../../lib/slots/evidence';
import { CorpusTables } from '../../lib/tables';
import { isBoundary } from '../../lib/slots/text';
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

/** Chosen on the tune part of the corpus (npm run bench:accuracy -- --part tune). */
export const DEFAULT_THRESHOLDS: Thresholds = { information: 0.85, warning: 0.9 };

/** The slot table's evidence, built once per tables object; undefined when the host loaded no table. */
export function slotEvidence(tables: CorpusTables): SlotEvidence | undefined {
  const slots = tables.slots;
  return slots && tables.derive('slots/evidence', () => new SlotEvidence(slots));
}

/** The thresholds the table carries, or the defaults. */
export function thresholdsOf(tables: CorpusTables): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...(tables.slots?.thresholds ?? {}) };
}

/** The units of the paragraph written without a number that may lack one, each with its confidence. */
export function judgedGaps(model: ReportModel, p: Paragraph, evidence: SlotEvidence, placeholder: string): JudgedGap[] {
  const text = model.text;
  const tokens = p.tokens ?? [];
  const out: JudgedGap[] = [];
  for (const site of evidence.bare(text, p.start, p.end)) {
    const g = { ...site, p: 0 };
    const u1 = g.u0 + g.unit.length;
    if (placeholder && text.startsWith(placeholder, g.u0 - placeholder.length)) continue;
    const prev = charBefore(text, g.u0);
    // Blanks before the unit are the blanks-typed rule's (会议  次), or layout (2 亿元 is complete).
    if (/[ \t\u3000]/.test(prev)) continue;
    const sign = /^[%％‰]$/.test(g.unit);
    if (!sign && tokens.length && !standsAlone(text, shapeOf(tokens, g.u0, u1), g.u0, g.unit)) continue;
    // 件件有落实, 个个: a measure word said twice means "every", no count.
    if (g.unit.length === 1 && (text.startsWith(g.unit, g.u0 - 1) || text.startsWith(g.unit, u1))) continue;
    // “万场党课万人讲”: 万 among 万, 百 and 千 is a count in a slogan.
    if (/^[万亿]/.test(g.unit) && /[百千万]/.test(clauseAround(text, g.u0, u1, p.start, p.end))) continue;
    g.p = evidence.judge(text, g.u0, g.unit);
    if (g.p < DEFAULT_THRESHOLDS.information / 2) continue;
    const afterPunctuation = prev === '等' || (isBoundary(prev) && prev !== '');
    const confidence = g.p >= 1 || (afterPunctuation && g.p >= DEFAULT_THRESHOLDS.information) ? 1 : g.p;
    // The finding covers the character before, or the whole word that asks for the number (共计件, 提高到万元).
    const word = tokenAt(tokens, g.u0 - 1);
    const asks =
      word &&
      word.end === g.u0 &&
      (DEMANDS_NUMBER.has(text.slice(word.start, word.end)) || LEADS_TO_NUMBER.has(text.slice(word.start, word.end)));
    const from = asks ? word.start : prev && !isBoundary(prev) ? g.u0 - prev.length : g.u0;
    out.push({ target: { start: g.u0, end: g.u0 }, range: { start: from, end: u1 }, unit: g.unit, confidence });
  }
  return out;
}

/** True when the segmenter cut the unit as a word of its own (or an unknown join ending in it: 巡河次). */
function standsAlone(text: string, shape: string, u0: number, unit: string): boolean {
  const cut = shape.split(':')[0];
  if (cut === 'alone' || cut === 'x') return true;
  // 个 begins words (个人, 个别), and the segmenter also joins it to the noun it counts (个省): the evidence tells them apart.
  return cut === 'starts' && unit === '个' && text[u0] === '个';
}

/** Up to 8 characters either side of [u0, u1), within the clause (punctuation ends it). */
function clauseAround(text: string, u0: number, u1: number, start: number, end: number): string {
  let from = u0;
  while (from > start && u0 - from < 8 && !isBoundary(text[from - 1])) from--;
  let to = u1;
  while (to < end && to - u1 < 8 && !isBoundary(text[to])) to++;
  return text.slice(from, u0) + text.slice(u1, to);
}
