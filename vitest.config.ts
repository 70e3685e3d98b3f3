import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit/component tests in jsdom, and real-browser e2e tests against the built
// extension (`npm test` builds first). E2E files end in `.e2e.ts` and run one at a time: each
// launches a browser, and these machines have two cores.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'test/**/*.test.{ts,tsx}',
            'core/**/*.test.ts',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.{ts,tsx}',
            'cli/**/*.test.ts',
          ],
          setupFiles: ['test/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // After the unit project, not beside it: browsers and jsdom workers fighting over two cores make
          // timing-sensitive e2e checks flaky.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
