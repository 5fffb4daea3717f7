import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the browser the tests, the demo, the screenshots and the benchmarks drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for this machine: no sandbox as root, and no background traffic to a network that is not there. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, without the extension. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
