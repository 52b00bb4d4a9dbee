import '@touriquest/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';

/** Commands that need the schema tell a newcomer what to run on an empty database, not "relation … does not exist". */
describe('touriquest-db on a database that was never migrated', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tq-unmigrated-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  for (const argv of [['tour'], ['seed', '--scale', 'small']]) {
    it(`${argv[0]} says to run migrate and exits 1`, async () => {
      const err = await main([...argv, '--embedded', '--data-dir', dataDir]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(1);
      expect((err as CliError).message).toMatch(/has no TouriQuest schema yet: run `touriquest-db migrate`/);
    });
  }
});
