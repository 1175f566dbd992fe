#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx zhibu` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
// Exit explicitly: an open database handle must not keep a finished command alive.
process.exit(await main(process.argv.slice(2)));
