import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { buildOrganisation, type OrganisationBuild } from '../../scripts/build-org.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';
import { inventOrganisation, type InventedOrganisation } from './organisation.ts';

/** `npm run build:org` for an invented organisation, as docs/deployment.md runs it, and its packages in real Chromium. */

let org: InventedOrganisation;
let build: OrganisationBuild;
const json = (file: string) => JSON.parse(readFileSync(path.join(build.out, file), 'utf8'));

beforeAll(async () => {
  org = inventOrganisation({ organisation: 'Region Provby', version: '2.5.1', hosting: 'https://intranat.provby.example/paket' });
  build = await buildOrganisation(org.file, { out: path.join(org.dir, 'ut'), key: org.privateKey });
}, 300_000);

describe('npm run build:org', () => {
  it('builds into its own folder, never the demo build', async () => {
    expect(build.out).toBe(path.join(org.dir, 'ut'));
    for (const out of ['.output', '.output/demo']) {
      await expect(buildOrganisation(org.file, { out: path.join(projectRoot, out) })).rejects.toThrow(/demons och testernas byggmapp/);
    }
    expect(build.written).toEqual([
      'addin/manifest.xml',
      'policies/firefox/policies.json',
      'policies/linux/protokoll.json',
      'policies/macos/protokoll.mobileconfig',
      'policies/windows/chrome.reg',
      'policies/windows/edge.reg',
      'protokoll-2.5.1.crx',
      'protokoll-2.5.1.xpi',
      'update.xml',
      'updates.json',
    ]);
  });

  it("stamps the Chromium package with the organisation's key, version, sites and update address", () => {
    const manifest = json('chrome-mv3/manifest.json');
    expect(manifest.key).toBe(build.organisation.key);
    expect(manifest.version).toBe('2.5.1');
    expect(manifest.update_url).toBe('https://intranat.provby.example/paket/update.xml');
    // The sites, and the hosts of the feeds, so that the package syncs without asking anyone.
    expect(manifest.host_permissions).toEqual(['https://intranat.exempelby.example/*', 'https://*.exempelby.example/*', 'https://www.grannkommun.example/*']);
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    // The settings are built in as defaults: the feed, the own formats.
    const background = readFileSync(path.join(build.out, 'chrome-mv3/background.js'), 'utf8');
    expect(background).toContain('https://intranat.exempelby.example/beslutshistorik/manifest.json');
    expect(background).toContain('{prefix}-{year}-{serial:5}[:{sub}]');
  });

  it("stamps the Firefox package with the organisation's id, version and update address", () => {
    const manifest = json('firefox-mv2/manifest.json');
    expect(manifest.version).toBe('2.5.1');
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'protokoll@exempelby.example', update_url: 'https://intranat.provby.example/paket/updates.json' });
    const xpi = unzipSync(readFileSync(path.join(build.out, 'protokoll-2.5.1.xpi')));
    expect(JSON.parse(new TextDecoder().decode(xpi['manifest.json']))).toEqual(manifest);
  });

  it('packs a CRX3 file signed with the key', () => {
    const crx = readFileSync(path.join(build.out, 'protokoll-2.5.1.crx'));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
  });

  it("writes the Word add-in's manifest with the organisation's id, version and publisher, valid by the schema", () => {
    const xml = readFileSync(path.join(build.out, 'addin/manifest.xml'), 'utf8');
    expect(xml).toContain('<Id>6c1f7d2e-8b4a-4e3f-9a51-0d2c7b8e4f16</Id>');
    expect(xml).toContain('<Version>2.5.1</Version>');
    expect(xml).toContain('<ProviderName>Region Provby</ProviderName>');
    const schema = sharedFile('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
    if (schema) execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema, path.join(build.out, 'addin/manifest.xml')], { stdio: 'pipe' });
  });
});

describe('the organisation package in real Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ dir: path.join(build.out, 'chrome-mv3') });
  }, 60_000);
  afterAll(() => browser?.close());

  it('gets the id computed from the organisation key, the id its policies name', async () => {
    expect(browser.extensionId).toBe(org.openSslId);
    expect(browser.extensionId).toBe(build.organisation.chromiumId);
    const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version);
    expect(manifest).toBe('2.5.1');
  });
});
