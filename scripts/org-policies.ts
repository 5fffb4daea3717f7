import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../cli/project-paths.ts';
import type { Organisation } from './organisation.ts';

/**
 * The organisation's policies, generated from the extension's managed-storage schema
 * (extension/public/managed_schema.json) so that they cannot drift from it: every setting is
 * written in the type the schema gives it, as each browser and platform reads policy.
 *   - Windows: .reg files for Chrome and Edge (HKLM\SOFTWARE\Policies\…): the extension is
 *     force-installed from the organisation's update.xml (ExtensionSettings), its settings go under
 *     3rdparty\extensions\<id>\policy; a list is a subkey with the values "1", "2", …
 *   - Linux: one JSON file for /etc/opt/chrome, /etc/chromium and /etc/opt/edge policies/managed/.
 *   - macOS: a configuration profile (.mobileconfig) with the same for Chrome and Edge.
 *   - Firefox (every platform): policies.json, with the settings under 3rdparty → Extensions → id.
 */

interface SchemaNode {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

export const MANAGED_SCHEMA: SchemaNode & { properties: Record<string, SchemaNode> } = JSON.parse(
  readFileSync(path.join(projectRoot, 'extension/public/managed_schema.json'), 'utf8'),
);

/** The settings the policies fix, in the schema's order: those named in policy.locked, else every one given. */
export function policySettings(org: Organisation): Record<string, unknown> {
  const keys = org.policy.locked ?? Object.keys(org.settings);
  const missing = keys.filter((k) => (org.settings as Record<string, unknown>)[k] === undefined);
  if (missing.length) throw new Error(`policy.locked: ${missing.join(', ')} har inget värde under settings`);
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(MANAGED_SCHEMA.properties)) if (keys.includes(key as never)) values[key] = (org.settings as Record<string, unknown>)[key];
  return values;
}

/** `https://intranat.exempel.se/*` → `https://intranat.exempel.se`: a site's host as runtime_allowed_hosts writes it. */
function hostOfPattern(pattern: string): string {
  return pattern.replace(/^([^:]+:\/\/[^/]+).*$/, '$1');
}

/**
 * The hosts the extension may reach whatever a user grants (Chromium, Edge and Firefox read the
 * same two keys of ExtensionSettings): none but those allowed, by default the sites' and the feeds' hosts.
 */
function runtimeHosts(org: Organisation): Record<string, string[]> {
  if (!org.policy.runtimeBlockedHosts.length) return {};
  // A host pattern has no port: the feed's host on any port.
  const feeds = [org.settings.feedUrl, ...(org.settings.feeds ?? [])].filter((url): url is string => Boolean(url)).map((url) => `${new URL(url).protocol}//${new URL(url).hostname}`);
  const allowed = org.policy.runtimeAllowedHosts ?? [...new Set([...(org.settings.sites ?? []).map(hostOfPattern), ...feeds])];
  return { runtime_blocked_hosts: org.policy.runtimeBlockedHosts, runtime_allowed_hosts: allowed };
}

/** Chromium's and Edge's ExtensionSettings entry: force-installed from the organisation's update.xml, reaching only its own hosts. */
export function chromiumExtensionSettings(org: Organisation): Record<string, unknown> {
  return { [org.chromiumId]: { installation_mode: 'force_installed', update_url: org.chromiumUpdateUrl, ...runtimeHosts(org) } };
}

