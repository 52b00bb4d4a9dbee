#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the workspace needs no build step. The workspace packages
// resolve to their sources through the exports' source condition. Under pnpm, NODE_OPTIONS carries it
// (nodeOptions in pnpm-workspace.yaml) and the CLI runs in this process: `tsx <file>` starts a second Node
// process, which doubled start-up time. Started any other way, it re-runs itself once with the condition
// set, which the drizzle-kit processes it starts then inherit too.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const condition = '--conditions=@touriquest/source';
const nodeOptions = process.env.NODE_OPTIONS ?? '';
if (!nodeOptions.includes(condition)) {
  const env = { ...process.env, NODE_OPTIONS: `${nodeOptions} ${condition}`.trim() };
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [self, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../src/cli/index.ts');
await runCli(process.argv.slice(2));
