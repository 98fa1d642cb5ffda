// The unfilled template slots other than numbers: 某某, masks standing for names (*市, XX同志),
// empty “” 《》 （）, hints left in (（县名）), …… standing for text, and a name missing before 等.

import { Paragraph, ReportModel, Span, Token } from '../../model';
import { findMasks } from '../../lib/slots/masks';
import { isBoundary } from '../../lib/slots/text';
import { charAt, charBefore, isHan, trimBlanks } from '../../text';

export type SlotKind = 'known' | 'mask' | 'someone' | 'empty' | 'hint' | 'ellipsis' | 'beforeDeng';

export interface Slot extends Span {
  kind: SlotKind;
  /** What a value replaces (an empty span: where it is inserted). */
  target: Span;
  /** Plausible, not certain: reported as a note. */
  mild?: boolean;
}

/** Every slot of the paragraph, in order, none overlapping another. */
export function findSlots(
  model: ReportModel,
  p: Paragraph,
  placeholder: string,
  beforeDeng?: Readonly<Record<string, number>>,
): Slot[] {
  const text = model.text;
  const found: Slot[] = [];
  const add = (kind: SlotKind, start: number, end: number, target: Span = { start, end }) =>
    found.push({ kind, start, end, target });

  // The document's own placeholder first: it must not read as a hint (【待填】) or an empty pair.
  if (placeholder) {
    for (let at = p.text.indexOf(placeholder); at >= 0; at = p.text.indexOf(placeholder, at + placeholder.length)) {
      add('known', p.start + at, p.start + at + placeholder.length);
    }
  }
  for (const mask of findMasks(model, p, placeholder)) {
    if (mask.kind !== 'name') continue;
    // **（县名）: the mask and its hint are one slot.
    const hint = HINT_AT.exec(text.slice(mask.end, mask.end + 16));
    const end = hint && isHint(hint[1]) ? mask.end + hint[0].length : mask.end;
    add('mask', mask.start, end);
  }
  for (const m of p.text.matchAll(SOMEONE)) {
    const start = p.start + m.index!;
    // 张某某: a person's name withheld, not a blank; but 任某某局 is "serves as head of the ___ bureau".
    const next = text.slice(start + m[0].length, start + m[0].length + 2);
    if (SURNAME.test(charBefore(text, start)) && !PLACE_OR_BODY.test(next)) continue;
    // 寇某某假冒, 身边的某某去创业: after a word and before a verb, 某某 is someone unnamed, not a blank;
    // a blank names a place, a body or a person's title (某某县, 某某同志), or stands alone.
    if (
      m[0].length >= 2 &&
      isHan(charBefore(text, start)) &&
      !isBoundary(charBefore(text, start)) &&
      !PLACE_OR_BODY.test(next) &&
      !/^(同志|领导|书记|主任|等|[，。、；：）)”]|$)/.test(next)
    )
      continue;
    add('someone', start, start + m[0].length);
  }
  for (const m of p.text.matchAll(EMPTY_PAIR)) {
    const start = p.start + m.index!;
    const inside = start + 1;
    add('empty', start, start + m[0].length, { start: inside, end: start + m[0].length - 1 });
  }
  for (const m of p.text.matchAll(HINT)) {
    if (!isHint(m[1])) continue;
    const start = p.start + m.index!;
    add('hint', start, start + m[0].length);
  }
  for (const m of p.text.matchAll(/…+|\.{3,}|。{3,}/g)) {
    const start = p.start + m.index!;
    const end = start + m[0].length;
    const before = charBefore(text, start);
    const after = charAt(text, end);
    // Inside a phrase (围绕……主题, 关于……的通知): a word that takes an object before it. Elsewhere an
    // ellipsis closes a list or a thought (A、B……; 稳定运行……短短二十年), as complete text writes it.
    if (
      isHan(before) &&
      !isBoundary(before) &&
      isHan(after) &&
      !/[等之]/.test(after) &&
      TAKES_OBJECT.test(text.slice(Math.max(p.start, start - 2), start))
    )
      add('ellipsis', start, end);
  }
  if (p.tokens)
    findMissingBeforeDeng(text, p.tokens, beforeDeng, (start, end, target, mild) =>
      found.push({ kind: 'beforeDeng', start, end, target, mild }),
    );
  return nonOverlapping(found);
}

/** Words a template's ellipsis follows (围绕……主题): prepositions and verbs of a title. */
const TAKES_OBJECT =
  /(围绕|关于|对|以|在|就|按照|根据|开展|举办|召开|参加|印发|学习|落实|推进|做好|加强|深化|聚焦|针对|通过|为|于|和|与|及)$/;

/** Hints a template leaves in brackets: （县名） （单位名称） （填写日期）. */
const HINT_WORDS =
  /县名|市名|区名|乡名|镇名|村名|省名|名称|姓名|人名|地名|填写|填入|待填|待补|待定|待核|待确认|待更新|请填|请输入|日期|数字|金额|数值|具体数/;
