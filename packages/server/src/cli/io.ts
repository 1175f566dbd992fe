/** Standard output carries results only; progress, logs and warnings go to standard error (contracts §1). */
export const out = (s: string) => process.stdout.write(`${s}\n`);
export const err = (s: string) => process.stderr.write(`${s}\n`);

export class UsageError extends Error {}

/** Exit codes of contracts §1. */
export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('--password-stdin 需要从标准输入读取密码，例如：echo "密码" | npx zhibu …');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
