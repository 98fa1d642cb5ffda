// What one paragraph contributes, made once per paragraph text (and kept by the runner): the slips
// found inside it, its sentences' keys for the near-identical sentences of neighbouring paragraphs,
// and the phrases it offers to the count of habits. Everything is relative to the paragraph.

import { Paragraph, Span } from '../../model';
import { placeholderRuns, touchesRun } from './placeholders';
import { clauseText, spanOf, tandemDeletion } from './clause';
import { pairs, Pair, seeds, tandems } from './find';
import { Found } from './report';
import { nearFinding, nearIdentical, SentenceIndex, sentenceKeys, SentenceKey } from './sentences';
import { countable, Frame, oneCharacter, paragraphStream, phraseKey, TokenStream } from './stream';
import { pastedRuns, restated } from './structure';
import { excerpt } from '../../text';

/** A law or regulation: a paragraph opening with an article number (第十一条). */
const ARTICLE = /^\s*第[一二三四五六七八九十百千零〇0-9]+条/;

/** The settings a paragraph's part depends on. */
export interface PartSettings {
  nearMinChars: number;
  overuseMinChars: number;
}

/** One paragraph's contribution. */
export interface ParagraphPart {
  stream: TokenStream;
  /** Slips inside the paragraph. */
  findings: Found[];
  /** Its sentences, for sentences said again across paragraphs, and their keys (the words of each). */
  sentences: SentenceKey[];
  sentenceKeys: Float64Array;
  /** It opens with an article number (第十一条): a law's. */
  article: boolean;
  /** Phrases offered to the count of habits (see overuse.ts): a key per phrase, and the stream index it starts at. */
  keys: Float64Array;
  habitAt: Int32Array;
  /** Where blanks marked with the placeholder run (a repeat taking one in is none). */
  runs: Span[];
}

/** A phrase said twice inside one sentence is a slip from this length on when one copy is a whole clause. */
const RESTATED_MIN_CHARS = 8;
/** …and from this many Han characters on when both are (a clause pasted twice), right after the first… */
const PASTED_MIN_HAN = 3;
/** …or further on in the sentence. */
const PASTED_APART_MIN_HAN = 5;
/** Longer copies written back to back are found as repeats within the sentence. */
const TANDEM_MAX_TOKENS = 7;
/** Verbs whose doubling is ordinary speech (研究研究 "look into it"), not a slip like 推进推进. */
const REDUPLICATED = new Set(
  '研究 讨论 商量 考虑 学习 休息 了解 打听 锻炼 活动 整理 准备 总结 交流 沟通 检查 比较 分析 琢磨 收拾 打扫 清理 调查 思考 体会 体验 感受 放松 反思 合计 议论 认识 介绍 说明 解释 帮助 关心 照顾 溜达 走动 看望 考察 研讨 梳理 盘点 提醒 开导 鼓励 指点 熟悉 适应 练习 复习 意思 表示 聊聊 聊天 散散 见识 尝试 试验 比划 算计 掂量 斟酌'.split(
    ' ',
  ),
);
/** Tags of a word that opens a predicate (verbs, adverbs, states, set phrases): 认真落实…、进一步加强…、深入开展… */
const PREDICATE = /^(v|vd|vi|vg|d|ad|a|z|i|l)$/;
/** Tags of nouns, names, numbers and words the tagger does not know (mostly names). */
const NOMINAL = /^(n|nr|ns|nt|nz|ng|nrt|nrfg|j|vn|an|x|m|q|eng)$/;
/** Adverbial words the segmenter tags as nouns (着力/n 推进). */
const ADVERBIAL = new Set(
  '着力 全力 大力 努力 全面 持续 切实 积极 扎实 深入 不断 加快 统筹 坚决 始终 进一步'.split(' '),
);

/**
 * The part of paragraph `p`: `frame` marks its heading sentence and the title in it; `formulation`
 * tells a sentence the register says word for word (spared as a near-identical sentence).
 */
