import { browser } from 'wxt/browser';
import type { ExtensionSettings } from './extension-settings.ts';

/**
 * Which sites the extension may read, and running the content script there. The manifest grants
 * only the loopback hosts (and an organisation build's own sites); every other site is an
 * optional host permission the user grants on the options page, after which the background
 * registers the content script for it.
 */

export const LOOPBACK_SITES = ['http://localhost/*', 'http://127.0.0.1/*'];
const SCRIPT_ID = 'protokoll-sites';

/** The match pattern of a URL's scheme and host: ports are not part of match patterns in every browser. */
export function sitePatternOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The host permissions the settings need: the sites, and the feed's host so the background can fetch it. */
export function originsFor(settings: Pick<ExtensionSettings, 'sites' | 'feedUrl'>): string[] {
  const origins = new Set(settings.sites);
  if (settings.feedUrl) origins.add(sitePatternOf(settings.feedUrl));
  for (const loopback of LOOPBACK_SITES) origins.delete(loopback);
  return [...origins];
}

/** The origins of `origins` not granted yet. */
export async function missingOrigins(origins: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(origins.map((o) => browser.permissions.contains({ origins: [o] })));
  return origins.filter((_, i) => !granted[i]);
}

/**
 * Registers the content script, as the manifest declares it, for the granted ones of `sites`
 * (replacing an earlier registration). Returns the sites it now runs on beyond the manifest's.
 */
export async function registerSiteScripts(sites: readonly string[]): Promise<string[]> {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  const missing = new Set(await missingOrigins(sites));
  const granted = sites.filter((s) => !missing.has(s) && !LOOPBACK_SITES.includes(s));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!declared?.js?.length || !granted.length) return [];
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: declared.js,
      ...(declared.css?.length ? { css: declared.css } : {}),
      allFrames: declared.all_frames ?? false,
      // The registered form of match_about_blank: frames without a URL of their own (about:blank, srcdoc) that the site made.
      ...(declared.match_about_blank ? { matchOriginAsFallback: true } : {}),
      runAt: (declared.run_at as 'document_idle' | undefined) ?? 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}
