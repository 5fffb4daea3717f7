import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Writes the add-in manifest for a hosting address. `word-addin/manifest.xml` is the manifest for
 * development (https://localhost:3000); an organisation hosting the built task pane elsewhere runs
 *
 *   npm run manifest:addin -- --url https://protokoll.region.se/word --out word-addin/dist/manifest.xml
 *
 * and gives the written file to Word (sideloading) or to the Microsoft 365 admin center.
 */
export const DEV_ORIGIN = 'https://localhost:3000';
const here = path.dirname(fileURLToPath(import.meta.url));
export const MANIFEST = path.resolve(here, '../manifest.xml');

/** The manifest with every development address replaced by `url` (https, no query, no trailing slash). */
export function manifestFor(template: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`"${url}" är ingen adress`);
  }
  if (parsed.protocol !== 'https:') throw new Error('Word laddar bara tillägg över https');
  if (parsed.search || parsed.hash) throw new Error('adressen får inte ha ? eller #');
  const base = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  // AppDomain is an origin; every other address is the base plus a file.
  return template
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${parsed.origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, `${base}/`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string' } } });
  const url = values.url ?? process.env.PROTOKOLL_ADDIN_URL ?? DEV_ORIGIN;
  const out = path.resolve(values.out ?? path.join(here, '../dist/manifest.xml'));
  try {
    const xml = manifestFor(await readFile(MANIFEST, 'utf8'), url);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, xml);
    process.stdout.write(`Skrev ${path.relative(process.cwd(), out)} för ${url}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`manifest: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
