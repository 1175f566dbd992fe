import { PDFDocument, PageSizes, degrees, type PDFImage } from 'pdf-lib';
import { invalid } from '../errors.js';
import { jpegOrientation, rotationForOrientation } from './exif.js';

/** Margin around a photographed or scanned page, in points (1 cm). */
const MARGIN = 28.35;

type ImageKind = 'png' | 'jpeg';

/** The image type from its first bytes: uploads are typed by content, never by file name (contracts §6). */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/**
 * Draws the image turned clockwise by `rotation`, its turned box filling `box`. pdf-lib rotates counter-clockwise
 * about the draw point, so the draw point is the corner where the image's own lower-left lands after turning.
 */
function drawTurned(
  page: ReturnType<PDFDocument['addPage']>,
  image: PDFImage,
  rotation: 0 | 90 | 180 | 270,
  box: { x: number; y: number; width: number; height: number },
): void {
  const turned = rotation === 90 || rotation === 270;
  const width = turned ? box.height : box.width; // the image's own width, before turning
  const height = turned ? box.width : box.height;
  const at = {
    0: { x: box.x, y: box.y },
    90: { x: box.x, y: box.y + width },
    180: { x: box.x + width, y: box.y + height },
    270: { x: box.x + height, y: box.y },
  }[rotation];
  page.drawImage(image, { ...at, width, height, rotate: degrees(-rotation) });
}

/**
 * A one-page A4 PDF showing a PNG or JPEG photo or scan, upright (EXIF orientation applied), scaled to fit within a
 * 1 cm margin and centred. The page is landscape when the upright image is wider than tall.
 */
export async function imageToPdfPage(bytes: Uint8Array): Promise<Buffer> {
  const kind = imageKind(bytes);
  if (!kind) throw invalid('只能把 PNG 或 JPEG 图片转为 PDF 页面');
  const doc = await PDFDocument.create();
  // pdf-lib's JPEG reader views `bytes.buffer` from offset 0, so a Buffer sliced from Node's shared pool (most
  // small Buffers are) reads as garbage: hand it a copy that owns its memory.
  const own = new Uint8Array(bytes);
  let image: PDFImage;
  try {
    image = kind === 'png' ? await doc.embedPng(own) : await doc.embedJpg(own);
  } catch {
    throw invalid('图片无法读取，可能已损坏');
  }
  const rotation = kind === 'jpeg' ? rotationForOrientation(jpegOrientation(bytes)) : 0;
  const turned = rotation === 90 || rotation === 270;
  const uprightWidth = turned ? image.height : image.width;
  const uprightHeight = turned ? image.width : image.height;

  const [a4Short, a4Long] = PageSizes.A4;
  const [pageWidth, pageHeight] = uprightWidth > uprightHeight ? [a4Long, a4Short] : [a4Short, a4Long];
  const page = doc.addPage([pageWidth, pageHeight]);
  const scale = Math.min((pageWidth - 2 * MARGIN) / uprightWidth, (pageHeight - 2 * MARGIN) / uprightHeight);
  const width = uprightWidth * scale;
  const height = uprightHeight * scale;
  drawTurned(page, image, rotation, { x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height });
  return Buffer.from(await doc.save());
}
