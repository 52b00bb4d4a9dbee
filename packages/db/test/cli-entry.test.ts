import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The way the README tells people to run the CLI, spawned as they would: its exit code and stderr are ours. */
function documented(argv: string[], env: Record<string, string> = {}) {
  const r = spawnSync('pnpm', ['exec', 'touriquest-db', ...argv], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pnpm exec touriquest-db (the documented command)', () => {
  it('--help exits 0 and lists every command on stdout', () => {
    const r = documented(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: touriquest-db <command>/);
    expect(r.stdout).toMatch(/^ {2}restore {2,}/m);
    expect(r.stderr).toBe('');
  });

  it('bad usage exits 2 with our one line on stderr and nothing from pnpm', () => {
    const r = documented(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('touriquest-db: unknown command "frobnicate" (try --help)\n');
    const opt = documented(['seed', '--scale', 'huge']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toBe('touriquest-db: --scale must be one of tiny|small|medium|large, got "huge"\n');
  });

  it('an unreachable server exits 1 with one line that hides the password', () => {
    const r = documented(['status'], { DATABASE_URL: 'postgres://tq:hunter2@127.0.0.1:1/nowhere' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^touriquest-db: cannot connect to PostgreSQL at postgres:\/\/tq@127\.0\.0\.1:1\/nowhere/,
      ),
      '',
    ]);
    expect(r.stderr).not.toContain('hunter2');
  });
});
