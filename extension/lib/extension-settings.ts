import { z } from 'zod';
import {
  CASE_NUMBER_PRESET_ALIASES,
  CaseNumberConfig,
  CaseNumberFormat,
  DEFAULT_CASE_NUMBER_CONFIG,
  FORMAT_PRESET_IDS,
  presetConfig,
  type FormatPresetId,
} from '../../core/casenumber/index.ts';
import { DEFAULT_FETCH_LIMITS, FetchLimits } from '../../core/history/bounded-fetch.ts';
import { feedManifestAddress } from '../../core/history/feed-address.ts';
import { describeIssues, swedishErrors } from '../../core/swedish-issues.ts';

/**
 * The browser extension's settings. The same keys are set by the user on the options page,
 * by an administrator through managed storage (policy), and by an organisation's own build
 * (build-time defaults); policy wins over the user, the user over the build, the build over
 * the built-in defaults below.
 */

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The history feed, given as its folder or its manifest.json and kept as the manifest's URL, or
 * empty when none is configured yet.
 */
export const FeedUrl = z
  .string()
  .trim()
  .refine((s) => s === '' || isHttpUrl(s), 'Historikflödet ska vara en adress som börjar med http:// eller https://')
  .transform((s) => (s === '' ? s : feedManifestAddress(s)));

/** More feeds, one per organisation (a region's staff meet its municipalities' case numbers), each as `FeedUrl`. */
export const FeedUrls = z
  .array(FeedUrl.refine((s) => s !== '', 'en adress i listan över historikflöden är tom'), { error: 'historikflödena ska vara en lista av adresser' })
  .max(50, 'högst 50 historikflöden');

/**
 * A site where the extension runs, as a match pattern for a scheme and host
 * (`https://intranet.example.se/*`, `https://*.example.se/*`). `<all_urls>` and bare `*`
 * hosts are refused: the extension asks for the least it needs.
 */
export const SitePattern = z
  .string()
  .trim()
  .regex(
    /^(https?):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+|\[[0-9a-f:]+\])\/.*$/i,
    'webbplatsen ska skrivas som https://värd.exempel.se/*',
  )
  .refine((s) => !/^https?:\/\/\*\//.test(s), 'alla webbplatser (*) går inte att välja; ange en värd');

/**
 * Where "Öppna i diariet" points. `{caseNumber}` is replaced by the URL-encoded canonical
 * case number; empty means no diarium link.
 */
export const DiariumUrlTemplate = z
  .string()
  .trim()
  .refine((s) => s === '' || isHttpUrl(s), 'Diarielänken ska vara en adress som börjar med http:// eller https://')
  .refine((s) => s === '' || s.includes('{caseNumber}'), 'Diarielänken ska innehålla {caseNumber}');

/**
 * A preset by the name of its format, as the CLI's formats name it (`prefix-year-slash-number`),
 * or by its former name (`kommun-ar-snedstreck`), kept as the format's name; or empty: the formats
 * learned by the feed (else the built-in default).
 */
export const CaseNumberPreset = z
  .union([z.literal(''), z.enum(FORMAT_PRESET_IDS as [FormatPresetId, ...FormatPresetId[]]), z.enum(Object.keys(CASE_NUMBER_PRESET_ALIASES) as [keyof typeof CASE_NUMBER_PRESET_ALIASES])], {
    error: `förinställt format ska vara ett av ${FORMAT_PRESET_IDS.join(', ')}, eller tomt för historikflödets format`,
  })
  .transform((name): FormatPresetId | '' => (Object.hasOwn(CASE_NUMBER_PRESET_ALIASES, name) ? CASE_NUMBER_PRESET_ALIASES[name as keyof typeof CASE_NUMBER_PRESET_ALIASES] : (name as FormatPresetId | '')));

export const ExtensionSettings = z.object({
  feedUrl: FeedUrl,
  /** Feeds beside `feedUrl`; histories are kept per feed and merged per case number. */
  feeds: FeedUrls,
  /** Sites beyond the built-in localhost ones; each needs a host permission granted at runtime. */
  sites: z.array(SitePattern).max(100),
  caseNumberPreset: CaseNumberPreset,
  /** Formats of the organisation's own (preset ids or templates); they win over the preset and the feed's. */
  caseNumberFormats: z.array(CaseNumberFormat, { error: 'formaten ska vara en lista, t.ex. ["{prefix} {serial}-{year}"]' }).max(20, 'högst 20 format'),
  /** Registry prefixes replacing the preset's own; empty keeps the preset's. */
  caseNumberPrefixes: CaseNumberConfig.shape.prefixes,
  diariumUrlTemplate: DiariumUrlTemplate,
  /** Minutes between periodic syncs. */
  syncIntervalMinutes: z
    .number({ error: 'ange ett antal minuter' })
    .int('ange ett helt antal minuter')
    .min(15, 'minst 15 minuter')
    .max(7 * 24 * 60, 'högst 10080 minuter (en vecka)'),
  /** Seconds until the feed's server answers; a slower one fails the sync, and the old data stays. */
  feedConnectSeconds: FetchLimits.shape.connectSeconds,
  /** Seconds for each file of the feed. */
  feedTimeoutSeconds: FetchLimits.shape.totalSeconds,
  /** Megabytes each file of the feed may have. */
  feedMaxMegabytes: FetchLimits.shape.maxMegabytes,
});
export type ExtensionSettings = z.infer<typeof ExtensionSettings>;
export type SettingKey = keyof ExtensionSettings;
export const SETTING_KEYS = Object.keys(ExtensionSettings.shape) as SettingKey[];

/** Any subset of the settings, as a policy or a build may give them. */
export const PartialExtensionSettings = ExtensionSettings.partial();
export type PartialExtensionSettings = z.infer<typeof PartialExtensionSettings>;

export const DEFAULT_EXTENSION_SETTINGS: ExtensionSettings = {
  feedUrl: '',
  feeds: [],
  sites: [],
  caseNumberPreset: '',
  caseNumberFormats: [],
  caseNumberPrefixes: [],
  diariumUrlTemplate: '',
  syncIntervalMinutes: 360,
  feedConnectSeconds: DEFAULT_FETCH_LIMITS.connectSeconds,
  feedTimeoutSeconds: DEFAULT_FETCH_LIMITS.totalSeconds,
  feedMaxMegabytes: DEFAULT_FETCH_LIMITS.maxMegabytes,
};

/** Every feed the settings name, `feedUrl` first, each once: the order their entries are merged in. */
export function feedUrlsOf(settings: Pick<ExtensionSettings, 'feedUrl' | 'feeds'>): string[] {
  return [...new Set([settings.feedUrl, ...settings.feeds].filter(Boolean))];
}

/** The limits every fetch of the feed runs within. */
export function fetchLimitsOf(settings: Pick<ExtensionSettings, 'feedConnectSeconds' | 'feedTimeoutSeconds' | 'feedMaxMegabytes'>): FetchLimits {
  return { connectSeconds: settings.feedConnectSeconds, totalSeconds: settings.feedTimeoutSeconds, maxMegabytes: settings.feedMaxMegabytes };
}

/**
 * Reads a layer of settings (user, policy or build) key by key: a key whose value does not
 * pass its schema is dropped and reported, so one bad policy value does not lose the rest.
 */
export function readSettingsLayer(input: unknown): { settings: PartialExtensionSettings; problems: string[] } {
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  if (input === null || typeof input !== 'object') return { settings, problems };
  for (const key of SETTING_KEYS) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = ExtensionSettings.shape[key].safeParse(value, { error: swedishErrors });
    if (parsed.success) settings[key] = parsed.data;
    else problems.push(describeIssues(parsed.error, 3, [key]));
  }
  return { settings: settings as PartialExtensionSettings, problems };
}