/** Linux: the same file for Chrome, Chromium and Edge. */
export function linuxPolicy(org: Organisation): string {
  const policy = {
    ExtensionSettings: chromiumExtensionSettings(org),
    '3rdparty': { extensions: { [org.chromiumId]: policySettings(org) } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

export function firefoxPolicy(org: Organisation): string {
  const policy = {
    policies: {
      ExtensionSettings: { [org.extension.firefoxId]: { installation_mode: 'force_installed', install_url: `${org.hosting}${org.xpiFile}`, ...runtimeHosts(org) } },
      '3rdparty': { Extensions: { [org.extension.firefoxId]: policySettings(org) } },
    },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

const regString = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

function regValue(value: unknown, schema: SchemaNode): string {
  if (schema.type === 'integer' || schema.type === 'boolean') return `dword:${Number(value).toString(16).padStart(8, '0')}`;
  return regString(schema.type === 'number' ? String(value) : (value as string));
}

/**
 * Registry sections for `values` under `key`: scalars as values of the key, a list as a subkey
 * whose values (or subkeys, for a list of objects) are named 1, 2, …, an object as a subkey.
 */
function regSections(key: string, values: Record<string, unknown>, properties: Record<string, SchemaNode>): string[] {
  const own: string[] = [];
  const below: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const schema = properties[name];
    if (!schema) throw new Error(`${name} finns inte i managed_schema.json`);
    if (schema.type === 'array') {
      const items = Object.fromEntries((value as unknown[]).map((item, i) => [String(i + 1), item]));
      const itemSchemas = Object.fromEntries(Object.keys(items).map((n) => [n, schema.items!]));
      below.push(...regSections(`${key}\\${name}`, items, itemSchemas));
    } else if (schema.type === 'object') below.push(...regSections(`${key}\\${name}`, value as Record<string, unknown>, schema.properties ?? {}));
    else own.push(`${regString(name)}=${regValue(value, schema)}`);
  }
  return [`[${key}]\r\n${own.map((line) => `${line}\r\n`).join('')}`, ...below];
}

/** A .reg file for Chrome (`Google\Chrome`) or Edge (`Microsoft\Edge`), as regedit writes it: UTF-16 with a byte-order mark. */
export function windowsPolicy(org: Organisation, browserKey: 'Google\\Chrome' | 'Microsoft\\Edge'): Buffer {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  const policyKey = `${root}\\3rdparty\\extensions\\${org.chromiumId}\\policy`;
  const text = [
    'Windows Registry Editor Version 5.00\r\n',
    `[${root}]\r\n"ExtensionSettings"=${regString(JSON.stringify(chromiumExtensionSettings(org)))}\r\n`,
    // Removed first, so that a setting or list entry dropped from the policy does not linger.
    `[-${policyKey}]\r\n`,
    ...regSections(policyKey, policySettings(org), MANAGED_SCHEMA.properties),
  ].join('\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function plist(value: unknown, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${value.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (Array.isArray(value)) return `${indent}<array>\n${value.map((v) => plist(v, `${indent}  `)).join('\n')}\n${indent}</array>`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${indent}  <key>${k}</key>\n${plist(v, `${indent}  `)}`);
  return `${indent}<dict>\n${entries.join('\n')}\n${indent}</dict>`;
}

/** macOS: one configuration profile for Chrome and Edge (their policy domains and each one's extension domain). */
export function macosProfile(org: Organisation): string {
  const identifier = `${org.extension.firefoxId.replace(/[^a-z0-9.]/gi, '.')}.protokoll`;
  const payload = (domain: string, content: Record<string, unknown>) => ({
    PayloadType: domain,
    PayloadIdentifier: `${identifier}.${domain}`,
    PayloadUUID: uuidFrom(`${org.chromiumId}:${domain}`),
    PayloadVersion: 1,
    ...content,
  });
  const domains = ['com.google.Chrome', 'com.microsoft.Edge'];
  const profile = {
    PayloadType: 'Configuration',
    PayloadDisplayName: `Protokoll – ${org.organisation}`,
    PayloadIdentifier: identifier,
    PayloadUUID: uuidFrom(org.chromiumId),
    PayloadVersion: 1,
    PayloadContent: domains.flatMap((d) => [
      payload(d, { ExtensionSettings: chromiumExtensionSettings(org) }),
      payload(`${d}.extensions.${org.chromiumId}`, policySettings(org)),
    ]),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n${plist(profile, '')}\n</plist>\n`;
}

/** A stable UUID for a profile payload, so that a new release's profile replaces the old one. */
function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/** Every policy file, by its path under the organisation build's `policies/` folder. */
export function policyFiles(org: Organisation): Map<string, string | Buffer> {
  return new Map<string, string | Buffer>([
    ['windows/chrome.reg', windowsPolicy(org, 'Google\\Chrome')],
    ['windows/edge.reg', windowsPolicy(org, 'Microsoft\\Edge')],
    ['linux/protokoll.json', linuxPolicy(org)],
    ['macos/protokoll.mobileconfig', macosProfile(org)],
    ['firefox/policies.json', firefoxPolicy(org)],
  ]);
}
