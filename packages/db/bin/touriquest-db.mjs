#!/usr/bin/env node
// Runs the TypeScript CLI in this process through tsx's loader, so the workspace needs no build step.
// In-process rather than `tsx <file>`: the tsx CLI starts a second Node process, which doubled start-up time.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/index.ts');
await runCli(process.argv.slice(2));