export function paragraphPart(
  p: Paragraph,
  frame: Frame,
  fixed: readonly string[],
  placeholder: string,
  o: PartSettings,
  formulation: (text: string) => boolean,
): ParagraphPart {
  const s = paragraphStream(p, frame, fixed);
  const findings: Found[] = [];
  const reported = new Uint8Array(s.n); // later copies already reported
  const quote = (a: number, len: number) => {
    const span = spanOf(s, a, len);
    return excerpt(s.text.slice(span.start, span.end));
  };
  const found = (pr: Pair, key: Found['key'], fix?: Found['fix'], mild?: boolean) => {
    reported.fill(1, pr.late, pr.late + pr.len);
    findings.push({
      span: spanOf(s, pr.late, pr.len),
      key,
      args: [quote(pr.late, pr.len)],
      fix,
      related: [{ ...spanOf(s, pr.early, pr.len), key: 'first' }],
      mild,
    });
  };

  // Written twice in a row inside a clause: a word or words (推进推进, 完成固定资产投资完成固定资产投资).
  for (const pr of tandems(s, TANDEM_MAX_TOKENS, (i, m) => tandemWorthy(s, i, m) && !oneCharacter(s, i, m)))
    found(pr, 'doubled', { span: tandemDeletion(s, pr.early, pr.len), safe: true });

  // Whole clauses said again in their sentence: right after themselves or further on (a paste).
  for (const r of pastedRuns(s, PASTED_MIN_HAN, PASTED_APART_MIN_HAN)) {
    const la = s.clauseStart[r.late.first];
    const lb = s.clauseEnd[r.late.last];
    if (reported[la]) continue;
    reported.fill(1, la, lb);
    const late = clauseText(s, r.late.first, r.late.last);
    const early = clauseText(s, r.early.first, r.early.last);
    const copy = s.text.slice(late.start, late.end);
    // The earlier copy as far as the words match: without light words the later copy does not repeat.
    if (r.late.from === la && r.early.from > s.clauseStart[r.early.first]) early.start = s.start[r.early.from];
    // Deleting the copy with the mark before it gives the sentence back; when the copies differ in
    // their light words or marks (始终坚持… after 坚持…), only after a look.
    findings.push({
      span: { start: late.start, end: late.end },
      key: r.adjacent ? 'doubled' : 'inSentence',
      args: [excerpt(copy)],
      fix: { span: { start: late.mark, end: late.end }, safe: copy === s.text.slice(early.start, early.end) },
      related: [{ start: early.start, end: early.end, key: 'first' }],
    });
  }

  // A clause restated in the next one (我县坚持…，始终坚持…; …，确保切实抓好…落到实处).
  const seed = seeds(s, PASTED_MIN_HAN);
  const sameSentence = (a: number, x: number) => s.sent[a] === s.sent[x];
  const sentence = { of: s.sent, end: s.sentEnd };
  for (const pr of pairs(s, seed, sentence, RESTATED_MIN_CHARS, sameSentence, sameSentence, reported)) {
    if (oneCharacter(s, pr.late, pr.len)) continue;
    if (restated(s, pr, RESTATED_MIN_CHARS)) found(pr, 'inSentence');
  }

  // Sentences of the paragraph said again nearly word for word (an edit's leftover); not a sentence
  // quoted beside another (an amendment's old and new wording: “…”修改为：“…”) nor a formulation.
  const said = sentenceKeys(s, o.nearMinChars);
  const earlier = new SentenceIndex();
  said.forEach((late, j) => {
    for (const i of earlier.candidates(late)) {
      const near = nearIdentical(s, said[i], s, late);
      if (!near || reported[late.b]) continue;
      if (/[“”"「」]/.test(s.text.slice(s.end[said[i].e - 1], s.start[late.b]))) continue;
      if (formulation(s.text.slice(s.start[late.b], s.end[late.e - 1]))) continue;
      findings.push(nearFinding(s, said[i], s, late, near, quote(late.b, late.e - late.b)));
      reported.fill(1, late.b, late.e);
      break;
    }
    earlier.add(late, j);
  });
  // Phrases that open with a predicate, offered to the count of habits (see overuse.ts).
  const habitKeys: number[] = [];
  const habitAt: number[] = [];
  let e = 0;
  for (let i = 0; i < s.n; i++) {
    if (s.heading[i] || !opensPredicate(s, i)) continue;
    const end = s.clauseEnd[s.clause[i]];
    if (e < i) e = i;
    while (e < end && countable(s, i, e) < o.overuseMinChars) e++;
    if (countable(s, i, e) < o.overuseMinChars) continue;
    habitKeys.push(phraseKey(s, i, e));
    habitAt.push(i);
  }
  const runs = placeholderRuns(p.text, placeholder);
  return {
    stream: s,
    findings: findings.filter((f) => !touchesRun(runs, f.span.start, f.span.end)),
    sentences: said,
    sentenceKeys: Float64Array.from(said, (k) => k.whole),
    article: ARTICLE.test(p.text),
    keys: Float64Array.from(habitKeys),
    habitAt: Int32Array.from(habitAt),
    runs,
  };
}

/**
 * True when token i opens a predicate: a verb, an adverb, a state, a set phrase (or an adverb tagged
 * as a noun), not right after a noun of its clause (排查化解 in 矛盾纠纷排查化解工作 is inside a name).
 */
export function opensPredicate(s: TokenStream, i: number): boolean {
  const t = s.token(i);
  if (!PREDICATE.test(t.tag) && !ADVERBIAL.has(t.word)) return false;
  return i === s.clauseStart[s.clause[i]] || !NOMINAL.test(s.token(i - 1).tag);
}

/**
 * Written twice in a row inside a clause: one word of 2+ Han characters (not 研究研究), or 2+ words
 * (not 一个问题一个问题, counted one by one).
 */
function tandemWorthy(s: TokenStream, i: number, m: number): boolean {
  // Copies set off by a mark are whole clauses: see pastedRuns.
  if (s.end[i + m - 1] !== s.start[i + m] || s.clause[i] !== s.clause[i + 2 * m - 1]) return false;
  const first = s.token(i);
  if (first.tag.startsWith('m')) return false;
  if (m > 1) return s.cs[i + m] - s.cs[i] >= 3;
  return /^\p{Script=Han}{2,}$/u.test(first.word) && !REDUPLICATED.has(first.word);
}
