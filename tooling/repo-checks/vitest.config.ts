import { defineConfig } from 'vitest/config';

// No database here: these checks read the repository's files.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
