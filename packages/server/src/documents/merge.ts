import { PDFDocument } from 'pdf-lib';
import { invalid } from '../errors.js';
import { uniqueSubsetTags } from './subsetTags.js';

/**
 * Merging PDFs for bound volumes (合订). Parts are our own rendered documents and uploaded files; an upload that
 * pdf-lib cannot read, or that is encrypted (its pages would copy as unreadable streams), is refused with a message
 * naming the part, rather than producing a volume with blank pages.
 */
export async function loadPdf(bytes: Uint8Array, label = 'PDF 文件'): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Load even when encrypted and test `isEncrypted` after: pdf-lib's EncryptedPDFError fails `instanceof`.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw invalid(`${label}无法读取，可能已损坏或不是 PDF 文件`);
  }
  if (doc.isEncrypted) throw invalid(`${label}已加密，无法合订：请上传未加密的文件`);
  return doc;
}

/** The number of pages of each part, in order. */
export async function pageCounts(parts: Uint8Array[]): Promise<number[]> {
  const counts: number[] = [];
  for (const [i, part] of parts.entries()) {
    counts.push((await loadPdf(part, `第 ${i + 1} 份 PDF 文件`)).getPageCount());
  }
  return counts;
}

/**
 * The first page number (页号) of each part when the parts are bound one after another, numbering from `start`.
 * Parts of 2, 3 and 1 pages start on pages 1, 3 and 6.
 */
export function firstPageNumbers(counts: number[], start = 1): number[] {
  const firsts: number[] = [];
  let next = start;
  for (const count of counts) {
    firsts.push(next);
    next += count;
  }
  return firsts;
}

/** One PDF holding every page of every part, in order; page sizes and rotations are kept as they are. */
export async function mergePdfs(parts: Uint8Array[]): Promise<Buffer> {
  const merged = await PDFDocument.create();
  for (const [i, part] of parts.entries()) {
    const source = await loadPdf(part, `第 ${i + 1} 份 PDF 文件`);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  uniqueSubsetTags(merged);
  return Buffer.from(await merged.save());
}
