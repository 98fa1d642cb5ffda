// What a paragraph is on the page beyond title, heading and body text: the lines under the title
// of a speech (subtitle, speaker), and the closing block (GB/T 9704 §7.3.4–7.3.5): the attachment
// note, the issuing organ's name (署名) and the date (成文日期).

/** A paragraph as the roles see it: its visible text (trimmed) and whether the parser made it a heading. */
export interface RoleInput {
  text: string;
  heading: boolean;
}

const NUM = '(?:\\d{1,4}|[〇○零一二三四五六七八九十]{1,4}|[×xX*＊]{1,4}|【[^】]*】)';
const DATE = new RegExp(`^${NUM}\\s*年\\s*${NUM}\\s*月\\s*${NUM}\\s*日$`);

/** A date line: 2023年12月25日, 二〇二三年十二月二十五日, ××××年××月××日, 2023年*月*日. */
export function isDateLine(text: string): boolean {
  return DATE.test(text);
}

/** A name that can sign: short, no punctuation of a sentence, not a heading. */
function isSignature(p: RoleInput): boolean {
  return (
    !p.heading &&
    p.text.length >= 2 &&
    p.text.length <= 25 &&
    !/[。！？；，：,;:!?、]/.test(p.text) &&
    !/^附件/.test(p.text)
  );
}

/** The attachment note's first line: 附件：… (its number, if any, after the colon). */
const ATTACHMENT = /^附件[：:]\s*/;
/** A later attachment: 2.… or 2．… */
const ATTACHMENT_ITEM = /^(\d{1,2})[.．]\s*/;

/** The prefix before an attachment's name: `附件：1.`, `附件：` or `2.` (its length in UTF-16 units), or -1. */
export function attachmentPrefix(text: string, first: boolean): number {
  if (first) {
    const m = ATTACHMENT.exec(text);
    if (!m) return -1;
    const item = ATTACHMENT_ITEM.exec(text.slice(m[0].length));
    return m[0].length + (item ? item[0].length : 0);
  }
  return ATTACHMENT_ITEM.exec(text)?.[0].length ?? -1;
}

export interface Closing {
  /** The attachment note's paragraphs (indices), first `附件：…`. */
  attachments: number[];
  signature?: number;
  date?: number;
}

/** The closing block at the end of `ps`: [附件：1.… 2.…] [署名] [成文日期], each part optional. */
export function findClosing(ps: readonly RoleInput[]): Closing {
  let i = ps.length - 1;
  const closing: Closing = { attachments: [] };
  if (i >= 0 && isDateLine(ps[i].text)) {
    closing.date = i--;
    if (i >= 0 && isSignature(ps[i])) closing.signature = i--;
  }
  // The attachment note: 附件：1.… then 2.…, 3.…, read upwards from the signature.
  const items: number[] = [];
  let expect: number | undefined;
  for (let j = i; j >= 0; j--) {
    const t = ps[j].text;
    if (ATTACHMENT.test(t)) {
      const n = ATTACHMENT_ITEM.exec(t.replace(ATTACHMENT, ''));
      if (!items.length || (n && Number(n[1]) === expect)) closing.attachments = [j, ...items];
      break;
    }
    const m = ATTACHMENT_ITEM.exec(t);
    if (!m || (expect !== undefined && Number(m[1]) !== expect)) break;
    items.unshift(j);
    expect = Number(m[1]) - 1;
  }
  return closing;
}

/** A speech's subtitle under the title: ——2017年3月5日在…会议上, （2023年12月25日）. */
function isSubtitle(text: string): boolean {
  if (text.length > 60) return false;
  if (/^(?:——|—|－－|--)/.test(text)) return true;
  return /^[（(].*[)）]$/.test(text) && (/年.*月.*日|在.*上/.test(text) || text.length <= 20);
}

/** A speaker's line: a title and a name, Chinese letters and spaces only. */
const isSpeaker = (text: string) => text.length <= 20 && /^[\p{Script=Han}·•\s\u3000]+$/u.test(text);

/**
 * How many paragraphs after the title belong to it: a subtitle and the speaker's lines (国务院总理 /
 * 李克强). A speaker's line counts after a subtitle, or when the addressee (各位代表：) follows it.
 */
export function frontMatter(ps: readonly RoleInput[]): number {
  let n = 0;
  let subtitle = false;
  while (n < ps.length && !ps[n].heading) {
    const t = ps[n].text;
    if (isSubtitle(t)) subtitle = true;
    else if (!isSpeaker(t)) break;
    n++;
  }
  if (subtitle) return n;
  // No subtitle: speaker lines only when the addressee follows them.
  const next = ps[n]?.text ?? '';
  return n > 0 && n <= 2 && /[：:]$/.test(next) && next.length <= 40 ? n : 0;
}
