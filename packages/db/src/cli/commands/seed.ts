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
  async run(args) {
    const scale = choiceOption(args.values.scale, 'scale', scales, 'small');
    const s = intOption(args.values.seed, 'seed', 42);
    return seedCommand(args, scale, s);
  },
};
