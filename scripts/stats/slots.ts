// server/data/slots.json: the evidence missing-number weighs for a unit written without a number.
//
// Every document of the tune part of every register (national and provincial reports, laws, news, the
// tagged corpus as plain text) is read twice, as missing-number reads a draft (lib/slots/context.ts):
//   - as it is: every unit it writes without a number (bare) is a context where complete text needs none;
//   - as a synthetic draft: every number written in digits before a unit is deleted, one at a time, and
//     its clause segmented again (立案5件 → 立案件 is cut 立|案件): a context where a number was left out.
// Each context key gets the two counts. A logistic model then weighs the families of keys against
// each other, fitted on the same sites with each document's own counts taken out of the table first
// (what a draft nobody has seen gets). Also: the units (the slot lists and the measure words of the
// tagged corpus), how often complete text writes each verb of placeholder's 等 rule before 等, and the
// operating thresholds. Keys seen fewer than MIN_SEEN times are dropped.

import { corpusDocuments, KINDS, taggedSentences } from '../corpus';
import { cachedTagger } from './_segment';
import { FAMILIES, siteKeys, TaggedSpan } from '../../server/src/core/lib/slots/context';
import { bareSites, digitSites, keyEvidence, UnitMatcher } from '../../server/src/core/lib/slots/evidence';
import type { SlotModel } from '../../server/src/core/lib/tables';
import {
  dequantise,
  keyCheck,
  keyHash,
  packCounts,
  PackedEntry,
  quantise,
} from '../../server/src/core/lib/slots/packed';
import { CARRIER_VERBS } from '../../server/src/core/rules/placeholder/finders';
import { HARD_UNITS, MULTIPLIED_UNITS, SOFT_UNITS, SYMBOL_UNITS } from '../../server/src/core/lib/slots/units';

/** A context key is kept when seen this often (the unit alone always is). */
const MIN_SEEN = 3;
/** Measure words the tagged corpus puts after a number at least this often join the list. */
const MIN_TAGGED = 20;
const MULTIPLIERS = ['万', '亿', '万亿', '千万', '百万'];
/**
 * Not units: dates and times (blank dates are judged by their own rule, and 年 after a number is
 * mostly a year); currencies that are also names (马克思); measure words that are mostly other words.
 */
const NOT_UNITS = new Set(
  (
    '年 月 日 时 分 秒 号 周年 周 天 夜 岁 代 分钟 小时 下 成 点 里 方 面 段 身 任 员 行 门 路 线 度 角 系列 ' +
    '马克 对 把 口 间 声 眼 刀 丝 番 局 曲 道 笔 封 盘 集 层 首 股 回 双 顿 片 级'
  ).split(' '),
);
/** Pseudo-counts a key's ratio is shrunk toward the one before it in its chain. */
const SHRINK = 4;
/**
 * Chains of families (lib/slots/context.ts), each from the general to the specific: the characters
 * before (a, b, c); the one before and the one after, then the word before with the one after (a, e,
 * q); what follows (d, n); the word before (t, w); the tags around (t, v, k); the next tag (m); how
 * the segmenter cut the unit (s); the word before with the unit's group (h).
 */
const CHAINS = ['abc', 'aeq', 'dn', 'twq', 'tvk', 'm', 's', 'h', 'b'];
/** A site counts as evidence only when some specific context of it has seen this many deletions. */
const SUPPORT = 2;
/** The share of a draft's numbers before units that is left blank, for the model's prior (its bias). */
const BLANK_SHARE = 0.25;
/** Bare sites kept as training examples: one in this many (weighted back up). */
const BARE_SAMPLE = 4;
/** missing-number's operating points, chosen on the tune part (npm run bench:accuracy -- --part tune). */
const THRESHOLDS = { information: 0.4, warning: 0.9 };

/** Measure words of the report register: the slot lists, and what the tagged corpus counts with. */
export function units(): string[] {
  const tagged = new Map<string, number>();
  for (const sentence of taggedSentences()) {
    for (let i = 1; i < sentence.length; i++) {
      const { word, tag } = sentence[i];
      if (tag === 'q' && sentence[i - 1].tag === 'm' && /^\p{Script=Han}+$/u.test(word))
        tagged.set(word, (tagged.get(word) ?? 0) + 1);
    }
  }
  const base = new Set([...SOFT_UNITS, ...HARD_UNITS, '剂次', '剂']);
  for (const [w, n] of tagged) if (n >= MIN_TAGGED && !NOT_UNITS.has(w)) base.add(w);
  const all = new Set([...base, ...MULTIPLIED_UNITS, ...SYMBOL_UNITS]);
  for (const u of base) {
    for (const m of MULTIPLIERS) all.add(m + u);
    for (const m of ['万', '亿']) for (const more of ['余', '多']) all.add(m + more + u);
  }
  // 30余万元, 300多个: 余 and 多 ("more than") go with the number, before any unit.
  for (const u of [...all]) if (!/^[%％‰㎡余多]/.test(u)) for (const more of ['余', '多']) all.add(more + u);
  return [...all].sort();
}

