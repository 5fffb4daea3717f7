import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Writes the add-in manifest for an organisation. `word-addin/manifest.xml` is the manifest for
 * development (https://localhost:3000, the project's own id); an organisation hosting the built
 * task pane elsewhere runs
 *
 *   npm run manifest:addin -- --url https://protokoll.region.se/word/ --id <its GUID> \
 *     --version 1.2.0.0 --provider "Region Exempel" --out word-addin/dist/manifest.xml
 *
 * and gives the written file to Word (sideloading) or to the Microsoft 365 admin center.
 */
export const DEV_ORIGIN = 'https://localhost:3000';
const here = path.dirname(fileURLToPath(import.meta.url));
export const MANIFEST = path.resolve(here, '../manifest.xml');
/** The page Word opens; an address naming it is read as its folder. */
const TASKPANE = 'taskpane.html';

const usage = `Användning: npm run manifest:addin -- [--url ADRESS] [--id GUID] [--version VERSION]
                                    [--provider NAMN] [--out FIL]

Skriver Word-tilläggets manifest för organisationens webbserver.

  --url ADRESS      där det byggda tillägget (word-addin/dist/) ligger: mappen eller dess
                    taskpane.html, https (standard https://localhost:3000)
  --id GUID         tilläggets id, ett eget per organisation (skapa ett med: uuidgen)
  --version VER     tilläggets version, 1–4 tal med punkt, t.ex. 1.2.0.0; höj den vid varje uppdatering
  --provider NAMN   utgivaren som Word visar, t.ex. organisationens namn
  --out FIL         manifestfilen som skrivs (standard word-addin/dist/manifest.xml)
  --help            visar denna hjälp`;

export interface ManifestOptions {
  /** The hosting address: the folder of the built add-in, or its taskpane.html. */
  url: string;
  id?: string;
  version?: string;
  provider?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The manifest schema's Version: one to four numbers of at most five digits. */
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The folder the add-in is served from, with no trailing slash: a URL naming taskpane.html is read as its folder. */
function hostingBase(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`"${url}" är ingen adress`);
  }
  if (parsed.protocol !== 'https:') throw new Error('Word laddar bara tillägg över https');
  if (parsed.search || parsed.hash) throw new Error('adressen får inte ha ? eller #');
  const folder = parsed.pathname.endsWith(`/${TASKPANE}`) ? parsed.pathname.slice(0, -TASKPANE.length) : parsed.pathname;
  parsed.pathname = folder.replace(/\/+$/, '');
  return parsed;
}

function replaceElement(xml: string, element: string, value: string): string {
  return xml.replace(new RegExp(`<${element}>[^<]*</${element}>`), `<${element}>${escapeXml(value)}</${element}>`);
}

/** The manifest with every development address replaced by `url`, and the id, version and provider given. */
export function manifestFor(template: string, options: ManifestOptions): string {
  const base = hostingBase(options.url);
  if (options.id !== undefined && !GUID.test(options.id)) throw new Error(`--id ska vara ett GUID (t.ex. från uuidgen), inte "${options.id}"`);
  if (options.version !== undefined && !VERSION.test(options.version)) {
    throw new Error(`--version ska vara 1–4 tal med punkt emellan, t.ex. 1.2.0.0, inte "${options.version}"`);
  }
  const provider = options.provider?.trim();
  if (provider !== undefined && (provider.length < 1 || provider.length > 125)) throw new Error('--provider ska vara 1–125 tecken');
  // AppDomain is an origin; every other address is the folder plus a file.
  let xml = template
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${base.origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, `${base.origin}${base.pathname}/`);
  if (options.id !== undefined) xml = replaceElement(xml, 'Id', options.id.toLowerCase());
  if (options.version !== undefined) xml = replaceElement(xml, 'Version', options.version);
  if (provider !== undefined) xml = replaceElement(xml, 'ProviderName', provider);
  return xml;
}

async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        url: { type: 'string' },
        id: { type: 'string' },
        version: { type: 'string' },
        provider: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`manifest: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const url = values.url ?? process.env.PROTOKOLL_ADDIN_URL ?? DEV_ORIGIN;
  const out = path.resolve(values.out ?? path.join(here, '../dist/manifest.xml'));
  try {
    const xml = manifestFor(await readFile(MANIFEST, 'utf8'), { url, id: values.id, version: values.version, provider: values.provider });
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, xml);
    process.stdout.write(`Skrev ${path.relative(process.cwd(), out)} för ${url}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`manifest: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
