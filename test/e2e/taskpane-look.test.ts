import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOfficePage, type OfficeTheme } from './support/office-page.ts';
import { buildAddin, openTaskpane, type TaskpaneSession } from './support/taskpane-page.ts';

// The pane in Word's own look: Office's themes (Colorful, White, Dark Grey, Black) and Windows
// high contrast, where backgrounds are dropped and nothing may be carried by a background alone.

/** What Word gives in `Office.context.officeTheme` for its themes (the body colours matter here). */
const THEMES: Record<string, OfficeTheme> = {
  colorful: { bodyBackgroundColor: '#E6E6E6', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
  white: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
  darkGrey: { bodyBackgroundColor: '#444444', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#262626', controlForegroundColor: '#FFFFFF' },
  black: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#0A0A0A', controlForegroundColor: '#FFFFFF' },
};

let built: { dir: string; remove(): Promise<void> };
let server: LoopbackServer;
let browser: Browser;
let demo: TaskpaneSession;

beforeAll(async () => {
  built = await buildAddin();
  server = await startLoopbackServer();
  server.mount('/', built.dir);
  browser = await launchChromium();
  demo = await openTaskpane(built.dir);
}, 180_000);

afterAll(async () => {
  await demo?.close();
  await browser?.close();
  await server?.close();
  await built?.remove();
});

describe("the pane follows Office's theme", () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: Word's body colours, and the dark palette only on a dark theme`, async () => {
      const page = await openOfficePage(browser, server.origin, { theme });
      await page.locator('#app').getByText('Tillägget fungerar i Word').waitFor();
      const look = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        color: getComputedStyle(document.body).color,
      }));
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      expect(look).toEqual({
        theme: name === 'darkGrey' || name === 'black' ? 'dark' : 'light',
        background: rgb(theme.bodyBackgroundColor),
        color: rgb(theme.bodyForegroundColor),
      });
      await page.close();
    });
  }
});

describe('Windows high contrast (forced colours)', () => {
  it("shows the active tab by a border, which high contrast keeps, not by a background", async () => {
    const { page } = demo;
    await page.emulateMedia({ forcedColors: 'active' });
    const underline = await page.getByRole('tab', { selected: true }).evaluate((tab) => {
      const after = getComputedStyle(tab, '::after');
      return { width: after.borderBottomWidth, style: after.borderBottomStyle, colour: after.borderBottomColor, canvas: getComputedStyle(document.body).backgroundColor };
    });
    expect(underline.width).toBe('3px');
    expect(underline.style).toBe('solid');
    expect(underline.colour).not.toBe(underline.canvas);
    await page.emulateMedia({ forcedColors: 'none' });
  });
});
