import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The CJK font every PDF embeds. It ships with the repository (packages/server/assets/fonts, OFL 1.1, see the README
 * there) so that a machine without any system font still prints Chinese: the bytes are read from these files, never
 * looked up through fontconfig. pdfkit subsets the font on embedding, so a document carries only the glyphs it uses.
 */
export const FONT_FAMILY = 'NotoSansSC';

const FONT_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

export const FONT_FILES = {
  normal: `${FONT_DIR}NotoSansCJKsc-Regular.otf`,
  bold: `${FONT_DIR}NotoSansCJKsc-Bold.otf`,
} as const;

export type FontStyle = keyof typeof FONT_FILES;

const cache = new Map<FontStyle, Buffer>();

/** The font file's bytes, read once per process: re-reading 8 MB per document was most of a render's time. */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = readFileSync(FONT_FILES[style]);
    cache.set(style, bytes);
  }
  return bytes;
}
