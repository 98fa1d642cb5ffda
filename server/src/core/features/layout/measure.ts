// How wide a character is on the GB/T 9704 page, and where a line may break: the measure the
// line composer (lines.ts) and the title breaks (title.ts) share. Widths are in twips (1/20 pt).
//
// A Chinese character, a Chinese punctuation mark and a GB2312 symbol are one em wide; ASCII and
// Latin-1 letters, digits and signs are half an em in the GB fonts offices use (仿宋_GB2312, 黑体,
// 楷体_GB2312). Word lays a line out at these widths plus the spacing of every character (the
// export turns Word's automatic space between Chinese and Latin text off). LibreOffice cannot be
// told so in a .docx: it puts a fifth of an em between a Chinese letter and a Latin letter or digit,
// and leaves the spacing off the last character of each portion (a stretch of one script and one
// set of attributes). Both widths are computed, and every line is placed so that both programs
// break where the composer chose.

/** Latin-1 signs that GB2312 fonts draw one em wide: § ° ± · × ÷ and the like. */
const WIDE_LATIN1 = new Set([...'¤§¨°±·×÷']);
const ZERO_WIDTH = new Set([...'\u200b\u200c\u200d\u2060\ufeff\u00ad']);

/** A character's width in ems: 0 (zero-width), 0.5 (ASCII and Latin-1) or 1. */
export function ems(ch: string): number {
  if (ZERO_WIDTH.has(ch)) return 0;
  return ch.codePointAt(0)! < 0x100 && !WIDE_LATIN1.has(ch) ? 0.5 : 1;
}

/** A letter or digit of a Latin script. */
function isLatinAlnum(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** A Chinese letter: an ideograph (any plane), kana or hangul — not a punctuation mark. */
function isCjkLetter(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    c === 0x3007
  );
}

/**
 * May not begin a line (行首禁则, GB/T 15834 and the renderers' lists together, so that any renderer
 * accepts a break the composer makes): 点号, closing quotes and brackets, 间隔号, 连接号, ellipsis,
 * dashes, and the Latin closing signs.
 */
const NO_START = new Set([...'，。、；：？！）》」』】〕〗〉〙〛”’…‥⋯·・—–～々〃％‰℃°′″', ...'!%),.:;?]}~¢']);
/** May not end a line (行尾禁则): opening quotes and brackets, currency signs before a number. */
const NO_END = new Set([...'（《「『【〔〖〈〘〚“‘', ...'([{$£¥￥￡＄']);

const narrow = (ch: string) => ems(ch) === 0.5;

/** True when a line may break between `a` and `b` (two adjacent characters of a paragraph). */
export function canBreak(a: string, b: string): boolean {
  if (!a || !b) return true;
  if (ems(b) === 0 || ems(a) === 0) return false;
  if (NO_START.has(b) || NO_END.has(a)) return false;
  if (b === ' ' || b === '\u3000') return false;
  if (a === ' ') return true;
  const na = narrow(a);
  const nb = narrow(b);
  // A Latin word or number stays whole; beside Chinese it parts only from a Chinese letter, never from a mark.
  if (na && nb) return false;
  if (na || nb) return isCjkLetter(na ? b : a);
  return true;
}

/** What a run of text is set in: the font size and the spacing added to every character, in twips. */
export interface Metrics {
  /** The em: the font size (3号 = 320 twips). */
  em: number;
  /** Added to every character (negative: condensed). */
  spacing: number;
}

/** A line's width as each program lays it out. */
export interface LineWidth {
  word: number;
  libreOffice: number;
  /** How many characters take the line's spacing in Word, and in LibreOffice (not the last of a portion). */
  spaced: number;
  spacedLo: number;
}

/**
 * Measures stretches of one paragraph: `chars` its characters, `runStarts` the indices where a new
 * run (another set of attributes) begins.
 */
export class Measure {
  /** Each character's width in ems. */
  private readonly ems: number[];
  /** LibreOffice's script of each character: Latin letters and digits, or Asian; signs take the one before. */
  private readonly latin: boolean[];
  /** Where LibreOffice puts its automatic space: before character i (a Chinese letter beside a Latin letter or digit). */
  private readonly spaced: boolean[];

  constructor(
    chars: readonly string[],
    readonly metrics: Metrics,
    private readonly runStarts: ReadonlySet<number> = new Set(),
  ) {
    this.ems = chars.map(ems);
    const alnum = chars.map(isLatinAlnum);
    const letter = chars.map(isCjkLetter);
    this.latin = [];
    this.spaced = [];
    let prev: boolean | undefined;
    chars.forEach((_, i) => {
      const strong = alnum[i] ? true : this.ems[i] === 0.5 ? undefined : false;
      this.latin.push(strong ?? prev ?? false);
      prev = strong ?? prev;
      this.spaced.push(i > 0 && ((letter[i - 1] && alnum[i]) || (alnum[i - 1] && letter[i])));
    });
  }

  /** The width of chars[start, end) with `extra` twips more on each character. */
  width(start: number, end: number, extra = 0): LineWidth {
    const m = this.metrics;
    let word = 0;
    let portions = 1;
    let spaces = 0;
    for (let i = start; i < end; i++) {
      word += this.ems[i] * m.em + m.spacing + extra;
      if (i === start) continue;
      if (this.latin[i] !== this.latin[i - 1] || this.runStarts.has(i)) portions++;
      if (this.spaced[i]) spaces++;
    }
    const libreOffice = word - portions * (m.spacing + extra) + spaces * Math.round(m.em / 5);
    return { word, libreOffice, spaced: end - start, spacedLo: end - start - portions };
  }
}

/** The widths of a string set in `m` as one run. */
export function widthOf(text: string, m: Metrics): LineWidth {
  const chars = Array.from(text);
  return new Measure(chars, m).width(0, chars.length);
}
