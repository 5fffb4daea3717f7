import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { zipSync } from 'fflate';
import { projectRoot } from '../cli/project-paths.ts';
import { buildOrganisationPackages, CHROME_BUILD_DIR } from '../harness/builds.ts';
import { CHROMIUM_PATH } from '../harness/chromium.ts';
import { MANIFEST, manifestFor } from '../word-addin/scripts/manifest.ts';
import { loadOrganisation, publicKeyDer, type Organisation } from './organisation.ts';
import { policyFiles } from './org-policies.ts';
import { chromiumUpdateXml, firefoxUpdatesJson } from './update-manifests.ts';

/**
 * `npm run build:org -- org.json [--out MAPP] [--key org.pem]`: the organisation's packages and
 * everything that deploys them, from its organisation file (deploy/org.example.json), in a folder
 * of their own (never the demo's): the Chromium/Edge and Firefox packages with the organisation's
 * id, version, settings and update address, update.xml and updates.json, the policies for every
 * browser and platform, and the Word add-in's manifest. docs/deployment.md walks through it.
 */

const usage = `Användning: npm run build:org -- ORGANISATION.json [--out MAPP] [--key PRIVAT.pem] [--chromium PROGRAM]

Bygger organisationens paket ur organisationsfilen (se deploy/org.example.json):

  MAPP/chrome-mv3/            tillägget för Chrome och Edge, uppackat (manifestets key ger dess id)
  MAPP/firefox-mv2/           tillägget för Firefox, uppackat
  MAPP/protokoll-VERSION.crx  paketerat för Chrome och Edge (bara med --key)
  MAPP/protokoll-VERSION.xpi  för Firefox (osignerat: signera det innan det sprids)
  MAPP/update.xml             uppdateringsfilen för Chrome och Edge
  MAPP/updates.json           uppdateringsfilen för Firefox
  MAPP/policies/              policyfiler för Windows (.reg), Linux (.json), macOS (.mobileconfig) och Firefox
  MAPP/addin/manifest.xml     Word-tilläggets manifest (om organisationsfilen har addin)

  --out MAPP          utmappen (standard .output/organisation)
  --key PRIVAT.pem    organisationens privata nyckel: paketerar .crx med Chromium
  --chromium PROGRAM  Chromium, Chrome eller Edge som paketerar .crx (standard ${CHROMIUM_PATH})
  --help              visar denna hjälp`;

/** Every file under `dir`, by its path relative to it with forward slashes. */
async function filesUnder(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, await filesUnder(path.join(dir, entry.name), `${relative}/`));
    else files[relative] = await readFile(path.join(dir, entry.name));
  }
  return files;
}

/** Packs the Chromium package with the organisation's private key, which must be the pair of its public key. */
async function packCrx(org: Organisation, chromiumDir: string, keyFile: string, chromium: string, out: string): Promise<string> {
  if (publicKeyDer(await readFile(keyFile, 'utf8')).toString('base64') !== org.key) {
    throw new Error(`${keyFile} hör inte ihop med extension.publicKey: paketet skulle få ett annat id`);
  }
  await promisify(execFile)(chromium, ['--headless', '--no-sandbox', `--pack-extension=${chromiumDir}`, `--pack-extension-key=${path.resolve(keyFile)}`]);
  const crx = path.join(out, org.crxFile);
  await rename(`${chromiumDir}.crx`, crx);
  return crx;
}

export interface OrganisationBuild {
  organisation: Organisation;
  out: string;
  /** Every file written besides the unpacked packages, relative to `out`. */
  written: string[];
}

export async function buildOrganisation(file: string, options: { out: string; key?: string; chromium?: string }): Promise<OrganisationBuild> {
  const org = loadOrganisation(file);
  const out = path.resolve(options.out);
  if ([path.join(projectRoot, '.output'), path.dirname(CHROME_BUILD_DIR)].includes(out)) {
    throw new Error(`--out ${options.out} är demons och testernas byggmapp; välj en egen, t.ex. .output/organisation`);
  }
  // What a previous organisation build wrote, and only that: --out may be a folder with other files.
  for (const entry of await readdir(out).catch(() => [])) {
    if (['chrome-mv3', 'firefox-mv2', 'policies', 'addin', 'update.xml', 'updates.json'].includes(entry) || /^protokoll-.*\.(crx|xpi)$/.test(entry)) {
      await rm(path.join(out, entry), { recursive: true, force: true });
    }
  }
  const built = await buildOrganisationPackages(path.resolve(file), out);
  const files = new Map<string, string | Uint8Array>([
    ['update.xml', chromiumUpdateXml(org)],
    ['updates.json', firefoxUpdatesJson(org)],
    [org.xpiFile, zipSync(await filesUnder(built.firefox), { level: 9 })],
    ...[...policyFiles(org)].map(([name, content]) => [`policies/${name}`, content] as const),
  ]);
  if (org.addin) {
    const xml = manifestFor(await readFile(MANIFEST, 'utf8'), { url: org.addin.url, id: org.addin.id, version: org.version, provider: org.organisation });
    files.set('addin/manifest.xml', xml);
  }
  for (const [name, content] of files) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), content);
  }
  const written = [...files.keys()];
  if (options.key) written.push(path.relative(out, await packCrx(org, built.chromium, options.key, options.chromium ?? CHROMIUM_PATH, out)));
  return { organisation: org, out, written: written.sort() };
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, key: { type: 'string' }, chromium: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`build:org: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    process.stderr.write(`build:org: ange en organisationsfil\n\n${usage}\n`);
    return 2;
  }
  try {
    const { organisation: org, out, written } = await buildOrganisation(file, {
      out: parsed.values.out ?? '.output/organisation',
      key: parsed.values.key,
      chromium: parsed.values.chromium,
    });
    const relative = path.relative(process.cwd(), out);
    const shown = relative.startsWith('..') ? out : relative || '.';
    process.stdout.write(
      [
        `Byggde ${org.organisation}s paket, version ${org.version}, i ${shown}:`,
        `  Chrome och Edge: ${shown}/chrome-mv3, id ${org.chromiumId}, uppdateras från ${org.chromiumUpdateUrl}`,
        `  Firefox: ${shown}/firefox-mv2, id ${org.extension.firefoxId}, uppdateras från ${org.firefoxUpdateUrl}`,
        ...written.map((name) => `  ${shown}/${name}`),
        ...(parsed.values.key ? [] : ['Inget .crx-paket: ange --key PRIVAT.pem för att paketera för Chrome och Edge.']),
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`build:org: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
