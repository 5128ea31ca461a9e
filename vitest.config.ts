import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/data/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 20000,
    // The JSON report feeds the one-line summary scripts/test.sh prints at the end.
    reporters: ['default', ['json', { outputFile: 'out/test-results/vitest.json' }]],
  },
});
