import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared.ts';
import { axeViolations } from './support/axe.ts';
import { buildAddin, openTaskpane, type TaskpaneSession } from './support/taskpane-page.ts';

// WCAG 2.1 A and AA (axe-core) over the task pane at Word's 320 px in the states a clerk meets
// that the add-in's own flow does not stop at: the first view with the settings open, a case
// found and not found in the feed of the example protocols, a refused entry, an agenda preview,
// and a check with findings.

const status = (page: Page, panel: string) => page.locator(`#panel-${panel} [role=status]`);

let built: { dir: string; remove(): Promise<void> };
let session: TaskpaneSession;
let feedDir: string;

beforeAll(async () => {
  feedDir = await mkdtemp(path.join(tmpdir(), 'protokoll-a11y-pane-feed-'));
  const [addin] = await Promise.all([
    buildAddin(),
    promisify(execFile)(process.execPath, [path.join(projectRoot, 'bin/protokoll.js'), 'index', path.join(projectRoot, 'examples/protocols'), '--out', feedDir]),
  ]);
  built = addin;
  session = await openTaskpane(built.dir, '?feed=/feed/');
  session.server.mount('/feed/', feedDir);
});

afterAll(async () => {
  await session?.close();
  await built?.remove();
  if (feedDir) await rm(feedDir, { recursive: true, force: true });
});

describe('accessibility (axe-core, WCAG 2.1 AA) of the task pane at 320 px', () => {
  it('the first view, with the settings open', async () => {
    const { page } = session;
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Inställningar').click();
    await page.getByLabel('Adress till beslutshistoriken').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Inställningar').click();
  });

  it('Ny paragraf with a case found in the feed and a case it does not have', async () => {
    const { page } = session;
    await page.fill('#np-case', 'RS 412-2025');
    await expect.poll(() => page.locator('.case-card').textContent()).toContain('Taxa för sjukresor 2025-2026');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#np-case', 'RS 305-2025');
    await expect.poll(() => page.locator('#np-case-lookup').textContent()).toMatch(/finns inte i beslutshistoriken/);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#np-case', '');
  });

  it('Ny paragraf refusing an incomplete entry, field by field', async () => {
    const { page } = session;
    await page.selectOption('#np-type', 'yrkanden');
    await page.click('#np-insert');
    await expect.poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/infogades inte/);
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('#np-type', 'beslutsarende');
  });

  it('Föredragningslista with an agenda in the preview', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Föredragningslista' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.fill(
      '#fl-text',
      ['1. Fastställande av föredragningslista', '2. Val av justerare', '3. Finansrapport per februari 2025 RS 118-2025', '4. Taxa för sjukresor 2025-2026 RS 412-2025', '5. Investering i ny reservkraft vid Fjällby sjukhus RS 377-2025'].join('\n'),
    );
    await expect.poll(() => page.locator('.agenda-preview li').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#fl-create');
    await expect.poll(() => status(page, 'foredragningslista').textContent()).toMatch(/infogade/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Granska with findings grouped by paragraph', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Granska' }).click();
    await page.click('#gr-run');
    await page.locator('#gr-verdict').waitFor();
    await expect.poll(() => page.locator('#panel-granska .finding').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the same views in a dark Office theme (the palette office-theme.ts picks for Dark Grey and Black)', async () => {
    const { page } = session;
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Ny paragraf' }).click();
    await page.selectOption('#np-type', 'yrkanden');
    await page.click('#np-insert');
    await expect.poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/infogades inte/);
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('#np-type', 'beslutsarende');
    await page.getByRole('tab', { name: 'Föredragningslista' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
  });
});