/** Separators the segmenter cuts at before anything else (cppjieba's): a clause between two segments alike alone or in its paragraph. */
const SEPARATOR = /[ \t\n，。]/;

/** Where the clause around [from, to) starts (at a separator, kept) and ends (after one). */
function clauseOf(line: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0 && !SEPARATOR.test(line[s - 1])) s--;
  if (s > 0) s--;
  let e = to;
  while (e < line.length && !SEPARATOR.test(line[e])) e++;
  if (e < line.length) e++;
  return [s, e];
}

/** Counts by key: an index per distinct key (hash and check hash), bare and gap counts. */
class KeyCounts {
  readonly index = new Map<number, number>();
  bare = new Int32Array(1 << 20);
  gap = new Int32Array(1 << 20);
  family = new Uint8Array(1 << 20);
  /** The index of the unit's own key (family u) of the first site that had this key. */
  unit = new Int32Array(1 << 20);
  keys: string[] = [];

  /** The index of a key, added when new (`unit`: the index of the site's unit key; -1 for that key itself). */
  id(key: string, unit: number): number {
    const composite = keyHash(key) * 65536 + keyCheck(key);
    let i = this.index.get(composite);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(composite, i);
      if (i >= this.bare.length) {
        const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
          const b = new (a.constructor as new (n: number) => T)(a.length * 2);
          b.set(a);
          return b;
        };
        this.bare = grow(this.bare);
        this.gap = grow(this.gap);
        this.family = grow(this.family);
        this.unit = grow(this.unit);
      }
      this.family[i] = FAMILIES.indexOf(key[0]);
      this.unit[i] = unit < 0 ? i : unit;
      this.keys.push(key);
    }
    return i;
  }
}

/** Training examples: the key ids of each site, its label, its document's own counts of those keys. */
class Examples {
  ids: Int32Array[] = [];
  localBare: Uint16Array[] = [];
  localGap: Uint16Array[] = [];
  labels: number[] = [];
  weights: number[] = [];
  kinds: string[] = [];
}

/** A site of a document: its keys' ids and whether a number was deleted there. */
interface Site {
  ids: number[];
  gap: boolean;
}

/** The sites of one document, bare and deleted, read as a draft would be. */
function documentSites(
  text: string,
  matcher: UnitMatcher,
  tag: (s: string) => TaggedSpan[],
  counts: KeyCounts,
): Site[] {
  const sites: Site[] = [];
  const ids = (keys: string[]) => {
    const unit = counts.id(keys[0], -1);
    return keys.map((k, f) => (f === 0 ? unit : counts.id(k, unit)));
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[ \t\u3000]+/, '').replace(/\s+$/, '');
    if (!line) continue;
    const tokens = tag(line);
    for (const { u0, unit } of bareSites(line, matcher)) {
      sites.push({ ids: ids(siteKeys(line, tokens, u0, unit)), gap: false });
    }
    for (const d of digitSites(line, matcher)) {
      // The digits deleted (300多个 → 多个); and with "more than" too (300多个 → 个), as drafters leave both.
      for (const end of d.moreUnit ? [d.end, d.end + 1] : [d.end]) {
        const draft = line.slice(0, d.start) + line.slice(end);
        // Only a deletion that leaves a bare unit the rule would judge (每3人 leaves 每人: counted).
        const bare = bareSites(draft, matcher, d.start, draft.length).next().value;
        if (!bare || bare.u0 !== d.start) continue;
        const [s, e] = clauseOf(draft, d.start, d.start + bare.unit.length);
        const clause = tag(draft.slice(s, e)).map((t) => ({ ...t, start: t.start + s, end: t.end + s }));
        sites.push({ ids: ids(siteKeys(draft, clause, d.start, bare.unit)), gap: true });
      }
    }
  }
  return sites;
}

/** A small deterministic hash of two numbers, for sampling. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Fits the logistic model (Newton's method, a little L2) on the examples' evidence. */
function fit(x: Float64Array[], y: number[], w: number[], dims: number): number[] {
  const d = dims + 1; // + bias
  let beta = new Array<number>(d).fill(0);
  const lambda = 1;
  for (let iter = 0; iter < 25; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i];
      let z = beta[dims];
      for (let j = 0; j < dims; j++) z += beta[j] * xi[j];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y[i]) * w[i];
      const h = p * (1 - p) * w[i];
      for (let j = 0; j < d; j++) {
        const xj = j === dims ? 1 : xi[j];
        grad[j] += g * xj;
        for (let k = 0; k <= j; k++) hess[j * d + k] += h * xj * (k === dims ? 1 : xi[k]);
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k];
      if (j < dims) {
        grad[j] += lambda * beta[j];
        hess[j * d + j] += lambda;
      }
    }
    const step = solve(hess, grad, d);
    beta = beta.map((b, j) => b - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return beta;
}

