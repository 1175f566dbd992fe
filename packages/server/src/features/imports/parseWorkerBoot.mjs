// Worker threads start without the TypeScript loader; register tsx here, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parseWorker.ts');
