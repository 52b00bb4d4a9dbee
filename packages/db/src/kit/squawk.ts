/**
 * Lint every migration after 0003 with squawk (config: packages/db/.squawk.toml). 0000–0003 landed before
 * the linter; they are history and never edited. Exits with squawk's code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readMigrationFolder } from '@touriquest/core';
import { migrationsFolder } from '../migrate';
import { packageDir } from '../push';

const linted = readMigrationFolder(migrationsFolder)
  .filter((f) => Number.parseInt(f.tag, 10) > 3)
  .map((f) => join(migrationsFolder, f.tag));
const bin = join(packageDir, 'node_modules', '.bin', 'squawk');
const r = spawnSync(bin, ['--config', join(packageDir, '.squawk.toml'), ...linted], { stdio: 'inherit' });
process.exit(r.status ?? 1);
