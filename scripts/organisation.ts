import { readJsonFile } from './read-json-file.ts';
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PartialExtensionSettings, SETTING_KEYS, type SettingKey } from '../extension/lib/extension-settings.ts';
import { describeIssues, swedishErrors } from '../core/swedish-issues.ts';

/**
 * The organisation file: everything an administrator states once to get the organisation's own
 * packages (`npm run build:org -- org.json`): who it is, the release's version, where packages
 * and update files are hosted, the extension's identity, its settings (built in and set by
 * policy) and the Word add-in's identity. Example: deploy/org.example.json; keys: docs/configuration.md.
 */

const httpsFolder = (what: string) =>
  z
    .string({ error: `${what} ska vara en adress, t.ex. https://intranat.exempel.se/protokoll/` })
    .trim()
    .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', `${what} ska vara en https-adress`)
    .refine((s) => !/[?#]/.test(s), `${what} får inte ha ? eller #`)
    .transform((s) => (s.endsWith('/') ? s : `${s}/`));

/** A version every target accepts: Chromium and Firefox (1–4 numbers up to 65535), Office (up to five digits each). */
export const ReleaseVersion = z
  .string({ error: 'version ska vara text, t.ex. "1.4.0"' })
  .regex(/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/, 'version ska vara 1–4 tal med punkt emellan, t.ex. "1.4.0"')
  .refine((v) => v.split('.').every((n) => Number(n) <= 65535), 'varje tal i version får vara högst 65535');

/** A host pattern of Chromium's runtime_allowed_hosts/runtime_blocked_hosts: scheme and host, no path. */
const RuntimeHost = z
  .string()
  .regex(/^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)$/i, 'värden skrivs som https://intranat.exempel.se, *://*.exempel.se eller *://*');

export const OrganisationFile = z.strictObject({
  /** Shown as the Word add-in's publisher. */
  organisation: z.string({ error: 'organisation ska vara organisationens namn' }).trim().min(1, 'organisation får inte vara tom').max(125, 'organisation får vara högst 125 tecken'),
  version: ReleaseVersion,
  /** The folder on the intranet where the packages, update.xml and updates.json are served. */
  hosting: httpsFolder('hosting'),
  extension: z.strictObject({
    /** The PEM file with the organisation's public key (or its private key), relative to the organisation file. */
    publicKey: z.string({ error: 'extension.publicKey ska vara sökvägen till en PEM-fil med organisationens publika nyckel' }).min(1),
    /** Firefox's id for the add-on: an e-mail-like name in the organisation's domain, or a GUID in braces. */
    firefoxId: z
      .string({ error: 'extension.firefoxId ska vara text, t.ex. "protokoll@exempel.se"' })
      .regex(/^(\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\}|[a-z0-9._-]+@[a-z0-9.-]+)$/i, 'extension.firefoxId skrivs som protokoll@exempel.se eller {GUID}'),
  }),
  /** Built into the packages as defaults, and written into the generated policies. */
  settings: PartialExtensionSettings.strict(),
  policy: z
    .strictObject({
      /** Settings the generated policies fix (locked for users); by default every setting given. */
      locked: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]], { error: `policy.locked tar inställningarnas namn: ${SETTING_KEYS.join(', ')}` })).optional(),
      /** Hosts the extension may never reach, even when a user grants them; `*://*` for every host not allowed below. */
      runtimeBlockedHosts: z.array(RuntimeHost).max(100).default(['*://*']),
      /** Hosts allowed despite the blocked ones; by default the hosts of `sites` and of the feed. */
      runtimeAllowedHosts: z.array(RuntimeHost).max(100).optional(),
    })
    .default({ runtimeBlockedHosts: ['*://*'] }),
  addin: z
    .strictObject({
      /** The add-in's own GUID (make one with `node -e "console.log(crypto.randomUUID())"`). */
      id: z.uuid({ error: 'addin.id ska vara ett GUID, t.ex. från node -e "console.log(crypto.randomUUID())"' }),
      /** Where the built add-in (word-addin/dist/) is served: its folder or its taskpane.html. */
      url: httpsFolder('addin.url'),
    })
    .optional(),
});
export type OrganisationFile = z.infer<typeof OrganisationFile>;

/** The organisation file and what follows from it: the extension's key, its Chromium id and the update addresses. */
export interface Organisation extends OrganisationFile {
  /** The manifest `key`: the public key as base64 DER (SubjectPublicKeyInfo). */
  key: string;
  /** The Chromium extension id the key gives. */
  chromiumId: string;
  crxFile: string;
  xpiFile: string;
  chromiumUpdateUrl: string;
  firefoxUpdateUrl: string;
}

/** Chromium's extension id: the first 128 bits of the public key's SHA-256, hex digits written a–p. */
export function extensionIdOf(publicKeyDer: Buffer): string {
  return [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

/** The public key, as DER, from a PEM file holding it or the private key. */
export function publicKeyDer(pem: string): Buffer {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' });
}

/** Reads and checks an organisation file; every problem is thrown in Swedish naming the field. */
export function loadOrganisation(file: string): Organisation {
  const parsed = OrganisationFile.safeParse(readJsonFile(file), { error: swedishErrors });
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error, 10)}`);
  const org = parsed.data;
  const keyFile = path.resolve(path.dirname(file), org.extension.publicKey);
  let der: Buffer;
  try {
    der = publicKeyDer(readFileSync(keyFile, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: extension.publicKey: ${keyFile} är ingen läsbar PEM-nyckel (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return {
    ...org,
    key: der.toString('base64'),
    chromiumId: extensionIdOf(der),
    crxFile: `protokoll-${org.version}.crx`,
    xpiFile: `protokoll-${org.version}.xpi`,
    chromiumUpdateUrl: `${org.hosting}update.xml`,
    firefoxUpdateUrl: `${org.hosting}updates.json`,
  };
}
