#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx gazette` works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main, guardStandardStreams } = await import('../src/cli/main.ts');
guardStandardStreams();
process.exitCode = await main(process.argv.slice(2));
