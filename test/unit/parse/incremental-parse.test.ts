// A version parsed from the one before (the document's caches hold it) is the model a fresh parse of
// the same text gives: lines, paragraphs with their sentences, tokens and headings, the heading tree,
// items, title and period. Edits of every kind (a character, a line break added or removed, a CR of a
// CRLF, a heading marker, a Markdown fence, the title, the very start and end), plain and Markdown.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { AnalysisCaches, Paragraph, parseReport, ReportModel, Segmenter, WorkMeter } from '../../../server/src/core';
import { lineageOf } from '../../../server/src/core/parse/parts';
import { segmenter } from '../../helpers';

const SAMPLES = path.resolve(__dirname, '..', '..', 'fixtures', 'samples');

/** Everything a rule may read of a model, as plain data. */
function dump(m: ReportModel): unknown {
  const heading = (h: ReportModel['allHeadings'][number]) => ({
    level: h.level,
    marker: h.marker,
    ordinal: h.ordinal,
    title: h.title,
    line: h.line,
    range: h.range,
    section: h.section,
    runIn: h.runIn,
    endPunct: h.endPunct,
    parent: h.parent?.range.start,
    list: h.list?.range.start,
    inserted: h.inserted,
    children: h.children.map((c) => c.range.start),
    items: h.items.map((i) => i.marker.start),
  });
  return {
    lines: m.lines,
    title: m.title,
    segmented: m.segmented,
    period: m.period,
    headings: m.headings.map((h) => h.range.start),
    allHeadings: m.allHeadings.map(heading),
    items: m.items.map((i) => ({ ...i, parent: i.parent?.range.start })),
    topItems: m.topItems.map((i) => i.marker.start),
    paragraphs: m.paragraphs.map((p) => ({
      start: p.start,
      end: p.end,
      text: p.text,
      firstLine: p.firstLine,
      verbatim: p.verbatim,
      heading: p.heading?.range.start,
      sentences: p.sentences,
      tokens: p.tokens,
    })),
  };
}

/** A deterministic edit of kind `i % 12` at a place chosen by `i`. */
function edit(text: string, i: number): string {
  const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  switch (i % 12) {
    case 0:
      return text.slice(0, at) + '的' + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 3);
    case 2:
      return text.slice(0, at) + '\n' + text.slice(at);
    case 3: {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? text : text.slice(0, nl) + text.slice(nl + 1);
    }
    case 4:
      return text.slice(0, lineStart) + '二、' + text.slice(lineStart);
    case 5:
      return text.slice(0, lineStart) + '```\n' + text.slice(lineStart);
    case 6:
      return '𠮷' + text;
    case 7:
      return text + (i % 20 === 7 ? '\n' : '。（一）尾');
    case 8:
      return text.slice(0, lineStart) + '\n\n' + text.slice(lineStart);
    case 10:
      // A quotation opened at a line's start (the lines after may be quoted now, their numbering no headings).
      return text.slice(0, lineStart) + '“' + text.slice(lineStart);
    case 11:
      return text.slice(0, at) + '”' + text.slice(at);
    default: {
      // Remove the CR of a CRLF, or put one before a LF.
      const nl = text.indexOf('\n', at);
      if (nl < 0) return text;
      return text[nl - 1] === '\r' ? text.slice(0, nl - 1) + text.slice(nl) : text.slice(0, nl) + '\r' + text.slice(nl);
    }
  }
}

// Two drafts, and an amendment quoting articles over lines with a lead-in before a restarting list.
const base = [
  ...['drafts/half-year-summary-b.txt', 'drafts/leadership-review-a.txt'].map((f) =>
    fs.readFileSync(path.join(SAMPLES, f), 'utf8'),
  ),
  '三、修改情况\n第五条修改为：“第五条 各级政府应当公开下列信息：\n（一）规章；\n（二）规划。”\n主要有以下几点：\n一、加强领导。\n二、完善制度。\n第六条 本规定自公布之日起施行。',
].join('\n');

