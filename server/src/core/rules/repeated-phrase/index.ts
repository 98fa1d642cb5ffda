// Repeated phrases: text written twice by mistake (doubled, warning), the same phrase again a few
// lines on (near repeat: a warning for a copied clause, information for a phrase restated in another
// clause), and a phrase worn out by use across the document (overuse, information). Fixed formulations
// repeat legitimately and are left out of the last two. Linear in the text: see repeated-phrase/find.

import { Severity } from '../../lib/findings';
import { defineRule, RuleContext } from '../../lib/rule';
import { clauseDeletion, endsClause, isClause, joined, tandemDeletion, wholeSentence } from './clause';
import { pairs, Pair, seeds, tandems } from './find';
import { Found, overuse, pairFinding, sayer } from './report';
import { buildStream, countable, oneCharacter, StreamCache, TokenStream } from './stream';
import { Formulations, wordingLength } from '../../lib/formulations';
import { CorpusTables } from '../../lib/tables';
import { placeholderRuns, touchesRun } from './placeholders';

/** The fixed formulations (规范提法) of current reports: said word for word, as often as needed. */
export const FIXED_PHRASES = [
  '以习近平新时代中国特色社会主义思想为指导',
  '以习近平同志为核心的党中央',
  '在以习近平同志为核心的党中央坚强领导下',
  '深刻领悟“两个确立”的决定性意义',
  '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
  '坚持稳中求进工作总基调',
  '完整准确全面贯彻新发展理念',
  '加快构建新发展格局',
  '着力推动高质量发展',
  '中国式现代化',
  '新质生产力',
  '党的二十大精神',
  '全面从严治党',
  '“三个代表”重要思想',
  '“五位一体”总体布局',
  '“四个全面”战略布局',
  // Earlier forms of the same formulations: repeated as freely in the years they were current
  // (outdated-term judges the year, not this rule).
  '以习近平同志为总书记的党中央',
  '党的十九大精神',
  '党的十八大精神',
];

/** Longer phrases are never formulations (and looking them up would cost a pass over their text). */
const FORMULATION_MAX_CHARS = 120;
/** A line without a sentence end up to this long reads as a title (see isNear). */
const TITLE_MAX_CHARS = 60;
/** Uses per 10,000 characters from which a phrase is worn out (in a document long enough for more than the minimum). */
const OVERUSE_PER_10K = 2;
/** Phrases with fewer characters of wording than this, numerals folded, are figures (see exempt). */
const DATA_MIN_CHARS = 6;
/** A phrase most of whose 8-character windows the corpus says across reports is a formulation. */
const FORMULATION_SHARE = 0.75;
/** A fixed formulation with this many characters more (a verb: 推进, 学习贯彻) repeats as freely. */
const VERB_CHARS = 4;
/** A phrase said twice inside one sentence is a slip from this length on. */
const DOUBLED_MIN_CHARS = 8;
/** Longer copies written back to back are found as repeats within the sentence. */
const TANDEM_MAX_TOKENS = 7;
/** Verbs whose doubling is ordinary speech (研究研究 "look into it"), not a slip like 推进推进. */
const REDUPLICATED = new Set(
  '研究 讨论 商量 考虑 学习 休息 了解 打听 锻炼 活动 整理 准备 总结 交流 沟通 检查 比较 分析 琢磨 收拾 打扫 清理 调查 思考 体会 体验 感受 放松 反思 合计 议论 认识 介绍 说明 解释 帮助 关心 照顾 溜达 走动 看望 考察 研讨 梳理 盘点 提醒 开导 鼓励 指点 熟悉 适应 练习 复习 意思 表示 聊聊 聊天 散散 见识 尝试 试验 比划 算计 掂量 斟酌'.split(
    ' ',
  ),
);

const messages = {
  doubled: { zh: '“{0}”连写了两遍', en: '"{0}" is written twice in a row' },
  inSentence: { zh: '“{0}”在同一句中出现了两次', en: '"{0}" occurs twice in one sentence' },
  near: { zh: '“{0}”与前文相距不远处重复', en: '"{0}" repeats a phrase written shortly before' },
  overuse: {
    zh: '“{0}”在全文中用了 {1} 次，可考虑变换表述',
    en: '"{0}" is used {1} times in the document; consider varying the wording',
  },
  first: { zh: '第一次出现在这里', en: 'First written here' },
  other: { zh: '同一短语的另一处使用', en: 'Another use of the same phrase' },
  delete: { zh: '删除重复的“{0}”', en: 'Delete the repeated "{0}"' },
};

