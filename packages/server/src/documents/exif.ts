/**
 * The EXIF orientation of a JPEG (1–8; 1 when absent). Phone cameras store a photo as the sensor saw it and record
 * the needed rotation here; PDF viewers ignore it, so without applying it an upright photo of a form prints sideways.
 */
export function jpegOrientation(jpeg: Uint8Array): number {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return 1;
  let pos = 2;
  while (pos + 4 <= view.byteLength) {
    const marker = view.getUint16(pos);
    // Start of scan: image data follows, no more metadata segments.
    if (marker === 0xffda || (marker & 0xff00) !== 0xff00) return 1;
    const length = view.getUint16(pos + 2);
    if (marker === 0xffe1 && isExifHeader(view, pos + 4)) {
      return orientationFromTiff(view, pos + 10, pos + 2 + length);
    }
    pos += 2 + length;
  }
  return 1;
}

function isExifHeader(view: DataView, at: number): boolean {
  // "Exif\0\0"
  return at + 6 <= view.byteLength && view.getUint32(at) === 0x45786966 && view.getUint16(at + 4) === 0;
}

function orientationFromTiff(view: DataView, tiff: number, end: number): number {
  if (tiff + 8 > end || end > view.byteLength) return 1;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = view.getUint16(ifd, little);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * The clockwise rotation in degrees that shows the photo upright. Mirrored orientations (2, 4, 5, 7) do not come
 * from cameras; they are shown with their rotation only.
 */
export function rotationForOrientation(orientation: number): 0 | 90 | 180 | 270 {
  switch (orientation) {
    case 3:
    case 4:
      return 180;
    case 6:
    case 7:
      return 90;
    case 5:
    case 8:
      return 270;
    default:
      return 0;
  }
}
