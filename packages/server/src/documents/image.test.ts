import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { jpegOrientation, rotationForOrientation } from './exif.js';
import { imageKind, imageToPdfPage } from './image.js';
import { pdfGrayPage, pdfPageSizes, pdfToJpeg } from './testTools.js';

/** Inserts an EXIF segment carrying `orientation` right after the JPEG's start marker, as a phone camera writes it. */
function withOrientation(jpeg: Buffer, orientation: number, byteOrder: 'MM' | 'II' = 'MM'): Buffer {
  const le = byteOrder === 'II';
  const tiff = Buffer.alloc(26);
  const u16 = (value: number, at: number) => (le ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at));
  const u32 = (value: number, at: number) => (le ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at));
  tiff.write(byteOrder, 0, 'latin1');
  u16(42, 2);
  u32(8, 4); // IFD0 right after the header
  u16(1, 8); // one entry
  u16(0x0112, 10); // Orientation
  u16(3, 12); // SHORT
  u32(1, 14);
  u16(orientation, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]);
}

/** A portrait "scan" whose top half is black: where the black lands shows which way the image was turned. */
let scan: Buffer;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 400]);
  page.drawRectangle({ x: 0, y: 200, width: 300, height: 200, color: rgb(0, 0, 0) });
  scan = await pdfToJpeg(Buffer.from(await doc.save()), 40);
}, 120_000);

describe('imageToPdfPage', { timeout: 120_000 }, () => {
  it('tells PNG and JPEG apart by content', () => {
    expect(imageKind(scan)).toBe('jpeg');
    expect(imageKind(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png');
    expect(imageKind(Buffer.from('%PDF-1.7'))).toBeNull();
  });

  it('puts a portrait photo on an A4 portrait page, scaled to fit and upright', async () => {
    const pdf = await imageToPdfPage(scan);
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 595, height: 842 }]);
    const page = await pdfGrayPage(pdf);
    const mid = Math.floor(page.width / 2);
    expect(page.at(mid, Math.floor(page.height * 0.25))).toBeLessThan(60);
    expect(page.at(mid, Math.floor(page.height * 0.75))).toBeGreaterThan(200);
  });

  it('applies the EXIF orientation of a sideways phone photo (6: turn 90° clockwise)', async () => {
    const pdf = await imageToPdfPage(withOrientation(scan, 6));
    // Upright it is wider than tall: a landscape page, and the image's top edge is now on the right.
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 842, height: 595 }]);
    const page = await pdfGrayPage(pdf);
    const mid = Math.floor(page.height / 2);
    expect(page.at(Math.floor(page.width * 0.6), mid)).toBeLessThan(60);
    expect(page.at(Math.floor(page.width * 0.4), mid)).toBeGreaterThan(200);
  });

  it('turns orientation 8 the other way and 3 upside down', async () => {
    const left = await pdfGrayPage(await imageToPdfPage(withOrientation(scan, 8, 'II')));
    expect(left.at(Math.floor(left.width * 0.4), Math.floor(left.height / 2))).toBeLessThan(60);
    const flipped = await pdfGrayPage(await imageToPdfPage(withOrientation(scan, 3)));
    expect(flipped.at(Math.floor(flipped.width / 2), Math.floor(flipped.height * 0.75))).toBeLessThan(60);
  });

  it('refuses what is not a PNG or JPEG', async () => {
    await expect(imageToPdfPage(Buffer.from('GIF89a....'))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(imageToPdfPage(Buffer.from('89504e470d0a1a0a0000', 'hex'))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});

describe('jpegOrientation', () => {
  it('reads the tag in either byte order and defaults to 1', async () => {
    expect(jpegOrientation(scan)).toBe(1);
    expect(jpegOrientation(withOrientation(scan, 6, 'MM'))).toBe(6);
    expect(jpegOrientation(withOrientation(scan, 8, 'II'))).toBe(8);
    expect(jpegOrientation(withOrientation(scan, 42))).toBe(1);
    expect(jpegOrientation(Buffer.from([0xff, 0xd8]))).toBe(1);
    expect(jpegOrientation(Buffer.from('not a jpeg'))).toBe(1);
  });

  it.each([
    [1, 0],
    [3, 180],
    [6, 90],
    [8, 270],
    [2, 0],
  ] as const)('orientation %i turns %i° clockwise', (orientation, degrees) => {
    expect(rotationForOrientation(orientation)).toBe(degrees);
  });
});