/** Solves A·s = b (Gaussian elimination with partial pivoting). */
function solve(a: Float64Array, b: Float64Array, n: number): number[] {
  const m = Array.from({ length: n }, (_, i) => [...a.subarray(i * n, i * n + n), b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** Rounds for a stable table (the same corpus gives the same bytes). */
const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

export function build(): unknown {
  const list = units();
  const matcher = new UnitMatcher(list);
  const tagger = cachedTagger();
  const counts = new KeyCounts();
  const examples = new Examples();
  const beforeDeng: Record<string, number> = {};
  let docIndex = 0;
  for (const doc of corpusDocuments('tune', KINDS)) {
    docIndex++;
    const text = doc.text;
    for (const v of CARRIER_VERBS) {
      for (let at = text.indexOf(v + '等'); at >= 0; at = text.indexOf(v + '等', at + 1))
        beforeDeng[v] = (beforeDeng[v] ?? 0) + 1;
    }
    const sites = documentSites(text, matcher, (s) => tagger.tag(s), counts);
    const local = new Map<number, [number, number]>();
    for (const s of sites) {
      for (const id of s.ids) {
        const c = local.get(id) ?? [0, 0];
        c[s.gap ? 1 : 0]++;
        local.set(id, c);
        if (s.gap) counts.gap[id]++;
        else counts.bare[id]++;
      }
    }
    sites.forEach((s, i) => {
      if (!s.gap && mix(docIndex, i) % BARE_SAMPLE !== 0) return;
      examples.ids.push(Int32Array.from(s.ids));
      examples.localBare.push(Uint16Array.from(s.ids, (id) => Math.min(65535, local.get(id)![0])));
      examples.localGap.push(Uint16Array.from(s.ids, (id) => Math.min(65535, local.get(id)![1])));
      examples.labels.push(s.gap ? 1 : 0);
      examples.weights.push(s.gap ? 1 : BARE_SAMPLE);
      examples.kinds.push(doc.file.kind);
    });
  }
  tagger.save();
  if (process.env.GONGWEN_SLOTS_DUMP) dump(process.env.GONGWEN_SLOTS_DUMP, counts, examples);

  // The examples' evidence with their own document taken out, read as the table will give it.
  const dims = CHAINS.length + 1;
  const seen = (bare: number, gap: number, family: number): readonly [number, number] | undefined =>
    family === 0 || bare + gap >= MIN_SEEN ? [dequantise(quantise(bare)), dequantise(quantise(gap))] : undefined;
  const x: Float64Array[] = [];
  for (let e = 0; e < examples.ids.length; e++) {
    const ids = examples.ids[e];
    const lookup = new Map<string, readonly [number, number] | undefined>();
    const keys = Array.from(ids, (id, f) => {
      const key = String(f);
      lookup.set(key, seen(counts.bare[id] - examples.localBare[e][f], counts.gap[id] - examples.localGap[e][f], f));
      return key;
    });
    const ev = keyEvidence((k) => lookup.get(k), keys, { chains: CHAINS, shrink: SHRINK });
    x.push(Float64Array.from(ev ? ev.x : new Array<number>(dims).fill(0)));
  }
  const beta = fit(x, examples.labels, examples.weights, dims);

  // The table: keys seen often enough (the unit's own key always).
  const entries: PackedEntry[] = [];
  for (let i = 0; i < counts.keys.length; i++) {
    const bare = counts.bare[i];
    const gap = counts.gap[i];
    if (counts.family[i] === 0 || bare + gap >= MIN_SEEN)
      entries.push({ hash: keyHash(counts.keys[i]), check: keyCheck(counts.keys[i]), bare, gap });
  }
  const model: SlotModel = {
    families: FAMILIES,
    chains: CHAINS,
    weights: beta.slice(0, dims).map((b) => round(b)),
    bias: round(beta[dims] + Math.log(BLANK_SHARE)),
    shrink: SHRINK,
    support: SUPPORT,
  };
  const deng = Object.fromEntries(Object.entries(beforeDeng).sort(([a], [b]) => (a < b ? -1 : 1)));
  console.error(
    `slots: ${counts.keys.length} keys seen, ${entries.length} kept; ${examples.labels.length} examples ` +
      `(${examples.labels.filter((l) => l === 1).length} deletions); weights ${model.weights.join(' ')} bias ${model.bias}`,
  );
  return { thresholds: THRESHOLDS, units: list, beforeDeng: deng, model, counts: packCounts(entries) };
}

/** Writes the examples with their keys and counts (global and their document's own), for studying the model. */
function dump(file: string, counts: KeyCounts, examples: Examples): void {
  const fs = require('fs') as typeof import('fs');
  const out: string[] = [];
  for (let e = 0; e < examples.ids.length; e++) {
    const ids = examples.ids[e];
    out.push(
      JSON.stringify([
        examples.labels[e],
        examples.weights[e],
        examples.kinds[e],
        Array.from(ids, (id, f) => [
          counts.keys[id],
          counts.bare[id],
          counts.gap[id],
          examples.localBare[e][f],
          examples.localGap[e][f],
        ]),
      ]),
    );
  }
  fs.writeFileSync(file, out.join('\n') + '\n');
}
