import { pinyin } from 'pinyin-pro';

/**
 * Search keys for a Chinese name: initials (`张三` → `zs`) and the full pinyin without tones (`zhangsan`).
 * Surnames with special readings (单 shan, 曾 zeng …) use pinyin-pro's surname mode.
 */
export function nameSearchKeys(name: string): { initials: string; full: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', nonZh: 'consecutive', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s.length > 0);
  return { initials: clean.map((s) => s[0]).join(''), full: clean.join('') };
}
