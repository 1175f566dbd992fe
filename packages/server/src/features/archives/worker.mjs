// Bootstrap of the archive worker thread (renderer.ts): the server runs TypeScript through tsx (bin/zhibu.mjs) and
// vitest transforms .ts itself, but a worker thread starts bare in both cases — so it registers tsx here, then loads
// the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
