import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_POLICY_DIR, chromiumPolicyWritable, writeChromiumPolicy } from '../../harness/chromium-policy.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { hoverCaseNumber } from '../../harness/hover.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions } from '../../harness/options-page.ts';
import { buildOrganisation, type OrganisationBuild } from '../../scripts/build-org.ts';
import { loadOrganisation } from '../../scripts/organisation.ts';
import { policyFiles } from '../../scripts/org-policies.ts';
import { projectRoot } from '../support/shared.ts';
import { inventOrganisation } from './organisation.ts';

/**
 * An organisation's Chromium package from `npm run build:org`, configured by the Linux policy file
 * it generated (the one Chrome, Chromium and Edge read), in Debian's Chromium: the organisation's
 * id, its settings locked on the options page, the policy's feed synced from another host than the
 * one built in, and the hover card. Force-installing needs the package on the intranet, so the
 * package is loaded unpacked and the policy's installation mode is made "allowed" for it; the rest
 * of the generated policy is used as written.
 */

const writable = chromiumPolicyWritable();
if (!writable) console.warn(`\n!!! ${CHROMIUM_POLICY_DIR} is not writable (not root?): the organisation's Chromium policy test is SKIPPED.\n`);

const invented = { ...inventedCase(10, 3), caseNumber: 'RS 1001-2024' };
let server: LoopbackServer;
let build: OrganisationBuild;
let browser: ExtensionBrowser;
let removePolicy: (() => void) | undefined;

beforeAll(async () => {
  if (!writable) return;
  server = await startLoopbackServer();
  server.mount('/pages/', path.join(projectRoot, 'test/e2e/fixtures'));
  publishFeed(server, '/feed/', feedFiles([invented]));
  const settings = { feedUrl: `${server.origin}/tidigare/`, sites: ['http://127.0.0.1/*'], caseNumberPreset: 'prefix-number-year' };
  // Users may reach no other host than the organisation's own (the loopback one here).
  const policy = { locked: ['feedUrl', 'sites', 'caseNumberPreset'], runtimeBlockedHosts: ['*://*'], runtimeAllowedHosts: ['http://127.0.0.1'] };
  const org = inventOrganisation({ organisation: 'Region Provby', settings, policy, addin: undefined });
  build = await buildOrganisation(org.file, { out: path.join(org.dir, 'ut'), key: org.privateKey });
  // The organisation's next policy moves the feed: written from the same file with another feedUrl.
  const moved = JSON.parse(readFileSync(org.file, 'utf8'));
  writeFileSync(org.file, JSON.stringify({ ...moved, settings: { ...settings, feedUrl: `${server.origin}/feed/` } }));
  const generated = JSON.parse(policyFiles(loadOrganisation(org.file)).get('linux/protokoll.json') as string);
  const id = build.organisation.chromiumId;
  const { update_url: _, ...limits } = generated.ExtensionSettings[id];
  removePolicy = writeChromiumPolicy(id, { ...generated, ExtensionSettings: { [id]: { ...limits, installation_mode: 'allowed' } } });
  browser = await launchExtensionBrowser({ dir: path.join(build.out, 'chrome-mv3') });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removePolicy?.();
});

describe.skipIf(!writable)("the organisation's Chromium package under its generated policy", () => {
  it("has the organisation's id, the one its policy names", () => {
    expect(browser.extensionId).toBe(build.organisation.chromiumId);
  });

  it("syncs the policy's feed, not the one built in, and shows it locked", async () => {
    const fetched = () => server.requests.filter((r) => r.status === 200).map((r) => r.path);
    await expect.poll(fetched, { timeout: 30_000 }).toContain('/feed/manifest.json');
    expect(server.requests.some((r) => r.path.startsWith('/tidigare/'))).toBe(false);
    const options = await openOptions(browser);
    const feed = options.getByLabel(/^Historikflöde/);
    await expect.poll(() => feed.inputValue()).toBe(`${server.origin}/feed/manifest.json`);
    expect(await feed.getAttribute('readonly')).not.toBeNull();
    await options.close();
  });

  it('shows the hover card on a page of its site', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/pages/intranet.html`);
    const layer = await ExtensionLayer.of(page);
    await hoverCaseNumber(page, layer, 'RS 1001-2024');
    await expect.poll(() => layer.text('.card'), { timeout: 15_000 }).toContain(invented.title);
    await page.close();
  });
});
