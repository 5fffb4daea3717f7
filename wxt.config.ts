import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOOPBACK_PATTERNS } from './extension/lib/demo-build.ts';
import { feedUrlsOf, PartialExtensionSettings } from './extension/lib/extension-settings.ts';
import { sitePatternOf } from './extension/lib/site-pattern.ts';
import { describeIssues, swedishErrors } from './core/swedish-issues.ts';
import { loadOrganisation } from './scripts/organisation.ts';
import { readJsonFile } from './scripts/read-json-file.ts';

/**
 * An organisation builds its own package with its defaults (feed URL, intranet sites, case-number
 * preset, diarium link) by pointing PROTOKOLL_DEFAULTS at a JSON file of extension settings:
 *   PROTOKOLL_DEFAULTS=org.json npm run build
 * Its sites become install-time host permissions, so nobody has to grant them one by one.
 */
/**
 * `npm run build:org -- org.json` (scripts/build-org.ts) builds with PROTOKOLL_ORG, the organisation
 * file: its settings are the defaults, and it gives the package its version, its stable id (the
 * manifest `key`), its Firefox id and where both browsers look for updates.
 */
/** A mistake in a build setting is the administrator's to fix: one Swedish line, no stack trace. */
function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    process.stderr.write(`protokoll: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

const organisation = process.env.PROTOKOLL_ORG ? orExit(() => loadOrganisation(process.env.PROTOKOLL_ORG!)) : null;

function buildDefaults(): PartialExtensionSettings {
  if (organisation) return organisation.settings;
  const file = process.env.PROTOKOLL_DEFAULTS;
  if (!file) return {};
  const parsed = PartialExtensionSettings.strict().safeParse(readJsonFile(file), { error: swedishErrors });
  if (!parsed.success) throw new Error(`PROTOKOLL_DEFAULTS (${file}): ${describeIssues(parsed.error, 10)}`);
  return parsed.data;
}
const defaults = orExit(buildDefaults);

/**
 * The demo and test build (`npm start`, the tests, the benchmarks) is built with
 * PROTOKOLL_DEMO_BUILD=1 (harness/builds.ts): its content script runs on localhost and 127.0.0.1,
 * every port. The production package (`npm run build`, an organisation's package) runs on none of
 * them, so no page on the user's own computer, such as a local dev server, reads history.
 */
const DEMO_BUILD = process.env.PROTOKOLL_DEMO_BUILD === '1';
const LOOPBACK = DEMO_BUILD ? LOOPBACK_PATTERNS : [];
/** Sites a user or administrator may add at runtime; granted one by one, never up front. */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  // An organisation's package can be built beside the default one: PROTOKOLL_OUT_DIR=.output/org
  outDir: process.env.PROTOKOLL_OUT_DIR ?? '.output',
  publicDir: 'extension/public',
  vite: () => ({
    plugins: [preact()],
    define: { __PROTOKOLL_BUILD_DEFAULTS__: JSON.stringify(defaults), __PROTOKOLL_DEMO_BUILD__: JSON.stringify(DEMO_BUILD) },
  }),
  hooks: {
    // The content script's entry names the loopback sites; the production package drops them, and
    // the entry with them: its content script is registered at runtime for the granted sites only.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (DEMO_BUILD) return;
      const scripts = (manifest.content_scripts ?? [])
        .map((script: { matches?: string[] }) => ({ ...script, matches: script.matches?.filter((m) => !LOOPBACK_PATTERNS.includes(m)) }))
        .filter((script: { matches?: string[] }) => script.matches?.length);
      if (scripts.length) manifest.content_scripts = scripts;
      else delete manifest.content_scripts;
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Protokoll – beslutshistorik',
    ...(organisation && { version: organisation.version }),
    description: 'Visar beslutshistoriken för diarienummer på intranätets sidor.',
    permissions: ['storage', 'alarms', 'scripting'],
    // The feeds' hosts too, so that the organisation's package syncs without asking anyone.
    host_permissions: [...new Set([...LOOPBACK, ...(defaults.sites ?? []), ...feedUrlsOf({ feedUrl: '', feeds: [], ...defaults }).map(sitePatternOf)])],
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: OPTIONAL_HOSTS }),
    // Chromium reads policy for storage.managed through this schema; Firefox through its enterprise policies ("3rdparty").
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: organisation?.extension.firefoxId ?? 'protokoll@protokoll.example',
              ...(organisation && { update_url: organisation.firefoxUpdateUrl }),
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          storage: { managed_schema: 'managed_schema.json' },
          ...(organisation && { key: organisation.key, update_url: organisation.chromiumUpdateUrl }),
        }),
  }),
});
