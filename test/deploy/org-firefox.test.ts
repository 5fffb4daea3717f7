import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_PATH, firefoxInstalled, launchFirefox, pointerPage, type FirefoxBrowser } from '../../harness/firefox.ts';
import { FirefoxLayer } from '../../harness/firefox-layer.ts';
import { hoverCaseNumber } from '../../harness/hover.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { buildOrganisation, type OrganisationBuild } from '../../scripts/build-org.ts';
import { loadOrganisation } from '../../scripts/organisation.ts';
import { policyFiles } from '../../scripts/org-policies.ts';
import { projectRoot } from '../support/shared.ts';
import { inventOrganisation } from './organisation.ts';

/**
 * An organisation's Firefox package from `npm run build:org`, configured by the policies.json it
 * generated, in Debian's Firefox ESR: the policy's feed (not the one built in) is synced, the
 * runtime host limits leave the organisation's own host reachable, and the hover card shows the
 * case. Force-installing needs a signed package from the intranet, so the package is installed as
 * a temporary add-on and the policy's installation mode is made "allowed" for it; the rest of the
 * generated policy is used as written.
 */

const haveFirefox = firefoxInstalled();
if (!haveFirefox) console.warn(`\n!!! ${FIREFOX_PATH} is missing (apt-get install firefox-esr): the organisation's Firefox test is SKIPPED.\n`);

const invented = { ...inventedCase(10, 3), caseNumber: 'RS 1001-2024' };
let server: LoopbackServer;
let build: OrganisationBuild;
let firefox: FirefoxBrowser;
let page: Page;

beforeAll(async () => {
  if (!haveFirefox) return;
  server = await startLoopbackServer();
  server.mount('/pages/', path.join(projectRoot, 'test/e2e/fixtures'));
  publishFeed(server, '/feed/', feedFiles([invented]));
  const settings = { feedUrl: `${server.origin}/tidigare/`, sites: ['http://127.0.0.1/*'], caseNumberPreset: 'prefix-number-year' };
  const org = inventOrganisation({ organisation: 'Region Provby', settings, policy: { runtimeBlockedHosts: ['*://*'] }, addin: undefined });
  build = await buildOrganisation(org.file, { out: path.join(org.dir, 'ut') });
  // The organisation's next policy moves the feed: written from the same file with another feedUrl.
  const moved = JSON.parse(readFileSync(org.file, 'utf8'));
  writeFileSync(org.file, JSON.stringify({ ...moved, settings: { ...settings, feedUrl: `${server.origin}/feed/` } }));
  const policies = JSON.parse(policyFiles(loadOrganisation(org.file)).get('firefox/policies.json') as string).policies;
  const id = build.organisation.extension.firefoxId;
  const { install_url: _, ...limits } = policies.ExtensionSettings[id];
  firefox = await launchFirefox({ extension: path.join(build.out, 'firefox-mv2'), policies: { ...policies, ExtensionSettings: { [id]: { ...limits, installation_mode: 'allowed' } } } });
}, 300_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe.skipIf(!haveFirefox)("the organisation's Firefox package under its generated policy", () => {
  it("has the organisation's id", () => {
    expect(firefox.extensionId).toBe('protokoll@exempelby.example');
  });

  it("syncs the policy's feed, not the one built in, within the runtime host limits", async () => {
    const fetched = () => server.requests.filter((r) => r.status === 200).map((r) => r.path);
    await expect.poll(fetched, { timeout: 30_000 }).toContain('/feed/manifest.json');
    await expect.poll(() => fetched().some((p) => p.startsWith('/feed/shards/')), { timeout: 30_000 }).toBe(true);
    expect(server.requests.some((r) => r.path.startsWith('/tidigare/'))).toBe(false);
  });

  it('shows the hover card on a page of its site', async () => {
    page = await firefox.newPage();
    await page.goto(`${server.origin}/pages/intranet.html`);
    const layer = await FirefoxLayer.of(firefox.browser, page);
    await hoverCaseNumber(pointerPage(page), layer, 'RS 1001-2024');
    await expect.poll(() => layer.text('.card'), { timeout: 15_000 }).toContain(invented.title);
  });
});
