// The work-count test on report text the project was not tuned on (test/unit/work.test.ts runs it on
// the samples in `npm test`): a one-character edit in the middle of a body paragraph, the parse and
// each rule metered (lib/work.ts); every one bounded by a few passes over that paragraph, or named.
// This checkout only: the base has no meter.

import { RULES, RuleWork, WorkMeter } from '../server/src/core';
import { toOptions } from '../server/src/host/config';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { meteredEdit } from '../test/unit/work-edit';
import { PENDING } from '../test/unit/work-pending';
import { measureText } from './corpus';
import { ALL_RULES, Figures, PENDING_OFF, Root } from './figures';

/** The meter's reading after an edit of a `size`-character text: per rule (and 'parse'), and the paragraph's length. */
function metered(size: number): { meter: WorkMeter; paragraph: number; chars: number } {
  const { text } = measureText(size);
  const { edited, paragraph, meter } = meteredEdit(text, createInProcessSegmenter(), toOptions('zh-cn', []));
  return { meter, paragraph, chars: edited.length };
}

/** The work-count figures at 60k and 600k characters, for this checkout. */
export function benchWork(root: Root, figures: Figures, sizes = [60_000, 600_000]): string[] {
  const out = [
    'work after a one-character edit (characters computed anew + read outside memos; bound 4 × the paragraph + 64):',
  ];
  for (const size of sizes) {
    const { meter, paragraph, chars } = metered(size);
    const bound = 4 * paragraph + 64;
    const over: string[] = [];
    const overOwned: string[] = [];
    out.push(`  ${chars} chars, a paragraph of ${paragraph}:`);
    for (const id of ['parse', ...RULES.map((r) => r.id)]) {
      const w: RuleWork = meter.get(id) ?? { paragraphs: 0, chars: 0, read: 0, textReads: 0 };
      const ok = w.chars + w.read <= bound && w.paragraphs <= 4;
      if (!ok) (PENDING.has(id) ? over : overOwned).push(id);
      out.push(
        `    ${id.padEnd(20)} ${String(w.paragraphs).padStart(4)} paragraphs ${String(w.chars).padStart(8)} chars anew ${String(w.read).padStart(12)} read${ok ? '' : '  ← over'}${PENDING.has(id) ? ` (pending: ${PENDING.get(id)})` : ''}`,
      );
    }
    const k = `${size / 1000}k`;
    figures.add(
      `work-count test at ${k}: rules over the bound`,
      'none',
      root,
      ALL_RULES,
      over.length + overOwned.length ? [...overOwned, ...over].join(', ') : 'none',
      over.length + overOwned.length === 0,
    );
    figures.add(
      `work-count test at ${k}: rules over the bound`,
      'none',
      root,
      PENDING_OFF,
      overOwned.join(', ') || 'none',
      overOwned.length === 0,
    );
  }
  return out;
}
