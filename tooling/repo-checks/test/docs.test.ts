import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, schemaPackages } from './repo';

describe('documentation promises', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('gives the two-line quick start the CI and newcomers rely on', () => {
    expect(readme).toContain('npm i -g pnpm@12.4.2 && pnpm install && pnpm start');
    expect(readme).toContain('pnpm test');
  });

  it('has a README for every package and links each from the root README', () => {
    for (const p of schemaPackages()) {
      expect(existsSync(join(p.dir, 'README.md')), `${p.name} README`).toBe(true);
      expect(readme).toContain(p.name);
    }
  });

  it('runs the README test command in CI', () => {
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/pnpm test/);
  });
});
