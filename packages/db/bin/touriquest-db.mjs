#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the workspace needs no build step.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const entry = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));
// The workspace packages resolve to their sources (the exports' source condition), here and in the
// drizzle-kit processes the CLI starts, as under `pnpm` (nodeOptions in pnpm-workspace.yaml).
const condition = '--conditions=@touriquest/source';
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const env = {
  ...process.env,
  NODE_OPTIONS: nodeOptions.includes(condition) ? nodeOptions : `${nodeOptions} ${condition}`.trim(),
};
const r = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
