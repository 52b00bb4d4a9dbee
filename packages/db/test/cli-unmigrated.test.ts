import '@touriquest/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';

const runMigrate = /has no TouriQuest schema yet: run `touriquest-db migrate`/;

/** Commands that need the schema tell a newcomer what to run on an empty database, not "relation … does not exist". */
describe('touriquest-db on a database that was never migrated', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tq-unmigrated-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const backupFile = join(dataDir, '..', `${dataDir.split('/').pop()}-backup.tar.gz`);
  afterAll(() => rmSync(backupFile, { force: true }));

  for (const argv of [
    ['tour'],
    ['seed', '--scale', 'small'],
    ['maintain'],
    ['maintain', '--schedule'],
    ['backup', backupFile],
    ['rotate-mfa-key'],
  ]) {
    it(`${argv.join(' ')} says to run migrate and exits 1`, async () => {
      // A valid key: rotate-mfa-key must get as far as the database.
      vi.stubEnv('TOURIQUEST_MFA_KEYS', `k1:${Buffer.alloc(32, 7).toString('base64')}`);
      const err = await main([...argv, '--embedded', '--data-dir', dataDir]).then(
        () => undefined,
        (e: unknown) => e,
      );
      vi.unstubAllEnvs();
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(1);
      expect((err as CliError).message).toMatch(runMigrate);
    });
  }

  it('doctor fails its migrations check with what to run', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
      lines.push(a.join(' '));
    });
    const code = await main(['doctor', '--embedded', '--data-dir', dataDir]).finally(() => spy.mockRestore());
    expect(code).toBe(1);
    expect(lines.find((l) => l.includes('migrations:'))).toMatch(
      /^\[FAIL\] migrations: no TouriQuest schema yet .*run `touriquest-db migrate`/,
    );
  });
});