export interface EffectiveSettings {
  settings: ExtensionSettings;
  /** Keys fixed by policy, shown locked on the options page. */
  locked: SettingKey[];
}

/** Layers, lowest first: build defaults, then the user's, then policy (whose keys are locked). */
export function effectiveSettings(layers: {
  build?: PartialExtensionSettings;
  user?: PartialExtensionSettings;
  policy?: PartialExtensionSettings;
}): EffectiveSettings {
  const policy = layers.policy ?? {};
  return {
    settings: { ...DEFAULT_EXTENSION_SETTINGS, ...layers.build, ...layers.user, ...policy },
    locked: SETTING_KEYS.filter((k) => policy[k] !== undefined),
  };
}

/**
 * The case-number finder's configuration: the formats an administrator or user set, else the
 * preset's, else the formats the feed learned from the organisation's protocols, else the default.
 * Set prefixes replace those of the formats that take the configured ones.
 */
export function caseNumberConfigOf(
  settings: Pick<ExtensionSettings, 'caseNumberPreset' | 'caseNumberFormats' | 'caseNumberPrefixes'>,
  learned: readonly string[] = [],
): CaseNumberConfig {
  const preset = settings.caseNumberPreset ? presetConfig(settings.caseNumberPreset) : null;
  const base = settings.caseNumberFormats.length
    ? { formats: settings.caseNumberFormats, prefixes: preset?.prefixes ?? [] }
    : (preset ?? (learned.length ? { formats: learned, prefixes: [] } : DEFAULT_CASE_NUMBER_CONFIG));
  return CaseNumberConfig.parse({
    formats: base.formats,
    prefixes: settings.caseNumberPrefixes.length ? settings.caseNumberPrefixes : base.prefixes,
  });
}

/** The diarium link for a case, or null when no template is set. Only http(s) results are returned. */
export function diariumUrl(template: string, caseNumber: string): string | null {
  if (!template) return null;
  const url = template.replaceAll('{caseNumber}', encodeURIComponent(caseNumber));
  return isHttpUrl(url) ? new URL(url).href : null;
}
