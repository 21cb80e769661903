import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['vm-core/test/**/*.test.ts', 'server/test/**/*.test.ts', 'debug-adapter/test/**/*.test.ts', 'client/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
