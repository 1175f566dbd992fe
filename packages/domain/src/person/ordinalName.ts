/**
 * Names that carry a Chinese ordinal — 第一党小组, 第二党小组 … 第十二党小组 — in the order a reader counts them.
 * Code-point order puts 第三 before 第二 (三 U+4E09 < 二 U+4E8C) and pinyin order puts 第二 before 第一; the numeral
 * is read as a number instead, and the rest compared by the Chinese collator.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral up to 9999 (`十二` → 12, `二十` → 20, `一百零五` → 105). */
export function chineseNumeral(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else {
      // `十二`: a unit with no digit before it counts one of it
      total += (digit || 1) * UNIT[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
const NUMERALS = /[零〇一二两三四五六七八九十百千]+/g;
const key = (name: string) => name.replace(NUMERALS, (m) => String(chineseNumeral(m)));

export const compareOrdinalNames = (a: string, b: string): number => collator.compare(key(a), key(b));
