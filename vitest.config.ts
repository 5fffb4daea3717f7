import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects so `npm test` runs everything: the extension's unit tests need WXT's fake browser
// (WxtVitest aliases `wxt/browser` to it) and Preact; everything else runs as plain TypeScript.
const EXTENSION_UNIT = ['test/extension/**/*.test.ts', 'test/extension/**/*.test.tsx'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', ...EXTENSION_UNIT],
        },
      },
      {
        extends: true,
        plugins: [WxtVitest(), preact()],
        test: { name: 'extension', include: EXTENSION_UNIT },
      },
    ],
  },
});
