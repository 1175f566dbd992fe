import { fetchFile } from '../api/client';

/** Hands a blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // give the browser time to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a file from the API (export, template); a failure is thrown as the server's ApiError. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const f = await fetchFile(path, fallbackName);
  saveBlob(f.blob, f.fileName);
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Saves rows as a CSV that Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads Chinese
 * as GBK and shows garbage), CRLF line ends.
 */
export function saveCsv(fileName: string, header: string[], rows: (string | number)[][]): void {
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  saveBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file size for people: `820 B`, `12.3 KB`, `4.5 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
