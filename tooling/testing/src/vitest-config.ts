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
    // The global setup's module runner does not apply the conditions: aliases send it (and everything else)
    // to the sources of packages/* too, so a clean checkout without dist/ runs its tests.
    resolve: { conditions, alias: sourceAliases },
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

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));
const domains = 'ai-admin|bookings|content|core|db|experiences|poi|properties|reviews|social|users';
const sourceAliases = [
  {
    find: new RegExp(`^@touriquest/(${domains})/schema$`),
    replacement: `${packagesDir}$1/src/schema/index.ts`,
  },
  { find: /^@touriquest\/core\/embedded$/, replacement: `${packagesDir}core/src/embedded.ts` },
  { find: new RegExp(`^@touriquest/(${domains})$`), replacement: `${packagesDir}$1/src/index.ts` },
];

function withSourceCondition(nodeOptions = ''): string {
  return nodeOptions.includes('--conditions=@touriquest/source')
    ? nodeOptions
    : `${nodeOptions} --conditions=@touriquest/source`.trim();
}
