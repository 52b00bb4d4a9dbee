/**
 * `pnpm db:check`: drizzle-kit's own consistency check of the migration history, then a dry-run
 * `generate` into a scratch copy of the migrations folder: the schema must need no new migration.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { migrationsFolder } from '../migrate';
import { drizzleConfigPath, packageDir, runDrizzleKit } from '../push';

export interface PendingCheck {
  clean: boolean;
  newFiles: string[];
  output: string;
}

/** Run `drizzle-kit generate` against a copy of the history; nothing in the real folder changes. */
export async function pendingSchemaChanges(): Promise<PendingCheck> {
  // drizzle-kit wants `out` relative to the config: keep the scratch copy inside the (ignored) node_modules.
  const cache = join(packageDir, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'tq-generate-'));
  const out = join(dir, 'migrations');
  cpSync(migrationsFolder, out, { recursive: true });
  const before = new Set(readdirSync(out));
  // The config must sit beside the real one so its relative schema paths resolve.
  const config = join(packageDir, `.drizzle.check.${process.pid}.config.ts`);
  writeFileSync(
    config,
    `import base from './drizzle.config';\nexport default { ...base, out: ${JSON.stringify(`./${relative(packageDir, out)}`)} };\n`,
  );
  try {
    const { code, output } = await runDrizzleKit(
      ['generate', '--name', 'pending_check'],
      'postgres://unused',
      {
        config,
      },
    );
    const newFiles = readdirSync(out).filter((f) => !before.has(f));
    if (code !== 0) throw new Error(`drizzle-kit generate failed: ${output.trim().split('\n').pop()}`);
    return { clean: newFiles.length === 0 && /No schema changes/i.test(output), newFiles, output };
  } finally {
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function kitCheck(): Promise<{ ok: boolean; output: string }> {
  const { code, output } = await runDrizzleKit(['check'], 'postgres://unused', { config: drizzleConfigPath });
  return { ok: code === 0 && !/error/i.test(output), output };
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  const check = await kitCheck();
  process.stdout.write(check.output);
  const pending = await pendingSchemaChanges();
  if (!pending.clean) {
    console.error(
      `db:check: the schema has changes with no migration (${pending.newFiles.join(', ') || 'see output'}): run pnpm db:generate`,
    );
    process.exit(1);
  }
  console.log('db:check: migrations match the schema (generate finds no schema changes)');
  process.exit(check.ok ? 0 : 1);
}
