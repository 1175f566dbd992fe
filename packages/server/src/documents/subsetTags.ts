import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

/** A subset font's name: six capital letters, "+", the font's PostScript name. */
const SUBSET = /^[A-Z]{6}\+(.+)$/;

/** The n-th six-letter tag: AAAAAA, AAAAAB, … */
function tag(n: number): string {
  let s = '';
  for (let i = 0; i < 6; i++) {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s;
}

function retag(dict: PDFDict, key: 'BaseFont' | 'FontName', newTag: string): void {
  const name = dict.lookupMaybe(PDFName.of(key), PDFName);
  const m = name ? SUBSET.exec(name.decodeText()) : null;
  if (m) dict.set(PDFName.of(key), PDFName.of(`${newTag}+${m[1]}`));
}

function retagDescriptor(font: PDFDict, newTag: string): void {
  const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  if (descriptor) retag(descriptor, 'FontName', newTag);
}

/**
 * Gives every subset font in the document its own tag. pdfkit tags the subsets of each document alike
 * ("BZZZZZ+NotoSansCJKsc-Regular"), so a merged volume would hold many different subsets under one name; PDF
 * requires distinct subsets to carry distinct tags, and some printers and validators otherwise reuse the first
 * subset for all, dropping characters.
 */
export function uniqueSubsetTags(doc: PDFDocument): void {
  let next = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.lookupMaybe(PDFName.of('Type'), PDFName) !== PDFName.of('Font')) continue;
    const subtype = object.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
    // Descendant CID fonts are renamed with their parent Type0 font.
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue;
    const base = object.lookupMaybe(PDFName.of('BaseFont'), PDFName);
    if (!base || !SUBSET.test(base.decodeText())) continue;

    const newTag = tag(next++);
    retag(object, 'BaseFont', newTag);
    retagDescriptor(object, newTag);
    const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    for (let i = 0; i < (descendants?.size() ?? 0); i++) {
      const descendant = descendants?.lookupMaybe(i, PDFDict);
      if (!descendant) continue;
      retag(descendant, 'BaseFont', newTag);
      retagDescriptor(descendant, newTag);
    }
  }
}
