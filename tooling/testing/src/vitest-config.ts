import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings: one migrated database per worker process (pool `forks` with `isolate: false`
 * keeps the harness's singletons alive across test files), generous hook timeouts for PGlite's boot.
 */
export function defineTestConfig(overrides: { include?: string[] } = {}) {
  // Workspace packages resolve to their TypeScript sources (the exports' source condition), never to a
  // stale or missing dist/; vite's own defaults follow it. Spawned CLIs get it through NODE_OPTIONS.
  const conditions = ['@touriquest/source', 'module', 'node', 'development|production'];
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@touriquest/source'] } },
    test: {
      include: overrides.include ?? ['test/**/*.test.ts'],
      globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
      pool: 'forks',
      isolate: false,
      maxWorkers: 2,
      hookTimeout: 120_000,
      testTimeout: 60_000,
      env: { TZ: 'UTC', NODE_OPTIONS: withSourceCondition(process.env.NODE_OPTIONS) },
    },
  });
}

function withSourceCondition(nodeOptions = ''): string {
  return nodeOptions.includes('--conditions=@touriquest/source')
    ? nodeOptions
    : `${nodeOptions} --conditions=@touriquest/source`.trim();
}
