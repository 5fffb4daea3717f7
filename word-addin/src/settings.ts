/**
 * The pane's few settings, kept per user in the browser storage of the add-in's origin
 * (Office keeps it across sessions). The feed's address defaults to what the organisation
 * built the add-in with (PROTOKOLL_FEED_URL) and can be set for a session with `?feed=`.
 */
import { CaseNumberConfig } from '../../core/casenumber/config.ts';
import { DEFAULT_FETCH_LIMITS, FetchLimits } from '../../core/history/bounded-fetch.ts';

declare const __PROTOKOLL_FEED_URL__: string;
/** The administrator's case-number formats (PROTOKOLL_CASE_NUMBERS at build time), or null. */
declare const __PROTOKOLL_CASE_NUMBERS__: unknown;

/** The feed's fetch limits (PROTOKOLL_FEED_LIMITS at build time). */
declare const __PROTOKOLL_FEED_LIMITS__: unknown;

/** How long and how much each fetch of the feed may take, as the organisation built the pane. */
export const BUILT_IN_FETCH_LIMITS: FetchLimits =
  typeof __PROTOKOLL_FEED_LIMITS__ === 'undefined' ? DEFAULT_FETCH_LIMITS : (FetchLimits.safeParse(__PROTOKOLL_FEED_LIMITS__).data ?? DEFAULT_FETCH_LIMITS);

/** The case-number formats the organisation built the pane with; null lets the feed's learned formats apply. */
export const BUILT_IN_CASE_NUMBERS: CaseNumberConfig | null =
  typeof __PROTOKOLL_CASE_NUMBERS__ === 'undefined' ? null : (CaseNumberConfig.nullable().safeParse(__PROTOKOLL_CASE_NUMBERS__).data ?? null);

export interface PaneSettings {
  /** The body that meets, as on the cover page: "Kulturnämndens arbetsutskott". */
  body: string;
  /**
   * The decision-history feed: its folder or its manifest.json, absolute or relative to the pane;
   * or several feeds, one per organisation, separated by white space (see `feedAddresses`).
   */
  feedUrl: string;
}

/** The feeds a feed setting names: one address, or several (a region's and its municipalities') separated by white space. */
export function feedAddresses(setting: string): string[] {
  return [...new Set(setting.split(/\s+/).filter(Boolean))];
}

const KEY = 'protokoll.settings';

/** The browser storage of the add-in's origin, when the host allows it. */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked (private mode, policies): settings then last for the session only.
    return null;
  }
}

export function loadSettings(search: string = globalThis.location?.search ?? ''): PaneSettings {
  const builtIn = typeof __PROTOKOLL_FEED_URL__ === 'string' ? __PROTOKOLL_FEED_URL__ : '';
  let saved: Partial<PaneSettings> = {};
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') saved = parsed as Partial<PaneSettings>;
  } catch {
    saved = {};
  }
  const fromUrl = new URLSearchParams(search).get('feed');
  return {
    body: typeof saved.body === 'string' ? saved.body : '',
    feedUrl: fromUrl ?? (typeof saved.feedUrl === 'string' && saved.feedUrl ? saved.feedUrl : builtIn),
  };
}

export function saveSettings(settings: PaneSettings): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Not saved; the values still apply until the pane closes.
  }
}
