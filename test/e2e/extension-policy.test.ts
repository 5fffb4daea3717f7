import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtension } from '../../harness/builds.ts';
import { CHROMIUM_POLICY_DIR, chromiumPolicyWritable, writeChromiumPolicy } from '../../harness/chromium-policy.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions, shownCounts } from '../../harness/options-page.ts';

// An administrator's policy, the way Debian's Chromium reads it: a JSON file in its managed policy
// folder, with the extension's settings under 3rdparty.extensions.<id>. The browser hands them to
// the extension as storage.managed; the options page shows them as locked and the background syncs
// the policy's feed. The package is copied to a folder of its own, so its id (which Chromium derives
// from the folder of an unpacked extension) is one no other test's browser has.

const writable = chromiumPolicyWritable();
if (!writable) console.warn(`\n!!! ${CHROMIUM_POLICY_DIR} is not writable (not root?): the managed-policy test is SKIPPED.\n`);

/** The id Chromium gives an unpacked extension: the first 128 bits of the SHA-256 of its path, written with a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

let server: LoopbackServer;
let browser: ExtensionBrowser;
let work: string;
let removePolicy: (() => void) | undefined;
let feedUrl: string;

beforeAll(async () => {
  if (!writable) return;
  server = await startLoopbackServer();
  publishFeed(server, '/policy-feed/', feedFiles([inventedCase(1001, 2), inventedCase(1002, 1)]));
  feedUrl = `${server.origin}/policy-feed/manifest.json`;
  work = mkdtempSync(path.join(tmpdir(), 'protokoll-policy-'));
  const dir = path.join(work, 'chrome-mv3');
  cpSync(await builtExtension(), dir, { recursive: true });
  const id = unpackedId(dir);
  removePolicy = writeChromiumPolicy(id, {
    '3rdparty': { extensions: { [id]: { feedUrl, syncIntervalMinutes: 90, diariumUrlTemplate: 'https://diarium.example.se/?dnr={caseNumber}' } } },
  });
  browser = await launchExtensionBrowser({ dir });
  expect(browser.extensionId).toBe(id);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removePolicy?.();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!writable)('settings fixed by policy', () => {
  it('shows them locked on the options page, and syncs the policy feed without anyone configuring it', async () => {
    const options = await openOptions(browser);
    const feed = options.getByLabel(/Historikflöde/);
    await expect.poll(() => feed.inputValue()).toBe(feedUrl);
    expect(await feed.getAttribute('readonly')).not.toBeNull();
    expect(await feed.getAttribute('aria-describedby')).toMatch(/-lock/);
    expect(await options.getByLabel(/Synkronisera automatiskt/).inputValue()).toBe('90');
    expect(await options.getByLabel(/Länk till diariet/).getAttribute('readonly')).not.toBeNull();
    expect(await options.getByText('Låst av administratören (policy).').count()).toBe(3);
    // Not fixed by policy: still the user's to change.
    expect(await options.getByLabel(/Webbplatser/).getAttribute('readonly')).toBeNull();
    await expect.poll(() => shownCounts(options), { timeout: 30_000 }).toEqual({ cases: 2, decisions: 3 });
    await options.close();
  });
});
