import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT } from './content-script-declaration.ts';
import { LOOPBACK_SITES } from './demo-build.ts';
import { feedUrlsOf, type ExtensionSettings } from './extension-settings.ts';
import { sitePatternOf } from './site-pattern.ts';

/**
 * Which sites the extension may read, and running the content script there. The manifest grants
 * only an organisation build's own sites (and, in the demo build, the loopback hosts); every other
 * site is an optional host permission the user grants on the options page. The background
 * registers the content script for the granted sites beyond the loopback ones.
 */

const SCRIPT_ID = 'protokoll-sites';


/** The host permissions the settings need: the sites, and each feed's host so the background can fetch it. */
export function originsFor(settings: Pick<ExtensionSettings, 'sites' | 'feedUrl' | 'feeds'>): string[] {
  const origins = new Set(settings.sites);
  for (const feedUrl of feedUrlsOf(settings)) origins.add(sitePatternOf(feedUrl));
  for (const loopback of LOOPBACK_SITES) origins.delete(loopback);
  return [...origins];
}

/** The origins of `origins` not granted yet. */
export async function missingOrigins(origins: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(origins.map((o) => browser.permissions.contains({ origins: [o] })));
  return origins.filter((_, i) => !granted[i]);
}

/**
 * Registers the content script, as its entrypoint declares it, for the granted ones of `sites`
 * (replacing an earlier registration). Returns the sites it now runs on beyond the manifest's.
 */
export async function registerSiteScripts(sites: readonly string[]): Promise<string[]> {
  const missing = new Set(await missingOrigins(sites));
  const granted = sites.filter((s) => !missing.has(s) && !LOOPBACK_SITES.includes(s));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return [];
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: [...CONTENT_SCRIPT.js],
      allFrames: CONTENT_SCRIPT.allFrames,
      // The registered form of match_about_blank.
      matchOriginAsFallback: CONTENT_SCRIPT.matchAboutBlank,
      runAt: CONTENT_SCRIPT.runAt,
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}
