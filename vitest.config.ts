import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Vitest's default is one worker fewer than the cores: one worker on CI's two cores, which ran the
          // corpus sweeps (most of the unit time) one after another. They are CPU-bound and independent.
          maxWorkers: availableParallelism(),
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two browsers side by side: most of a browser test is waiting (page loads, timeouts), so a second
          // browser fills the gaps; each file still runs its own tests one after another.
          maxWorkers: 2,
        },
      },
    ],
  },
});
