import { swedishErrors } from '../../../core/swedish-issues.ts';
import {
  ExtensionSettings,
  SETTING_KEYS,
  type PartialExtensionSettings,
  type SettingKey,
} from '../../lib/extension-settings.ts';

/** The options form as the user types it: every field a string, read into settings on save. */
export type SettingsDraft = Record<SettingKey, string>;

export function draftOf(settings: ExtensionSettings): SettingsDraft {
  return {
    feedUrl: settings.feedUrl,
    feeds: settings.feeds.join('\n'),
    sites: settings.sites.join('\n'),
    caseNumberPreset: settings.caseNumberPreset,
    caseNumberFormats: settings.caseNumberFormats.join('\n'),
    caseNumberPrefixes: settings.caseNumberPrefixes.join(', '),
    diariumUrlTemplate: settings.diariumUrlTemplate,
    syncIntervalMinutes: String(settings.syncIntervalMinutes),
    feedConnectSeconds: String(settings.feedConnectSeconds),
    feedTimeoutSeconds: String(settings.feedTimeoutSeconds),
    feedMaxMegabytes: String(settings.feedMaxMegabytes),
  };
}

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);
/** A whole number as typed, else the text, for the schema to name what is wrong. */
const wholeNumber = (t: string) => (/^\s*\d+\s*$/.test(t) ? Number(t) : t);

const READERS: { [K in SettingKey]: (text: string) => unknown } = {
  feedUrl: (t) => t.trim(),
  feeds: (t) => words(t),
  // "https://intranat.exempel.se" means the whole site.
  sites: (t) => words(t).map((w) => (/^https?:\/\/[^/]+$/i.test(w) ? `${w}/*` : w)),
  caseNumberPreset: (t) => t,
  // One format a line: a template may hold spaces.
  caseNumberFormats: (t) => t.split('\n').map((line) => line.trim()).filter(Boolean),
  caseNumberPrefixes: (t) => words(t),
  diariumUrlTemplate: (t) => t.trim(),
  syncIntervalMinutes: wholeNumber,
  feedConnectSeconds: wholeNumber,
  feedTimeoutSeconds: wholeNumber,
  feedMaxMegabytes: wholeNumber,
};

/**
 * Reads the draft's unlocked fields. Each field is checked on its own so that every wrong field
 * gets its own message next to it.
 */
export function readDraft(
  draft: SettingsDraft,
  locked: readonly SettingKey[],
): { settings: PartialExtensionSettings; errors: Partial<Record<SettingKey, string>> } {
  const settings: Record<string, unknown> = {};
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    if (locked.includes(key)) continue;
    const parsed = ExtensionSettings.shape[key].safeParse(READERS[key](draft[key]), { error: swedishErrors });
    if (parsed.success) settings[key] = parsed.data;
    else errors[key] = parsed.error.issues.map((i) => i.message).join('; ');
  }
  return { settings: settings as PartialExtensionSettings, errors };
}
