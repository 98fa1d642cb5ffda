// server/data/slots.json: how often complete text writes a number before a unit or measure word,
// by context. For every place in the tune part where a unit stands (个, 万元, 人次, % …), with or
// without a number before it, the characters around it are counted (server/src/core/lib/slots/
// evidence.ts: the unit alone, one or two characters before, one after, one on either side); the rule
// then weighs, for a unit written with no number (开展专题调研次), how often complete text has one
// there. Also: the units (the slot lists and the measure words of the tagged corpus), how often
// complete text writes each verb of the 等 rule before 等, and the rule's thresholds. Contexts seen
// fewer than MIN_SEEN times are dropped; counts are quantised to quarter powers of two.

import { corpusDocuments, taggedSentences } from '../corpus';
import { encodeCounts, featureKeys, unitSites, UnitMatcher } from '../../server/src/core/lib/slots/evidence';
import { CARRIER_VERBS } from '../../server/src/core/rules/placeholder/finders';
import { HARD_UNITS, MULTIPLIED_UNITS, SOFT_UNITS, SYMBOL_UNITS } from '../../server/src/core/lib/slots/units';

/** A context is kept when seen this often (the unit alone always is). */
const MIN_SEEN = 3;
/** Measure words the tagged corpus puts after a number at least this often join the list. */
const MIN_TAGGED = 20;
/** Dates and times: blank dates are judged by their own rule, and 年 after a number is mostly a year. */
const NOT_UNITS = new Set([
  '年',
  '月',
  '日',
  '时',
  '分',
  '秒',
  '号',
  '周年',
  '周',
  '天',
  '夜',
  '岁',
  '代',
  '分钟',
  '小时',
  '下',
  '成',
  '点',
  '里',
  '方',
  '面',
  '段',
  '身',
  '任',
  '员',
  '行',
  '门',
  '路',
  '线',
  '度',
  '角',
  '系列',
  // Currencies that are also names (马克思), and measure words that are mostly other words (对, 把, 道, 层…).
  '马克',
  '对',
  '把',
  '口',
  '间',
  '声',
  '眼',
  '刀',
  '丝',
  '番',
  '局',
  '曲',
  '道',
  '笔',
  '封',
  '盘',
  '集',
  '层',
  '首',
  '股',
  '回',
  '双',
  '顿',
  '片',
  '级',
]);
const MULTIPLIERS = ['万', '亿', '万亿', '千万', '百万'];
/** missing-number's operating point, chosen on the tune part (npm run bench:accuracy -- --part tune). */
const THRESHOLDS = { information: 0.85, warning: 0.9 };

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

export function build(): unknown {
  const list = units();
  const matcher = new UnitMatcher(list);
  const index = new Map<string, number>();
  let withNumber = new Int32Array(1 << 20);
  let without = new Int32Array(1 << 20);
  const count = (key: string, numbered: boolean) => {
    let i = index.get(key);
    if (i === undefined) {
      i = index.size;
      index.set(key, i);
      if (i >= withNumber.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        withNumber = grow(withNumber);
        without = grow(without);
      }
    }
    if (numbered) withNumber[i]++;
    else without[i]++;
  };
  const beforeDeng: Record<string, number> = {};
  for (const doc of corpusDocuments('tune')) {
    const text = doc.text;
    for (const v of CARRIER_VERBS) {
      for (let at = text.indexOf(v + '等'); at >= 0; at = text.indexOf(v + '等', at + 1))
        beforeDeng[v] = (beforeDeng[v] ?? 0) + 1;
    }
    for (const { u0, unit, n0 } of unitSites(text, matcher)) {
      for (const key of featureKeys(text, n0, unit, u0 + unit.length)) count(key, n0 < u0);
    }
  }
  const kept: Record<string, number> = {};
  for (const key of [...index.keys()].sort()) {
    const i = index.get(key)!;
    const n = withNumber[i] + without[i];
    if (!key.includes('|') || n >= MIN_SEEN) kept[key] = encodeCounts(without[i], withNumber[i]);
  }
  const deng = Object.fromEntries(Object.entries(beforeDeng).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { thresholds: THRESHOLDS, units: list, beforeDeng: deng, contexts: kept };
}
