#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx zhibu` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
// Exit explicitly: an open database handle must not keep a finished command alive.
const code = await main(process.argv.slice(2));
// Exit only once what was written has left: output to a pipe is asynchronous, and exiting at once would cut a long
// result (a `check --json` of a whole organ) at the pipe's 64 KB.
await Promise.all([process.stdout, process.stderr].map((s) => new Promise((resolve) => s.write('', resolve))));
process.exit(code);
