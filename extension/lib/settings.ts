import { browser } from 'wxt/browser';
import { describeIssues, swedishErrors } from '../../core/swedish-issues.ts';
import {
  ExtensionSettings,
  effectiveSettings,
  readSettingsLayer,
  type EffectiveSettings,
  type PartialExtensionSettings,
} from './extension-settings.ts';
import { BUILD_DEFAULTS } from './build-defaults.ts';

/**
 * The settings in force: built-in defaults, then the organisation's build, then what the user
 * saved (storage.local), then policy (storage.managed), whose keys are locked.
 */

const USER_KEY = 'settings';

export interface LoadedSettings extends EffectiveSettings {
  problems: string[];
}

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox without a policy, or a browser without managed storage: no policy.
    return {};
  }
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, managed] = await Promise.all([browser.storage.local.get(USER_KEY), readManaged()]);
  const user = readSettingsLayer(stored[USER_KEY]);
  const policy = readSettingsLayer(managed);
  return {
    ...effectiveSettings({ build: BUILD_DEFAULTS, user: user.settings, policy: policy.settings }),
    problems: [
      ...policy.problems.map((p) => `Policyinställningen ${p} (ignoreras)`),
      ...user.problems.map((p) => `Sparad inställning ${p} (ignoreras)`),
    ],
  };
}

/**
 * Saves the user's choices. Keys fixed by policy are refused, and every value is checked first:
 * an invalid value throws with the schema's reason and nothing is saved.
 */
export async function saveUserSettings(changes: PartialExtensionSettings): Promise<void> {
  const { locked } = await loadSettings();
  const refused = locked.filter((k) => changes[k] !== undefined);
  if (refused.length) throw new Error(`Inställningen är låst av administratören: ${refused.join(', ')}`);
  const parsed = ExtensionSettings.partial().strict().safeParse(changes, { error: swedishErrors });
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  const stored = await browser.storage.local.get(USER_KEY);
  const current = readSettingsLayer(stored[USER_KEY]).settings;
  await browser.storage.local.set({ [USER_KEY]: { ...current, ...parsed.data } });
}

/** Calls `listener` when the user's settings or the policy change. Returns a function that stops it. */
export function onSettingsChanged(listener: () => void): () => void {
  const wrapped = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}
