/** restore reads the whole archive before it touches the target: a bad file never destroys a good database. */
import '@touriquest/testing';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { createScratchServerDatabase, engines } from '@touriquest/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';
import { manifest } from '../src/cli/rowcounts';
import { schema } from '../src/schema';
import { runSeed } from '../src/seed';

async function cli(argv: string[], env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    return { code: await main(argv), error: undefined as CliError | undefined };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { code: err.exitCode, error: err };
  } finally {
    spy.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

/** A truncated copy and a garbage file of `file`, each beside its own copy of the manifest. */
function badCopies(file: string): string[] {
  const bytes = readFileSync(file);
  const bad = [
    [`${file}.truncated`, bytes.subarray(0, Math.floor(bytes.length / 2))],
    [`${file}.garbage`, Buffer.from('this is not a backup\n'.repeat(100))],
  ] as const;
  for (const [path, content] of bad) {
    writeFileSync(path, content);
    copyFileSync(`${file}.manifest.json`, `${path}.manifest.json`);
  }
  return bad.map(([p]) => p);
}

const dir = mkdtempSync(join(tmpdir(), 'tq-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restore of a bad archive on the embedded database', () => {
  it('fails with one clear line and leaves every row of the target', { timeout: 180_000 }, async () => {
    const dataDir = join(dir, 'pglite');
    const target = await createDb({ embedded: pglite, dataDir });
    await target.close();
    const seeded = await cli(['migrate', '--data-dir', dataDir], { DATABASE_URL: undefined });
    expect(seeded.code, seeded.error?.message).toBe(0);
    const db = await createDb({ embedded: pglite, dataDir, schema });
    await runSeed(db, { scale: 'tiny', seed: 4 });
    const before = (await manifest(db)).rowCounts;
    await db.close();
    const file = join(dir, 'good.tar.gz');
    const backup = await cli(['backup', file, '--data-dir', dataDir], { DATABASE_URL: undefined });
    expect(backup.code, backup.error?.message).toBe(0);
    for (const bad of badCopies(file)) {
      const r = await cli(['restore', bad, '--force', '--data-dir', dataDir], { DATABASE_URL: undefined });
      expect(r.code, bad).toBe(1);
      expect(r.error!.message).toMatch(
        /^restore: .* is not a readable pglite backup \(.*\); the target was not touched$/,
      );
      const after = await createDb({ embedded: pglite, dataDir });
      expect((await manifest(after)).rowCounts).toEqual(before);
      await after.close();
    }
  });
});

if (engines().includes('postgres')) {
  describe('restore of a bad archive on the server', () => {
    it('fails with one clear line and leaves every row of the target', { timeout: 180_000 }, async () => {
      const a = await createScratchServerDatabase({ poolSize: 4 });
      try {
        await runSeed(a, { scale: 'tiny', seed: 6 });
        const before = (await manifest(a)).rowCounts;
        const file = join(dir, 'a.dump');
        const backup = await cli(['backup', file], { DATABASE_URL: a.target });
        expect(backup.code, backup.error?.message).toBe(0);
        for (const bad of badCopies(file)) {
          const r = await cli(['restore', bad, '--force'], { DATABASE_URL: a.target });
          expect(r.code, bad).toBe(1);
          expect(r.error!.message).toMatch(
            /^restore: .* is not a readable postgres backup \(.*\); the target was not touched$/,
          );
          expect((await manifest(a)).rowCounts).toEqual(before);
        }
      } finally {
        await a.drop();
      }
    });
  });
} else {
  describe.skip('restore of a bad archive on the server [set TEST_DATABASE_URL]', () => {});
}
