import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Test support: reads PDFs back with poppler (pdftotext, pdftoppm, pdfinfo), the way a person's viewer would, so
 * tests prove the text is really extractable and the pages really render — not just that bytes were produced.
 */
const run = promisify(execFile);

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'zhibu-doc-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF, page by page (pdftotext separates pages with form feeds). */
export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\f').slice(0, -1);
  });
}

/** Renders pages to PNG files in `outDir` and returns their paths. */
export async function pdfToPng(pdf: Buffer, outDir: string, opts: { dpi?: number; first?: number; last?: number } = {}): Promise<string[]> {
  const file = join(outDir, 'render.pdf');
  await writeFile(file, pdf);
  const args = ['-r', String(opts.dpi ?? 60), '-png'];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  await run('pdftoppm', [...args, file, join(outDir, 'page')]);
  return (await readdir(outDir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort().map((f) => join(outDir, f));
}

/** Font lines of `pdffonts`: name, type, whether embedded. */
export async function pdfFonts(pdf: Buffer): Promise<Array<{ name: string; embedded: boolean }>> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const parts = l.trim().split(/\s+/);
        // Columns after the name: type words…, encoding, emb, sub, uni, object, id. "emb" is the 5th from the end.
        return { name: parts[0] ?? '', embedded: parts[parts.length - 5] === 'yes' };
      });
  });
}

/** Page count and each page's size in points, from `pdfinfo`. */
export async function pdfPageSizes(pdf: Buffer): Promise<Array<{ width: number; height: number }>> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', file]);
    return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Math.round(Number(m[1])),
      height: Math.round(Number(m[2])),
    }));
  });
}

/** Renders one page in greyscale and returns its pixels (0 black … 255 white), to check where ink landed. */
export async function pdfGrayPage(pdf: Buffer, dpi = 20): Promise<{ width: number; height: number; at(x: number, y: number): number }> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', file], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not return a PGM image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = stdout.subarray(header[0].length);
    return { width, height, at: (x, y) => pixels[y * width + x] ?? 255 };
  });
}

/** Renders page 1 to JPEG bytes (pdftoppm), to stand in for a photographed page. */
export async function pdfToJpeg(pdf: Buffer, dpi = 20): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-jpeg', '-f', '1', '-l', '1', file], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}
