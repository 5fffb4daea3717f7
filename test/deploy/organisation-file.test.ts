import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../extension/lib/extension-settings.ts';
import { loadOrganisation, OrganisationFile } from '../../scripts/organisation.ts';
import { MANAGED_SCHEMA, policyFiles } from '../../scripts/org-policies.ts';
import { chromiumUpdateXml, firefoxUpdatesJson } from '../../scripts/update-manifests.ts';
import { EXAMPLE_FILE, inventOrganisation } from './organisation.ts';

const example = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));

describe('the example organisation file', () => {
  it('is valid and sets every setting, so that it shows every key', () => {
    expect(OrganisationFile.safeParse(example).error).toBeUndefined();
    expect(Object.keys(example.settings).sort()).toEqual([...SETTING_KEYS].sort());
    expect(example.policy.locked.sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('has case-number formats of its own beside the preset, named as the CLI names them', () => {
    expect(example.settings.caseNumberFormats).toContain('{prefix}-{year}-{serial:5}[:{sub}]');
    expect(example.settings.caseNumberPreset).toBe('prefix-year-slash-number');
  });
});

describe('reading an organisation file', () => {
  it('gives the id Chromium computes from the key, the same as the openssl line in the docs', () => {
    const org = inventOrganisation();
    expect(loadOrganisation(org.file).chromiumId).toBe(org.openSslId);
    expect(org.openSslId).toMatch(/^[a-p]{32}$/);
  });

  it('names every wrong key in Swedish, unknown ones too', () => {
    const org = inventOrganisation({
      version: '1.4.0.0.1',
      hosting: 'http://intranat.exempelby.example/',
      settings: { ...example.settings, caseNumberFormats: ['{prefix} {nummer}'], syncIntervalMinutes: 5 },
      extra: true,
    });
    const message = (() => {
      try {
        loadOrganisation(org.file);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('version ska vara 1–4 tal');
    expect(message).toContain('hosting: hosting ska vara en https-adress');
    expect(message).toMatch(/settings\.caseNumberFormats\[0\]: formatet ”\{prefix\} \{nummer\}”/);
    expect(message).toContain('settings.syncIntervalMinutes: minst 15 minuter');
    expect(message).toContain('okänt fält: extra');
  });

  it('says which key file is missing or no key', () => {
    const org = inventOrganisation({ extension: { ...example.extension, publicKey: 'saknas.pem' } });
    expect(() => loadOrganisation(org.file)).toThrow(/extension\.publicKey: .*saknas\.pem är ingen läsbar PEM-nyckel \(ENOENT\)/);
  });

  it('allows by default the hosts of the sites and of every feed, and nothing else', () => {
    const { runtimeAllowedHosts: _, ...policy } = example.policy;
    const org = loadOrganisation(inventOrganisation({ policy }).file);
    const linux = JSON.parse(policyFiles(org).get('linux/protokoll.json') as string);
    expect(linux.ExtensionSettings[org.chromiumId]).toMatchObject({
      runtime_blocked_hosts: ['*://*'],
      runtime_allowed_hosts: ['https://intranat.exempelby.example', 'https://*.exempelby.example', 'https://www.grannkommun.example'],
    });
  });

  it('refuses a locked setting without a value', () => {
    const org = inventOrganisation({ settings: { feedUrl: example.settings.feedUrl }, policy: { locked: ['feedUrl', 'sites'] } });
    expect(() => policyFiles(loadOrganisation(org.file))).toThrow(/policy\.locked: sites har inget värde under settings/);
  });
});

/** The values of a .reg file, by key, as regedit would import them (strings unescaped, dwords as numbers). */
function readReg(bytes: Buffer): Map<string, Map<string, string | number>> {
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = bytes.subarray(2).toString('utf16le');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  const keys = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const key = /^\[(-?)(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    if (key) {
      current = key[1] ? null : new Map();
      if (current) keys.set(key[2]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    expect(value, line).not.toBeNull();
    expect(current, line).not.toBeNull();
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current!.set(unescape(value![1]!), value![3] ? parseInt(value![3], 16) : unescape(value![2]!));
  }
  return keys;
}

describe('the policies generated from the managed-storage schema', () => {
  const org = loadOrganisation(inventOrganisation().file);
  const files = policyFiles(org);
  const properties = Object.keys(MANAGED_SCHEMA.properties);

  it('are written for Windows, Linux, macOS and Firefox', () => {
    expect([...files.keys()].sort()).toEqual(['firefox/policies.json', 'linux/protokoll.json', 'macos/protokoll.mobileconfig', 'windows/chrome.reg', 'windows/edge.reg']);
  });

  it.each([
    ['windows/chrome.reg', 'Google\\Chrome'],
    ['windows/edge.reg', 'Microsoft\\Edge'],
  ])('%s: force-installed from update.xml, every setting under 3rdparty, lists as numbered values', (name, browserKey) => {
    const reg = readReg(files.get(name) as Buffer);
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
    const install = JSON.parse(reg.get(root)!.get('ExtensionSettings') as string);
    expect(install[org.chromiumId]).toMatchObject({ installation_mode: 'force_installed', update_url: org.chromiumUpdateUrl, runtime_blocked_hosts: ['*://*'] });
    const policy = `${root}\\3rdparty\\extensions\\${org.chromiumId}\\policy`;
    for (const property of properties) {
      const schema = MANAGED_SCHEMA.properties[property]!;
      const expected = (org.settings as Record<string, unknown>)[property];
      if (schema.type === 'array') {
        const list = reg.get(`${policy}\\${property}`);
        expect(list, property).toBeDefined();
        expect([...list!.entries()]).toEqual((expected as unknown[]).map((v, i) => [String(i + 1), v]));
      } else expect(reg.get(policy)!.get(property), property).toBe(expected);
    }
  });

  it('linux/protokoll.json and firefox/policies.json hold every setting', () => {
    const linux = JSON.parse(files.get('linux/protokoll.json') as string);
    expect(Object.keys(linux['3rdparty'].extensions[org.chromiumId])).toEqual(properties);
    expect(linux.ExtensionSettings[org.chromiumId].update_url).toBe(org.chromiumUpdateUrl);
    const firefox = JSON.parse(files.get('firefox/policies.json') as string).policies;
    expect(firefox['3rdparty'].Extensions[org.extension.firefoxId]).toEqual(linux['3rdparty'].extensions[org.chromiumId]);
    expect(firefox.ExtensionSettings[org.extension.firefoxId]).toEqual({
      installation_mode: 'force_installed',
      install_url: `${org.hosting}${org.xpiFile}`,
      runtime_blocked_hosts: ['*://*'],
      runtime_allowed_hosts: org.policy.runtimeAllowedHosts,
    });
  });

  it('the macOS profile is a well-formed property list naming every setting for Chrome and Edge', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-'));
    const file = path.join(dir, 'protokoll.mobileconfig');
    writeFileSync(file, files.get('macos/protokoll.mobileconfig')!);
    expect(() => execFileSync('xmllint', ['--nonet', '--noout', file], { stdio: 'pipe' })).not.toThrow();
    const xml = readFileSync(file, 'utf8');
    for (const domain of ['com.google.Chrome', 'com.microsoft.Edge']) expect(xml).toContain(`<string>${domain}.extensions.${org.chromiumId}</string>`);
    for (const property of properties) expect(xml.split(`<key>${property}</key>`)).toHaveLength(3);
  });

  it('update.xml and updates.json name this version and its packages', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'update-'));
    writeFileSync(path.join(dir, 'update.xml'), chromiumUpdateXml(org));
    expect(() => execFileSync('xmllint', ['--nonet', '--noout', path.join(dir, 'update.xml')], { stdio: 'pipe' })).not.toThrow();
    expect(chromiumUpdateXml(org)).toContain(`<app appid="${org.chromiumId}">`);
    expect(chromiumUpdateXml(org)).toContain(`codebase="https://intranat.exempelby.example/protokoll/paket/protokoll-1.4.0.crx" version="1.4.0"`);
    expect(JSON.parse(firefoxUpdatesJson(org)).addons[org.extension.firefoxId].updates).toEqual([
      { version: '1.4.0', update_link: 'https://intranat.exempelby.example/protokoll/paket/protokoll-1.4.0.xpi' },
    ]);
  });
});
