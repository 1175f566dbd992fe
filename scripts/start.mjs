#!/usr/bin/env node
// `npm start`: build the web app if needed, load the demo organ into ./data (once), and serve it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'packages/web/dist/index.html');
const zhibu = path.join(root, 'packages/server/bin/zhibu.mjs');
const args = process.argv.slice(2);

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const webSrc = path.join(root, 'packages/web/src');
if (!fs.existsSync(dist) || newest(webSrc) > fs.statSync(dist).mtimeMs) {
  process.stderr.write('正在构建网页（首次约需半分钟）……\n');
  const b = spawnSync('npm', ['run', 'build', '-w', '@zhibu/web'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
if (!process.env.DATABASE_URL) {
  const d = spawnSync(process.execPath, [zhibu, 'demo', ...args.filter((a) => a.startsWith('--data') || a.startsWith('--as-of'))], { cwd: root, stdio: 'inherit' });
  if (d.status !== 0) process.stderr.write('（未载入演示数据，继续启动）\n');
}
const s = spawnSync(process.execPath, [zhibu, 'serve', ...args], { cwd: root, stdio: 'inherit' });
process.exit(s.status ?? 0);
