// Invariants every analysis must keep, as functions returning what is wrong (empty: all well).

import {
  AnalysisCaches,
  analyze,
  combinableFixes,
  DEFAULT_OPTIONS,
  Edit,
  Finding,
  parseReport,
  RULES,
  RuleOptions,
} from '../../server/src/core';
import { overlaps } from '../../server/src/core/features/fixes';
import { segmenter } from '../helpers';
import { corpusTables } from '../../server/src/host/tables';

/** Every rule on (rules off by default run as hints). */
export const ALL_ON: RuleOptions = {
  ...DEFAULT_OPTIONS,
  rules: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
};

/** Format the way the CLI and server pick it: Markdown for some drafts. */
export function findingsOf(
  text: string,
  format: 'plain' | 'markdown' = 'plain',
  caches?: AnalysisCaches,
): { findings: Finding[]; failures: string[] } {
  const a = analyze(parseReport(text, { format, segmenter }), ALL_ON, { caches, tables: corpusTables() });
  return {
    findings: a.findings,
    failures: a.failures.map((f) => `${f.ruleId} threw: ${f.error instanceof Error ? f.error.stack : String(f.error)}`),
  };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What is wrong with an offset as a range boundary: outside the text, inside a surrogate pair or a CRLF. */
export function badOffset(text: string, at: number): string | undefined {
  if (!Number.isInteger(at) || at < 0 || at > text.length) return `offset ${at} outside 0..${text.length}`;
  if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)))
    return `offset ${at} splits a surrogate pair`;
  if (at > 0 && at < text.length && text[at - 1] === '\r' && text[at] === '\n') return `offset ${at} splits a CRLF`;
  return undefined;
}

function badSpan(text: string, s: { start: number; end: number }, what: string): string[] {
  const out = [badOffset(text, s.start), badOffset(text, s.end)]
    .filter((x): x is string => !!x)
    .map((x) => `${what}: ${x}`);
  if (s.start > s.end) out.push(`${what}: start ${s.start} > end ${s.end}`);
  return out;
}

/** Applies edits after checking them: in bounds, pairwise apart; the text between them is kept byte for byte. */
export function applyChecked(text: string, edits: readonly Edit[], what: string): { text: string; problems: string[] } {
  const problems: string[] = [];
  for (const e of edits) problems.push(...badSpan(text, e, what));
  for (let i = 0; i < edits.length; i++)
    for (let j = i + 1; j < edits.length; j++)
      if (overlaps(edits[i], edits[j]))
        problems.push(`${what}: edits overlap ${JSON.stringify(edits[i])} ${JSON.stringify(edits[j])}`);
  if (problems.length) return { text, problems };
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  const kept: Array<[number, number, number]> = []; // [original start, original end, start in output]
  for (const e of sorted) {
    kept.push([at, e.start, out.length]);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  kept.push([at, text.length, out.length]);
  out += text.slice(at);
  // The untouched parts, compared independently of how they were assembled.
  for (const [s, e, o] of kept)
    if (out.slice(o, o + e - s) !== text.slice(s, e)) problems.push(`${what}: text outside the edits changed at ${s}`);
  return { text: out, problems };
}

/** Checks every finding, related range and fix of `findings` against `text`. */
export function checkFindings(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const what = `${f.ruleId} finding ${f.start}-${f.end}`;
    problems.push(...badSpan(text, f, what));
    for (const r of f.related ?? []) problems.push(...badSpan(text, r, `${what} related`));
    if (!f.message) problems.push(`${what}: empty message`);
    for (const fix of f.fixes) {
      if (!fix.title) problems.push(`${what}: fix without title`);
      problems.push(...applyChecked(text, fix.edits, `${what} fix “${fix.title}”`).problems);
    }
  }
  const combined = combinableFixes(findings).flatMap((x) => x.edits);
  problems.push(...applyChecked(text, combined, 'combinableFixes').problems);
  return problems;
}

/** Fix-all, round by round with every round checked; then nothing auto-fixable may be left. */
export function checkFixAll(
  text: string,
  format: 'plain' | 'markdown' = 'plain',
  maxRounds = 10,
): { text: string; problems: string[] } {
  const problems: string[] = [];
  for (let round = 0; round < maxRounds; round++) {
    const { findings, failures } = findingsOf(text, format);
    problems.push(...failures);
    const fixes = combinableFixes(findings);
    if (fixes.length === 0) return { text, problems };
    const applied = applyChecked(
      text,
      fixes.flatMap((f) => f.edits),
      `fix-all round ${round + 1}`,
    );
    problems.push(...applied.problems);
    if (applied.problems.length) return { text, problems };
    text = applied.text;
  }
  const left = combinableFixes(findingsOf(text, format).findings);
  if (left.length)
    problems.push(
      `fix-all did not converge in ${maxRounds} rounds; still fixable: ${left.map((f) => f.title).join(' | ')}`,
    );
  return { text, problems };
}
