import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildAddin as buildAddinInto } from '../../../harness/builds.ts';
import { launchChromium } from '../../../harness/chromium.ts';
import { startLoopbackServer, type LoopbackServer } from '../../../harness/loopback-server.ts';

/**
 * The task pane as `npm run build:addin` builds it, served from 127.0.0.1 and opened in Debian's
 * Chromium at Word's narrowest task-pane width. The page is `demo.html`: the same App over the
 * memory gateway, so no Office.js and no network beyond the loopback server.
 */

export const PANE_WIDTH = 320;

/** `expect.poll` with time enough for a machine busy with the rest of the suite. */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

export interface TaskpaneSession {
  server: LoopbackServer;
  browser: Browser;
  page: Page;
  /** Requests the page made to anywhere but the loopback server. */
  external: string[];
  close(): Promise<void>;
}

/** Builds the add-in into a fresh folder (each test file its own, so parallel files do not collide). */
export async function buildAddin(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await buildAddinInto(await mkdtemp(path.join(tmpdir(), 'protokoll-addin-')));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function openTaskpane(dir: string, query = '', height = 900): Promise<TaskpaneSession> {
  const server = await startLoopbackServer();
  server.mount('/', dir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height }, locale: 'sv-SE' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto(`${server.origin}/demo.html${query}`);
  await page.getByRole('tab', { name: 'Ny paragraf' }).waitFor();
  return {
    server,
    browser,
    page,
    external,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
    },
  };
}

/** The paragraphs of the demo's in-memory document, read from the page. */
export async function documentText(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const g = (globalThis as unknown as { protokollDemo: { snapshot(): Promise<{ paragraphs: { text: string }[] }> } }).protokollDemo;
    return (await g.snapshot()).paragraphs.map((p) => p.text);
  });
}
