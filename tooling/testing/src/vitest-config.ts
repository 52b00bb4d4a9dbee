import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings: one migrated database per worker process (pool `forks` with `isolate: false`
 * keeps the harness's singletons alive across test files), generous hook timeouts for PGlite's boot.
 */
export function defineTestConfig(overrides: { include?: string[] } = {}) {
  return defineConfig({
    test: {
      include: overrides.include ?? ['test/**/*.test.ts'],
      globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
      pool: 'forks',
      isolate: false,
      maxWorkers: 2,
      hookTimeout: 120_000,
      testTimeout: 60_000,
      env: { TZ: 'UTC' },
    },
  });
}