const HINT = /[（(【〔［]([^（）()【】〔〕［］\r\n]{1,12})[）)】〕］]/g;
const HINT_AT = /^[（(【〔［]([^（）()【】〔〕［］\r\n]{1,12})[）)】〕］]/;
const HINT_AT_END = new RegExp(`(?:${HINT_WORDS.source})$`);
/**
 * A template's hint names what to fill in, ending with it (（县名）, （单位名称）, （填写日期）) or asking for
 * it (（填写…）, （请…）); 【数字十年】 (a column's title) and （按姓名笔划为序） (an order) are complete text.
 */
function isHint(inner: string): boolean {
  const t = trimBlanks(inner);
  const hint = HINT_AT_END.test(t) || /^(?:填写|填入|请填|请输入|待填|待补)/.test(t);
  return t.length <= 10 && hint && !/[0-9０-９〇零一二三四五六七八九十百千]/.test(inner);
}

const SOMEONE = /某{2,}|某(?=[市县区镇乡村省州]|街道|社区|同志)/g;
const SURNAME =
  /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/;
/** What follows the name of a place or a body (某某局, 某某县, 某某办公室): not a person's name. */
const PLACE_OR_BODY = /^(?:[市县区镇乡村省州局委办厅部处科院校站所队]|街道|社区|公司|集团|中心|单位)/;
const EMPTY_PAIR =
  /“[ \t\u3000]*”|《[ \t\u3000]*》|（[ \t\u3000]*）|\([ \t\u3000]*\)|【[ \t\u3000]*】|「[ \t\u3000]*」|『[ \t\u3000]*』|〈[ \t\u3000]*〉|‘[ \t\u3000]*’/g;

/** Verbs that take a named object: with 等 right after them, the names before 等 are missing. */
export const CARRIER_VERBS =
  '开展|举办|举行|组织|引进|引入|培育|打造|创建|实施|推进|推动|落实|制定|出台|印发|修订|建立|成立|设立|召开|签订|签约|培养|聘请|邀请|争取|申报|编制|发放|采取|依托|参加|参与|承办|主办|开发|推出|创办|扶持|吸引|招引|对接|走访|慰问|联合|会同|发布|编印|评选|表彰|认定|建成|启动|选树|评定|配备|购置|新建|改造|整治|引导'.split(
    '|',
  );
const CARRIER_VERB = new RegExp(`(${CARRIER_VERBS.join('|')})$`);
/** Nouns that follow a list of actions (学习宣传贯彻等环节): 等 there closes verbs, nothing is missing. */
const ACTION_NOUN =
  /^(环节|方面|方式|形式|手段|途径|渠道|举措|措施|过程|领域|工作|行为|活动中|问题|情况|各项|一系列|多种|多项)/;

/** How often complete text (the slot table's count) writes a verb before 等 for it to end a list there. */
const DENG_SEEN = 3;

/** 组织开展等主题活动, 引进等龙头企业: a carrier verb directly before 等, not ending a list. */
function findMissingBeforeDeng(
  text: string,
  tokens: readonly Token[],
  beforeDeng: Readonly<Record<string, number>> | undefined,
  add: (start: number, end: number, target: Span, mild: boolean) => void,
): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const deng = tokens[i];
    const verb = tokens[i - 1];
    if (deng.word !== '等' || verb.end !== deng.start || !CARRIER_VERB.test(verb.word)) continue;
    if (isBoundary(charAt(text, deng.end)) || ACTION_NOUN.test(text.slice(deng.end, deng.end + 3))) continue;
    if (endsList(text, tokens, i - 1)) continue;
    // 技术改造等项目, 上海合作组织等: after a noun the "verb" is a name's last word.
    const before = tokens[i - 2];
    if (before && before.end === verb.start && /^(n|vn|j|nz|ns|nt|l|b)/.test(before.tag)) continue;
    // Complete text writes some of these verbs before 等 (组织等, 改造等: nouns too): there a list may be whole.
    const seen = beforeDeng?.[CARRIER_VERBS.find((v) => verb.word.endsWith(v)) ?? ''] ?? 0;
    // …but after an adverb (积极引进等) the word is a verb whatever else it can be.
    const adverb = before && before.end === verb.start && /^(d|ad)$/.test(before.tag);
    if (seen >= DENG_SEEN && !adverb) continue;
    const last = charBefore(text, deng.start);
    add(deng.start - last.length, deng.end, { start: deng.start, end: deng.start }, seen > 0);
  }
}

/** True when the verb closes a list (学习、宣传、贯彻等; 学习宣传贯彻等): its clause has 、 和 及 or three verbs in a row. */
function endsList(_text: string, tokens: readonly Token[], v: number): boolean {
  let verbs = 1;
  for (let j = v - 1; j >= 0 && v - j <= 12; j--) {
    const t = tokens[j];
    if (
      t.word === '、' ||
      t.word === '和' ||
      t.word === '及' ||
      t.word === '与' ||
      t.word === '或' ||
      t.word === '以及'
    )
      return true;
    if (isBoundary(t.word[0]) || (t.tag === 'x' && !isHan(t.word[0]))) return false;
    if (j === v - verbs && /^v/.test(t.tag)) verbs++;
    if (verbs >= 3) return true;
  }
  return false;
}

/** Drops slots overlapping an earlier (or, at one start, a longer) one. */
function nonOverlapping(slots: Slot[]): Slot[] {
  slots.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Slot[] = [];
  for (const s of slots) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    out.push(s);
  }
  return out;
}
