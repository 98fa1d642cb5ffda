// Repeated phrases, judged by structure (see structure.ts): what drafters actually leave behind — the
// same word or clause written twice in a row (推进推进, 坚持稳中求进、坚持稳中求进), a clause written
// again further on in its sentence or restated inside another, a sentence said again nearly word for
// word (an edit's leftover) — as warnings; a whole clause said again in the next sentence and a
// drafter's habits (overuse.ts) as information. The register's own figures of speech (series,
// chaining, chiasmus, lists of names, restatements across paragraphs) and fixed formulations are no
// repeats. Each paragraph's part is made once per paragraph text (paragraph.ts); what spans paragraphs
// (near-identical sentences, habits) is merged from those parts.

import { Severity } from '../../lib/findings';
import { defineRule, RuleContext } from '../../lib/rule';
import { Formulations, wordingLength } from '../../lib/formulations';
import { CorpusTables } from '../../lib/tables';
import { Paragraph } from '../../model';
import { DocumentCounts } from './document';
import { habits } from './overuse';
import { paragraphPart, ParagraphPart } from './paragraph';
import { touchesRun } from './placeholders';
import { Found, reportFound, sayer } from './report';
import { acrossParagraphs } from './sentences';
import { Frame } from './stream';

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
/** Uses per 10,000 characters from which a phrase is worn out (in a document long enough for more than the minimum). */
const OVERUSE_PER_10K = 2;
/**
 * …in a law or regulation, whose precision repeats its terms and procedures word for word: complete
 * laws (tune part) use their own phrases about this often and this many times (chosen with
 * `npm run bench:structure -- --part tune`: about 0.4 notes per law).
 */
const OVERUSE_PER_10K_LAW = 15;
const OVERUSE_MIN_LAW = 5;
/** A document with this many articles (第十一条 at a paragraph's start) is a law or regulation. */
const ARTICLES_MIN = 3;
/** Phrases with fewer characters of wording than this, numerals folded, are figures (see exempt). */
const DATA_MIN_CHARS = 6;
/** A phrase most of whose 8-character windows the corpus says across reports is a formulation. */
const FORMULATION_SHARE = 0.75;
/** A fixed formulation with this many characters more (a verb: 推进, 学习贯彻) repeats as freely. */
const VERB_CHARS = 4;

const messages = {
  doubled: { zh: '“{0}”连写了两遍', en: '"{0}" is written twice in a row' },
  inSentence: { zh: '“{0}”在同一句中出现了两次', en: '"{0}" occurs twice in one sentence' },
  near: { zh: '“{0}”与前文一句几乎相同', en: '"{0}" nearly repeats a sentence written shortly before' },
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
      'zh-cn': '重复表述：几乎相同的两句，较短的一句至少这么多字（不计标点和规范提法）……',
      en: 'Repeated phrases: two nearly identical sentences, the shorter of at least this many characters (punctuation and fixed formulations ignored)…',
    },
  },
  nearWindow: {
    default: 300,
    minimum: 0,
    doc: {
      'zh-cn': '……在同一段内或相隔这么多字之内（跨段时须一字不差）。',
      en: '…within one paragraph, or within this many characters (across paragraphs: word for word).',
    },
  },
  overuseMinChars: {
    default: 8,
    minimum: 4,
    doc: {
      'zh-cn': '重复表述：行文习惯（以动词或副词开头、语料中少见的说法）统计至少这么多字的短语……',
      en: 'Repeated phrases: habits (phrases opening with a verb or adverb that the corpus rarely says) count phrases of at least this many characters…',
    },
  },
  overuseMinCount: {
    default: 3,
    minimum: 2,
    doc: {
      'zh-cn': '……在全文中出现至少这么多次（长文按每万字 2 次、法规按每万字 15 次且至少 5 次计）。',
      en: '…used at least this many times in the report (in a long one 2 per 10,000 characters; in a law 15 per 10,000 and at least 5).',
    },
  },
};

/** The context of this rule, for its helpers. */
export type Ctx = RuleContext<keyof typeof messages, 'fixedPhrases' | 'placeholder', typeof settings>;

/** Findings per document at most, besides the overuse notes (see overuse.ts): the first in document order. */
export const FINDINGS_MAX = 100;

