import { runSeed, type Scale, scales } from '../../seed';
import { type CommandSpec, choiceOption, intOption } from '../args';
import { describeTarget, withDatabase } from '../open';

async function seedCommand(args: Parameters<CommandSpec['run']>[0], scale: Scale, seed: number) {
  console.log(`seed: scale ${scale}, seed ${seed} on ${describeTarget(args)}`);
  const report = await withDatabase(
    args,
    (d) =>
      runSeed(d, {
        scale,
        seed,
        log: (l) => console.log(l),
        // Carriage-return progress only on a terminal: in a log file it would be one unreadable line.
        progress:
          scale === 'medium' || scale === 'large' ? (process.stdout.isTTY ? 'bar' : 'lines') : undefined,
      }),
    { requireSchema: true },
  );
  if (!report.seeded) {
    console.log(`seed: ${report.reason}`);
    return 0;
  }
  for (const s of report.skipped) console.log(`  skipped ${s}`);
  const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
  for (const [t, n] of Object.entries(report.rows)) console.log(`  ${t.padEnd(28)} ${String(n).padStart(8)}`);
  console.log(
    `seed: ${total} rows in ${report.seconds.toFixed(1)} s (${Math.round(total / report.seconds)} rows/s)`,
  );
  return 0;
}

export const seed: CommandSpec = {
  name: 'seed',
  usage: 'seed [--scale tiny|small|medium|large] [--seed N]',
  options: { scale: { type: 'string' }, seed: { type: 'string' } },
  details: [
    'Same --seed, same data. tiny and small run in one transaction: an interrupted seed leaves nothing and can',
    'simply run again. medium and large commit batch by batch (each INSERT of up to 2000 rows): an interrupted',
    'one leaves partial data, which seed then refuses — run `touriquest-db reset`, then seed again.',
    'A database that already holds the seed is left alone (reset first to reseed).',
    'Progress: a line per table, redrawn in place on a terminal, plain lines otherwise (logs, pipes).',
  ],
  async run(args) {
    const scale = choiceOption(args.values.scale, 'scale', scales, 'small');
    const s = intOption(args.values.seed, 'seed', 42);
    return seedCommand(args, scale, s);
  },
};