for (const format of ['plain', 'markdown'] as const) {
  for (const crlf of [false, true]) {
    test(`${format}${crlf ? ', CRLF' : ''}: a version parsed from the one before is the fresh parse`, () => {
      const caches = new AnalysisCaches();
      let text = crlf ? base.replace(/\n/g, '\r\n') : base;
      if (format === 'markdown') text = `# 标题\n\n${text}\n\n\`\`\`\n代码\n\`\`\`\n尾段`;
      // As the server's segmenter: tokens of the texts segmented so far, and of new ones every other version.
      const known = new Map<string, ReturnType<Segmenter>>();
      const full: Segmenter = (t) => {
        if (!known.has(t)) known.set(t, segmenter(t));
        return known.get(t);
      };
      const cached: Segmenter = (t) => known.get(t);
      for (let i = 0; i < 60; i++) {
        if (i > 0) text = edit(text, i);
        const withTokens = i % 2 === 0 ? full : cached;
        const incremental = parseReport(text, { format, segmenter: withTokens, caches });
        const fresh = parseReport(text, { format, segmenter: withTokens });
        assert.deepEqual(dump(incremental), dump(fresh), `after edit ${i}`);
      }
    });
  }
}

test('the parse of a one-character edit splits and segments only the changed paragraph', () => {
  const caches = new AnalysisCaches();
  let text = Array.from({ length: 20 }, () => base).join('\n');
  parseReport(text, { segmenter, caches });
  const at = text.indexOf('，', text.length / 2);
  text = text.slice(0, at) + '的' + text.slice(at);
  const meter: WorkMeter = new Map();
  const model = parseReport(text, { segmenter, caches, meter });
  const changed = model.paragraphs.find((p) => p.start <= at && at < p.end)!;
  const work = meter.get('parse')!;
  assert.equal(work.paragraphs, 1);
  // The changed line split again, the paragraph split and searched for items: a few times its length.
  assert.ok(
    work.chars <= 4 * changed.text.length + 8,
    `${work.chars} characters for a paragraph of ${changed.text.length}`,
  );
  assert.deepEqual(dump(model), dump(parseReport(text, { segmenter })));
});

test('plain text: an edit of a short paragraph after a long one does not make the long one again', () => {
  const caches = new AnalysisCaches();
  const long = '各级政府要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。'.repeat(60);
  const short = '二、今年工作安排';
  let text = `${base}\n${long}\n${short}\n${base}`;
  parseReport(text, { segmenter, caches });
  const at = text.indexOf(short) + 2;
  text = text.slice(0, at) + '的' + text.slice(at);
  const meter: WorkMeter = new Map();
  const model = parseReport(text, { segmenter, caches, meter });
  const work = meter.get('parse')!;
  assert.ok(
    work.chars <= 4 * (short.length + 1) + 8,
    `${work.chars} characters for a paragraph of ${short.length + 1}`,
  );
  assert.deepEqual(dump(model), dump(parseReport(text, { segmenter })));
});

test('a version keeps the paragraphs of at most three versions before it alive (through their lineage)', () => {
  const caches = new AnalysisCaches();
  let text = base;
  const versions: Array<readonly Paragraph[]> = [];
  for (let i = 0; i < 8; i++) {
    text = text.slice(0, 40) + '的' + text.slice(40);
    versions.push(parseReport(text, { segmenter, caches }).paragraphs);
  }
  // Every paragraphs array reachable from the last version's lineage, through the lineages of those too.
  const reached = new Set<readonly Paragraph[]>();
  const walk = (ps: readonly Paragraph[]) => {
    for (let l = lineageOf(ps); l; l = l.parent)
      if (!reached.has(l.from)) {
        reached.add(l.from);
        walk(l.from);
      }
  };
  walk(versions[7]);
  assert.deepEqual([...reached].map((ps) => versions.indexOf(ps)).sort(), [4, 5, 6]);
});
