import { fileTypeFromBuffer } from 'file-type';
import { invalid } from '../../errors.js';

/** What may be attached: documents, spreadsheets, images. Checked by content, never by the file name. */
const ALLOWED: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
  'image/gif': 'GIF 图片',
  'image/webp': 'WebP 图片',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint 演示文稿',
  'application/x-cfb': 'Office 97–2003 文档',
};

const EXT_EXPECTED: Record<string, string[]> = {
  pdf: ['application/pdf'],
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  doc: ['application/x-cfb'],
  xls: ['application/x-cfb'],
  ppt: ['application/x-cfb'],
};

/**
 * Detects the type from the bytes; refuses executables and anything unknown, and a file whose content is not what
 * its extension says (an `.pdf` that is really a program).
 */
export async function checkFileContent(bytes: Buffer, fileName: string, maxBytes: number): Promise<string> {
  if (bytes.length === 0) throw invalid('文件是空的');
  if (bytes.length > maxBytes) throw invalid(`文件超过大小上限 ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime ?? 'unknown';
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (!ALLOWED[mime]) {
    throw invalid(`不支持的文件类型${detected ? `（实际为 ${detected.ext}）` : ''}：只能上传 PDF、图片或 Office 文档`);
  }
  const expected = EXT_EXPECTED[ext];
  if (expected && !expected.includes(mime)) {
    throw invalid(`文件内容与扩展名不符：「${fileName}」实际是${ALLOWED[mime]}`);
  }
  return mime;
}
