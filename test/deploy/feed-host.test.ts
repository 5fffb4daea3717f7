import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions, configureFeed, shownCounts } from '../../harness/options-page.ts';
import { buildAddin, openTaskpane, poll, type TaskpaneSession } from '../e2e/support/taskpane-page.ts';

/**
 * The feed's host as docs/deployment.md describes it, in real Chromium: the Word add-in reading a
 * feed on another origin than its own needs CORS headers from the feed's server; the extension
 * needs none (its host permission covers the feed) and sends the user's cookies, so a feed behind
 * the intranet's single sign-on works.
 */

const CASES = [inventedCase(7, 3), inventedCase(8, 1)];

describe('the add-in and a feed on another origin', () => {
  let built: { dir: string; remove(): Promise<void> };
  let feedHost: LoopbackServer;
  let session: TaskpaneSession;

  beforeAll(async () => {
    built = await buildAddin();
    feedHost = await startLoopbackServer();
    publishFeed(feedHost, '/beslutshistorik/', feedFiles(CASES));
    session = await openTaskpane(built.dir, `?feed=${feedHost.origin}/beslutshistorik/`);
    expect(new URL(feedHost.origin).origin).not.toBe(session.server.origin);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await feedHost?.close();
    await built?.remove();
  });

  async function lookUp(caseNumber: string): Promise<void> {
    const { page } = session;
    await page.getByRole('tab', { name: 'Ny paragraf' }).click();
    await page.fill('#np-case', '');
    await page.fill('#np-case', caseNumber);
  }

  it('without CORS headers the browser refuses the feed, and the pane says what the server lacks', async () => {
    await lookUp(CASES[0]!.caseNumber);
    await poll(() => session.page.locator('#np-case-lookup').textContent()).toMatch(
      new RegExp(`kunde inte hämtas .*tillåter inte hämtning från tilläggets webbplats ${session.server.origin.replaceAll('.', '\\.')} \\(svaret saknar Access-Control-Allow-Origin\\)`),
    );
    expect(feedHost.requests.some((r) => r.path === '/beslutshistorik/manifest.json')).toBe(true);
  });

  it("with Access-Control-Allow-Origin for the pane's origin it reads the feed", async () => {
    feedHost.setHeaders({ 'access-control-allow-origin': session.server.origin });
    await lookUp(CASES[1]!.caseNumber);
    await poll(() => session.page.locator('.case-card').textContent()).toContain(CASES[1]!.title);
  });

  it('with Access-Control-Allow-Origin: * as well', async () => {
    feedHost.setHeaders({ 'access-control-allow-origin': '*' });
    await lookUp(CASES[0]!.caseNumber);
    await poll(() => session.page.locator('.case-card').textContent()).toContain(CASES[0]!.title);
  });
});

describe('the extension and a feed behind single sign-on', () => {
  let feedHost: LoopbackServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    feedHost = await startLoopbackServer();
    publishFeed(feedHost, '/beslutshistorik/', feedFiles(CASES));
    feedHost.requireCookie('intranat-sso=inloggad');
    browser = await launchExtensionBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await feedHost?.close();
  });

  it('is refused until the user has signed in, then syncs with the cookie and no CORS headers', async () => {
    const options = await openOptions(browser);
    await configureFeed(options, `${feedHost.origin}/beslutshistorik/`);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toMatch(/HTTP 401/);

    // Signing in to the intranet leaves the session cookie; the extension's requests carry it.
    await browser.context.addCookies([{ name: 'intranat-sso', value: 'inloggad', url: feedHost.origin }]);
    await options.getByRole('button', { name: 'Synkronisera nu' }).click();
    await expect.poll(() => shownCounts(options), { timeout: 30_000 }).toEqual({ cases: 2, decisions: 4 });
    expect(feedHost.requests.filter((r) => r.status === 200).map((r) => r.path)).toContain('/beslutshistorik/manifest.json');
  });
});
