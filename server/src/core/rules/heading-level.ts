// Heading levels in order (GB/T 15834-2011 B.3.8: once a lower marker is used, do not go back to a
// higher one). Two shapes of going back up are warnings: a heading of a higher level after a lower
// sibling in the same section (一、 1. 2. （一）), and a higher marker written inside a lower list that
// then goes on (1. （1） （2） （一） 2.: the （一） meant （3）). No fix: which level was meant is the
// writer's call.
//
// Skipping a level downward (一、 straight to 1.) is common and tolerated: it is reported as a hint
// only when the rule is set to "hint" (`"heading-level": "hint"`), which turns the rule's other
// findings into hints as well. At its default (warning) the rule says nothing about skipped levels.
//
// A regulation's structure (第X章, 第X条) has levels of its own and is nested by the parser; the items
// of an article (（一）…；, or 一、 in older laws) are numbered as the article needs, and a list
// restarting under a lead-in (…如下：⏎一、…) stands inside its section: neither is compared here.

import { isArticle, isOutline } from '../lib/headings/levels';
import { interruptions, siblingLists } from '../lib/headings/series';
import { defineRule } from '../lib/rule';
import { Heading } from '../model';

const messages = {
  backUp: {
    zh: '层级倒置：同一部分已用下级序号「{0}」，其后不应再用上级序号「{1}」',
    en: 'Heading level goes back up: "{1}" follows the lower-level "{0}" in the same section',
  },
  interrupts: {
    zh: '层级混乱：「{1}」插在「{0}」与「{2}」之间，应为同级序号',
    en: 'Mixed levels: "{1}" stands between "{0}" and "{2}"; it should be of their level',
  },
  skip: { zh: '层级跳跃：「{0}」下直接使用「{1}」，跳过了一级', en: 'Skipped level: "{1}" directly under "{0}"' },
};

/** The rule: no return to a higher marker inside a lower list; skipped levels as hints on request. */
export const rule = defineRule({
  id: 'heading-level',
  name: { 'zh-cn': '标题层级', en: 'Heading level' },
  doc: {
    'zh-cn': '标题层级：用了下级序号后不再回到上级序号；跳级仅在设为 hint 时提示',
    en: "a higher level's marker inside a lower level; skipping a level (hint, off by default)",
  },
  tags: ['structure'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const flagged = new Set<Heading>();
    for (const x of interruptions(model)) {
      flagged.add(x.heading);
      ctx.report(
        span(x.heading),
        'interrupts',
        [x.interrupted.marker.text, x.heading.marker.text, x.resumed.marker.text],
        [],
      );
    }
    for (const siblings of siblingLists(model)) {
      // Within an article, its items follow the article's own needs: only a report's sections are compared.
      if (siblings[0]?.parent && isArticle(siblings[0].parent)) continue;
      for (let i = 1; i < siblings.length; i++) {
        const [before, h] = [siblings[i - 1], siblings[i]];
        if (!isOutline(before) || !isOutline(h) || h.list || before.level <= h.level || flagged.has(h)) continue;
        ctx.report(span(h), 'backUp', [before.marker.text, h.marker.text], []);
      }
      if (ctx.severity !== 'hint') continue;
      const levels = new Set<number>();
      for (const h of siblings) {
        const parent = h.parent;
        if (!parent || !isOutline(h) || !isOutline(parent) || h.list) continue;
        if (h.level <= parent.level + 1 || levels.has(h.level)) continue;
        levels.add(h.level);
        ctx.report(span(h), 'skip', [parent.marker.text, h.marker.text], [], { severity: 'hint' });
      }
    }
  },
});

function span(h: Heading): { start: number; end: number } {
  return { start: h.marker.start, end: h.marker.end };
}
