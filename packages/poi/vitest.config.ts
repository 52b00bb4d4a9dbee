// Imported by path: vitest bundles its config with esbuild, which does not transpile workspace packages.
import { defineTestConfig } from '../../tooling/testing/src/vitest-config.ts';

export default defineTestConfig();
