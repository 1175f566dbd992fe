import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded database folder for this process (contracts §1). A second process stops at once with the
 * pid of the holder; a lock left by a killed process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'zhibu.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new AppError(
          'DATA_LOCKED',
          `数据目录正被另一个进程使用（pid ${pid}）。请先停止该进程（如正在运行的 zhibu serve），或改用网页操作。`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('DATA_LOCKED', `无法锁定数据目录 ${dataDir}`);
}
