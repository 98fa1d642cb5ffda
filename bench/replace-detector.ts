// What bench/replace.ts measures: the replace-damage rule as the CLI runs it (the word table
// loaded by the host), one flag per broken word, with the edits of its substitution's fix-all.

import { analyze, DEFAULT_OPTIONS, parseReport, RULES } from '../server/src/core';
import { corpusTables } from '../server/src/host/tables';

export interface Flag {
  /** The swapped character's offset and what the fix writes there. */
  at: number;
  from: string;
  to: string;
  observed: string;
  /** The word the fix restores. */
  original: string;
  /** Information (a real word the replace may have made) rather than a broken word. */
  casualty: boolean;
  /** The fix-all of the substitution: offsets it writes `from` at. */
  all: number[];
}

/** Runs the rule over a text; `ruleIds` adds other rules (for false alarms of several rules). */
export function detector(ruleIds: string[] = ['replace-damage']): (text: string) => Flag[] {
  const rules = RULES.filter((r) => ruleIds.includes(r.id));
  const tables = corpusTables();
  const options = { ...DEFAULT_OPTIONS, rules: Object.fromEntries(ruleIds.map((id) => [id, 'warning' as const])) };
  return (text) => {
    const model = parseReport(text);
    return analyze(model, options, { rules, tables }).findings.map((f) => {
      const edit = f.fixes[0]?.edits[0];
      const at = edit ? edit.start : f.start;
      return {
        at,
        from: edit?.newText ?? '',
        to: text[at],
        observed: text.slice(f.start, f.end),
        original: edit ? text.slice(f.start, at) + edit.newText + text.slice(at + 1, f.end) : '',
        casualty: f.ruleId === 'replace-damage' && f.severity === 'information',
        all: f.fixes[1]?.edits.map((e) => e.start) ?? [],
      };
    });
  };
}
