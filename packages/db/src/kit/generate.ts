/**
 * `pnpm db:generate`: drizzle-kit generate over every domain, plus the bootstrap migration 0000
 * (extensions, uuid_generate_v7) that must precede the first table. Arguments pass through to drizzle-kit
 * (`--name add_x`, `--custom`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrapSql } from '@touriquest/core';
import { migrationsFolder } from '../migrate';

function kit(args: string[]): void {
  const r = spawnSync('drizzle-kit', ['generate', ...args], { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function journalTags(): string[] {
  const p = join(migrationsFolder, 'meta', '_journal.json');
  if (!existsSync(p)) return [];
  return (JSON.parse(readFileSync(p, 'utf8')) as { entries: { tag: string }[] }).entries.map((e) => e.tag);
}

if (journalTags().length === 0) {
  kit(['--custom', '--name', 'bootstrap']);
  const [tag] = journalTags();
  writeFileSync(
    join(migrationsFolder, `${tag}.sql`),
    `-- Extensions and functions the tables need (uuid_generate_v7 is every id's default). Idempotent.\n${bootstrapSql}`,
  );
}
kit(process.argv.slice(2));