/** The rule's own settings (gongwen.repeatedPhrase.*). */
const settings = {
  nearMinChars: {
    default: 10,
    minimum: 4,
    doc: {
      'zh-cn': '重复表述：近距离重复指至少这么多字（不计标点）的短语……',
      en: 'Repeated phrases: a near repeat is a phrase of at least this many characters (punctuation ignored)…',
    },
  },
  nearWindow: {
    default: 300,
    minimum: 0,
    doc: {
      'zh-cn': '……在同一段内或这么多字之内出现两次。',
      en: '…said twice within one paragraph or within this many characters.',
    },
  },
  overuseMinChars: {
    default: 8,
    minimum: 4,
    doc: {
      'zh-cn': '重复表述：过度使用统计至少这么多字的短语……',
      en: 'Repeated phrases: overuse counts phrases of at least this many characters…',
    },
  },
  overuseMinCount: {
    default: 3,
    minimum: 2,
    doc: { 'zh-cn': '……在全文中出现至少这么多次。', en: '…used at least this many times in the report.' },
  },
};

/** The context of this rule, for its helpers. */
export type Ctx = RuleContext<keyof typeof messages, 'fixedPhrases' | 'placeholder', typeof settings>;

/** The rule: doubled text, near repeats and overused phrases, on word boundaries. */
export const rule = defineRule({
  id: 'repeated-phrase',
  name: { 'zh-cn': '重复短语', en: 'Repeated phrase' },
  doc: {
    'zh-cn': '重复的短语：连写、近处重复、全文过度使用',
    en: 'doubled text (`推进推进`, a clause said twice in one sentence), near repeats, overused phrases (information); fixed formulations (规范提法) spared',
  },
  tags: ['repeat', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  reads: ['fixedPhrases', 'placeholder'],
  settings,
  messages,
  check(model, ctx) {
    const o = ctx.settings;
    const fixed = [...FIXED_PHRASES, ...ctx.options.fixedPhrases];
    const s = buildStream(model, fixed, ctx.memo<StreamCache>('stream', 1));
    const text = model.text;
    // One set of seeds serves all three kinds: the shortest threshold (each kind then checks its own).
    const seed = seeds(s, Math.max(2, Math.min(DOUBLED_MIN_CHARS, o.nearMinChars, o.overuseMinChars)));
    const mild: Severity = ctx.severity === 'hint' ? 'hint' : 'information';
    const say = sayer(ctx);
    const out: Found[] = [];
    // A phrase that is part of a fixed formulation (习近平新时代中国特色社会主义思想) repeats freely too.
    const fixedTexts = fixed.map((f) => (f.match(/[\p{L}\p{N}]+/gu) ?? []).join(''));
    const maxFixed = Math.max(0, ...fixedTexts.map((f) => f.length));
    // …and so does a formulation of the register: a phrase the corpus says word for word across
    // many independent reports (the phrase table), in its earlier and later forms.
    const formulations = formulationsOf(ctx.tables);
    const exempt = (a: number, len: number) => {
      const span = s.end[a + len - 1] - s.start[a];
      if (span > FORMULATION_MAX_CHARS) return false;
      const phraseText = text.slice(s.start[a], s.end[a + len - 1]);
      // Figures around a few words (比2019年增长, 万元，占比) are data, not wording worn out.
      if (wordingLength(phraseText) < DATA_MIN_CHARS) return true;
      if (formulations?.covers(phraseText, FORMULATION_SHARE)) return true;
      if (span > 2 * maxFixed + VERB_CHARS) return false;
      let phrase = '';
      for (let i = a; i < a + len; i++) phrase += s.token(i).word;
      // Inside a fixed formulation, or one with a verb in front (推进中国式现代化: a form newer than the corpus).
      return fixedTexts.some(
        (f) => f.includes(phrase) || (phrase.includes(f) && phrase.length - f.length <= VERB_CHARS),
      );
    };

    // Overuse across the document, first: what it reports as style is not said again below.
    // Worn out is a matter of density: three uses in a short summary, more in a long report.
    const minUses = Math.max(o.overuseMinCount, Math.ceil((OVERUSE_PER_10K * s.cs[s.n]) / 10_000));
    const overused = overuse(say, text, s, seed, o.overuseMinChars, minUses, mild, exempt);
    const styled = (p: Pair) => overused.coverEnd[p.late] >= p.late + p.len;

    // Doubled text: back to back, or 8+ characters twice in one sentence (fixed formulations too).
    const reported = new Uint8Array(s.n); // later copies already reported as doubled text
    for (const p of tandems(s, TANDEM_MAX_TOKENS, (i, m) => tandemWorthy(text, s, i, m) && !oneCharacter(s, i, m))) {
      reported.fill(1, p.late, p.late + p.len);
      out.push(pairFinding(say, ctx.fix, text, s, p, 'doubled', tandemDeletion(s, p.early, p.len), true));
    }
    const inSentence = (a: number, x: number) => s.sent[a] === s.sent[x];
    const isData = (p: Pair) => wordingLength(text.slice(s.start[p.late], s.end[p.late + p.len - 1])) < DATA_MIN_CHARS;
    for (const p of pairs(
      s,
      seed,
      { of: s.sent, end: s.sentEnd },
      DOUBLED_MIN_CHARS,
      inSentence,
      inSentence,
      reported,
    )) {
      if (oneCharacter(s, p.late, p.len)) continue;
      reported.fill(1, p.late, p.late + p.len);
      // A whole clause said again, or a predicate, is a slip; a term used twice (两岸关系和平发展…) is style.
      const fix = clauseDeletion(text, s, p.late, p.len);
      const opening = s.token(p.late);
      // …and so is a clause said again with a word in front (干部作风还需进一步转变，部分干部作风还需进一步转变):
      // parallel clauses (城镇居民收入增长6%，农村居民收入增长7%) differ at their ends.
      const restated = endsClause(text, s, p.early, p.len) && endsClause(text, s, p.late, p.len);
      const slip = fix !== undefined || restated || PREDICATE.test(opening.tag) || ADVERBIAL.has(opening.word);
      // A formulation (or a figure) used twice in a sentence is the register's way, unless a whole clause is said again.
      if (fix === undefined && !restated && (isData(p) || (formulations && exempt(p.late, p.len)))) continue;
      if (!slip && styled(p)) continue;
      out.push(pairFinding(say, ctx.fix, text, s, p, 'inSentence', fix, true, slip ? undefined : mild));
    }

    // Near repeats: 10+ characters again within the paragraph or the window, fixed formulations aside.
    const within = (a: number, x: number) =>
      s.para[a] === s.para[x] || s.start[x] - s.end[seed.end[a] - 1] <= o.nearWindow;
    // A short line with no sentence end is a title or a list entry (a news headline, a post in a bio):
    // said again it is structure, like a heading, not a copied clause.
    const titleLike = model.paragraphs.map((q) => q.end - q.start <= TITLE_MAX_CHARS && !/[。！？；.!?;]/.test(q.text));
    const isNear = (a: number, x: number) =>
      s.sent[a] !== s.sent[x] && !s.heading[a] && !s.heading[x] && !titleLike[s.para[a]] && !titleLike[s.para[x]];
    const sentence = { of: s.sent, end: s.sentEnd };
    for (const p of joinSentences(s, pairs(s, seed, sentence, o.nearMinChars, isNear, within, reported))) {
      if (Math.min(countable(s, p.early, p.early + p.len), countable(s, p.late, p.late + p.len)) < o.nearMinChars)
        continue;
      if (exempt(p.late, p.len) || oneCharacter(s, p.late, p.len)) continue;
      // Copied clauses are slips; a phrase restated inside different clauses is a matter of style.
      const slip = isClause(text, s, p.early, p.len) && isClause(text, s, p.late, p.len);
      if (!slip && styled(p)) continue;
      const early = wholeSentence(text, s, p.early, p.len);
      const late = wholeSentence(text, s, p.late, p.len);
      const copied = early && late && text.slice(early.start, early.end) === text.slice(late.start, late.end);
      const fix = copied ? late : clauseDeletion(text, s, p.late, p.len);
      out.push(pairFinding(say, ctx.fix, text, s, p, 'near', fix, !!copied, slip ? undefined : mild));
    }
    // Blanks marked with the placeholder are no wording: a repeat taking one in is none.
    const runs = placeholderRuns(text, ctx.options.placeholder);
    for (const f of out.concat(overused.findings)) {
      if (touchesRun(runs, f.span.start, f.span.end)) continue;
      ctx.report(f.span, f.key, f.args, f.fixes, { severity: f.severity, related: f.related });
    }
  },
});

/** The phrase table's lookup, made once and kept with the tables; undefined when the host loaded none. */
function formulationsOf(tables: CorpusTables): Formulations | undefined {
  const phrases = tables.phrases;
  return phrases && tables.derive('phrases/formulations', () => new Formulations(phrases));
}

/** Joins repeats of consecutive sentences copied together (a pasted passage) into one. */
function joinSentences(s: TokenStream, found: Pair[]): Pair[] {
  const out: Pair[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    const follows =
      last &&
      p.late === last.late + last.len &&
      p.early === last.early + last.len &&
      s.para[p.late] === s.para[last.late];
    if (follows && s.sent[p.late] !== s.sent[last.late]) last.len += p.len;
    else out.push({ ...p });
  }
  return out;
}

/** Tags of a word that opens a predicate (verbs, adverbs, states, set phrases): 认真落实…、进一步加强…、深入开展… */
const PREDICATE = /^(v|vd|vi|vg|d|ad|a|z|i|l)$/;
/** Adverbial words the segmenter tags as nouns (着力/n 推进). */
const ADVERBIAL = new Set(
  '着力 全力 大力 努力 全面 持续 切实 积极 扎实 深入 不断 加快 统筹 坚决 始终 进一步'.split(' '),
);

/** Written twice in a row: one word of 2+ Han characters (not 研究研究, not 一步一步), or 2+ words. */
function tandemWorthy(text: string, s: TokenStream, i: number, m: number): boolean {
  if (!joined(text, s, i + m, m === 1)) return false;
  const words = Array.from({ length: m }, (_, k) => s.token(i + k));
  if (words.every((t) => t.tag.startsWith('m') || t.tag.startsWith('q'))) return false;
  if (m > 1) return s.cs[i + m] - s.cs[i] >= 3;
  return /^\p{Script=Han}{2,}$/u.test(words[0].word) && !REDUPLICATED.has(words[0].word);
}
