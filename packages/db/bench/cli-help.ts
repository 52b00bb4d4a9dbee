/**
 * How long `touriquest-db --help` takes, median of 5 runs, by the bin and by the documented
 * `pnpm exec touriquest-db`. A figure, not a test: machines differ; the aim is under 0.6 s for the bin.
 *   pnpm --filter @touriquest/db exec tsx bench/cli-help.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/touriquest-db.mjs', import.meta.url));

function median(cmd: string, args: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]! / 1000;
}

for (const [label, cmd, args] of [
  ['node -e 0 (Node start-up alone)', process.execPath, ['-e', '0']],
  ['bin/touriquest-db.mjs --help', process.execPath, [bin, '--help']],
  ['bin/touriquest-db.mjs seed --help', process.execPath, [bin, 'seed', '--help']],
  ['pnpm exec touriquest-db --help', 'pnpm', ['exec', 'touriquest-db', '--help']],
] as const)
  console.log(`${label.padEnd(36)} ${median(cmd, [...args]).toFixed(2)} s (median of 5)`);