/** The rule: doubled text, near-identical sentences and a drafter's habits, judged by structure. */
export const rule = defineRule({
  id: 'repeated-phrase',
  name: { 'zh-cn': '重复短语', en: 'Repeated phrase' },
  doc: {
    'zh-cn':
      '重复的短语：连写、同句重复的分句、近乎相同的句子、行文习惯（提示）；排比、顶真、回环、名称列举和规范提法不算重复',
    en: "doubled text (`推进推进`, a clause written twice), near-identical sentences, a drafter's habits (information); series, chaining, chiasmus, lists of names and fixed formulations are no repeats",
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
    const placeholder = ctx.options.placeholder;
    const title = model.title;
    const frame = (p: Paragraph): Frame => ({
      headingEnd: p.heading ? p.heading.title.end - p.start : -1,
      title:
        title && title.start < p.end && title.end > p.start
          ? { start: title.start - p.start, end: title.end - p.start }
          : undefined,
    });
    const formulations = formulationsOf(ctx.tables);
    const formulation = (text: string) => formulations?.covers(text, FORMULATION_SHARE) ?? false;
    const parts = ctx.contributions(
      'parts',
      (p) => paragraphPart(p, frame(p), fixed, placeholder, o, formulation),
      // The tokens follow from the text and the dictionaries (the same for the caches' life, as the
      // parser's own parts): what else a part depends on is whether it is segmented yet, its heading
      // sentence and the title in it.
      (p) => {
        if (!p.tokens) return '-';
        if (!p.heading && !(title && title.start < p.end && title.end > p.start)) return '';
        const f = frame(p);
        return `${f.headingEnd}\u0001${f.title ? `${f.title.start},${f.title.end}` : ''}`;
      },
    );
    // The counts across paragraphs, kept with the document and brought up to date from the parts that changed.
    const memo = ctx.memo<DocumentCounts>('counts', 1);
    let counts = memo.get('');
    if (!counts) memo.set('', '', (counts = new DocumentCounts()));
    counts.update(parts);
    const say = sayer(ctx);
    const mild: Severity = ctx.severity === 'hint' ? 'hint' : 'information';
    const out: Array<{ found: Found; by: number }> = [];
    for (const { paragraph, own } of parts) for (const f of own.findings) out.push({ found: f, by: paragraph.start });
    const law = counts.articles >= ARTICLES_MIN;
    for (const f of acrossParagraphs(parts, counts.sentences, o.nearWindow, formulation, law))
      if (!touchesAnyRun(parts, f)) out.push({ found: f, by: 0 });
    out.sort((a, b) => a.found.span.start + a.by - (b.found.span.start + b.by));
    for (const { found, by } of out.slice(0, FINDINGS_MAX)) reportFound(ctx, say, found, by, mild);

    // A drafter's habits: worn out is a matter of density (three uses in a short summary, more in a long report).
    const density = law ? OVERUSE_PER_10K_LAW : OVERUSE_PER_10K;
    const minUses = Math.max(
      o.overuseMinCount,
      law ? OVERUSE_MIN_LAW : 0,
      Math.ceil((density * counts.chars) / 10_000),
    );
    counts.habits.setThreshold(minUses);
    for (const f of habits(counts.habits, parts, o.overuseMinChars, minUses, exemption(ctx.tables, fixed))) {
      if (touchesAnyRun(parts, f)) continue;
      reportFound(ctx, say, f, 0, mild);
    }
  },
});

/** True when a finding (document offsets) or one of its related locations takes in a marked blank. */
function touchesAnyRun(parts: ReadonlyArray<{ paragraph: Paragraph; own: ParagraphPart }>, f: Found): boolean {
  for (const span of [f.span, ...f.related]) {
    const x = parts.find((q) => q.paragraph.start <= span.start && span.start < q.paragraph.end);
    if (x && touchesRun(x.own.runs, span.start - x.paragraph.start, span.end - x.paragraph.start)) return true;
  }
  return false;
}

/**
 * What overuse never counts: figures around a few words (比2019年增长, 万元，占比), formulations the
 * corpus says across reports (the phrase table), fixed formulations and parts of them, and a fixed
 * formulation with a verb in front (推进中国式现代化).
 */
function exemption(tables: CorpusTables, fixed: readonly string[]): (phrase: string, words: string[]) => boolean {
  const formulations = formulationsOf(tables);
  const fixedTexts = fixed.map((f) => (f.match(/[\p{L}\p{N}]+/gu) ?? []).join(''));
  const maxFixed = Math.max(0, ...fixedTexts.map((f) => f.length));
  return (phraseText, words) => {
    if (phraseText.length > FORMULATION_MAX_CHARS) return false;
    if (wordingLength(phraseText) < DATA_MIN_CHARS) return true;
    if (formulations?.covers(phraseText, FORMULATION_SHARE)) return true;
    const phrase = words.join('');
    if (phrase.length > 2 * maxFixed + VERB_CHARS) return false;
    return fixedTexts.some((f) => f.includes(phrase) || (phrase.includes(f) && phrase.length - f.length <= VERB_CHARS));
  };
}

/** The phrase table's lookup, made once and kept with the tables; undefined when the host loaded none. */
function formulationsOf(tables: CorpusTables): Formulations | undefined {
  const phrases = tables.phrases;
  return phrases && tables.derive('phrases/formulations', () => new Formulations(phrases));
}
