import { MANIFEST_FILE } from './feed.ts';

/**
 * One address form for the feed in every client (`history --feed`, the add-in's setting, the
 * extension's setting): the feed's folder or its manifest.json, a URL or, for the CLI, a path.
 * Administrators copy whichever they see in a browser's address bar, so both must work.
 */

/** The feed's folder, ending in a separator: `…/beslutshistorik`, `…/beslutshistorik/` and `…/beslutshistorik/manifest.json` give `…/beslutshistorik/`. */
export function feedFolder(address: string): string {
  // A query or fragment belongs to the manifest's own address, not to the folder of the shards.
  const path = address.trim().replace(/[?#].*$/, '');
  const folder = path.replace(new RegExp(`(^|[\\\\/])${MANIFEST_FILE.replace('.', '\\.')}$`, 'i'), '$1');
  if (folder === '') return './';
  return /[\\/]$/.test(folder) ? folder : `${folder}/`;
}

/** The address of the feed's manifest.json, from the folder or the manifest's address. */
export function feedManifestAddress(address: string): string {
  return `${feedFolder(address)}${MANIFEST_FILE}`;
}
