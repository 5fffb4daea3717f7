import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseNumberConfigOf, DEFAULT_EXTENSION_SETTINGS, diariumUrl, SETTING_KEYS } from '../../extension/lib/extension-settings.ts';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import { draftOf, readDraft } from '../../extension/entrypoints/options/settings-form.ts';
import { loadSettings, onSettingsChanged, saveUserSettings } from '../../extension/lib/settings.ts';
import { originsFor, registerSiteScripts } from '../../extension/lib/site-access.ts';
import { sitePatternOf } from '../../extension/lib/site-pattern.ts';
import { projectRoot } from '../support/shared.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings layers', () => {
  it('starts from the built-in defaults with nothing locked', async () => {
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ feedUrl: '', sites: [], caseNumberPreset: '', caseNumberFormats: [], syncIntervalMinutes: 360 });
    expect(loaded.locked).toEqual([]);
  });

  it('lets policy win over the user and locks what policy sets', async () => {
    await saveUserSettings({ feedUrl: 'https://egen.example.se/manifest.json', diariumUrlTemplate: 'https://d.example.se/?dnr={caseNumber}' });
    await fakeBrowser.storage.managed.set({ feedUrl: 'https://policy.example.se/historik/manifest.json', syncIntervalMinutes: 60 });
    const loaded = await loadSettings();
    expect(loaded.settings.feedUrl).toBe('https://policy.example.se/historik/manifest.json');
    expect(loaded.settings.diariumUrlTemplate).toBe('https://d.example.se/?dnr={caseNumber}');
    expect(loaded.locked.sort()).toEqual(['feedUrl', 'syncIntervalMinutes']);
    await expect(saveUserSettings({ feedUrl: 'https://annan.example.se/m.json' })).rejects.toThrow(/låst av administratören: feedUrl/);
  });

  it('takes the feed as its folder or its manifest.json, by policy or from the user, and keeps the manifest', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: 'https://policy.example.se/historik' });
    expect((await loadSettings()).settings.feedUrl).toBe('https://policy.example.se/historik/manifest.json');
    await fakeBrowser.storage.managed.clear();
    await saveUserSettings({ feedUrl: 'https://egen.example.se/flode/' });
    expect((await loadSettings()).settings.feedUrl).toBe('https://egen.example.se/flode/manifest.json');
  });

  it('ignores a bad policy value, keeps the good ones, and says which', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: 'javascript:alert(1)', caseNumberPreset: 'ar-lopnummer', sites: ['<all_urls>'] });
    const loaded = await loadSettings();
    expect(loaded.settings.feedUrl).toBe('');
    expect(loaded.settings.caseNumberPreset).toBe('prefix-year-number');
    expect(loaded.locked).toEqual(['caseNumberPreset']);
    expect(loaded.problems.join('\n')).toMatch(/feedUrl.*http:\/\/ eller https:\/\//);
    expect(loaded.problems.join('\n')).toMatch(/sites/);
  });

  it('refuses to save an invalid value and saves nothing of that call', async () => {
    await expect(saveUserSettings({ feedUrl: 'https://ok.example.se/m.json', syncIntervalMinutes: 1 })).rejects.toThrow(/minst 15 minuter/);
    expect((await loadSettings()).settings.feedUrl).toBe('');
  });

  it('tells listeners when the user or the policy changes a setting', async () => {
    let calls = 0;
    onSettingsChanged(() => calls++);
    await saveUserSettings({ syncIntervalMinutes: 30 });
    await fakeBrowser.storage.managed.set({ syncIntervalMinutes: 45 });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(calls).toBe(2);
  });
});

describe('the options form', () => {
  it('reads each field on its own and names every wrong one', () => {
    const draft = {
      ...draftOf(DEFAULT_EXTENSION_SETTINGS),
      feedUrl: 'ftp://x.example.se/m.json',
      sites: 'https://intranat.example.se\nhttps://*.region.example.se/*',
      caseNumberPrefixes: 'RS, HSN  KS',
      caseNumberFormats: '{prefix} {serial}-{year}\n\n{prefix}-{year}-{nummer}',
      diariumUrlTemplate: 'https://diarium.example.se/arende',
      syncIntervalMinutes: 'en gång',
    };
    const { settings, errors } = readDraft(draft, []);
    expect(settings.sites).toEqual(['https://intranat.example.se/*', 'https://*.region.example.se/*']);
    expect(settings.caseNumberPrefixes).toEqual(['RS', 'HSN', 'KS']);
    expect(Object.keys(errors).sort()).toEqual(['caseNumberFormats', 'diariumUrlTemplate', 'feedUrl', 'syncIntervalMinutes']);
    expect(errors.caseNumberFormats).toMatch(/\{nummer\} är inget fält; fälten är \{prefix\}/);
    expect(errors.diariumUrlTemplate).toMatch(/\{caseNumber\}/);
    expect(errors.syncIntervalMinutes).toMatch(/minuter/);
  });

  it('leaves locked fields out of what it saves', () => {
    const draft = draftOf({ ...DEFAULT_EXTENSION_SETTINGS, feedUrl: 'https://a.example.se/m.json', caseNumberPreset: 'prefix-year-number', syncIntervalMinutes: 60 });
    expect(readDraft(draft, ['feedUrl']).settings).not.toHaveProperty('feedUrl');
  });

  it('refuses all sites at once', () => {
    const draft = draftOf(DEFAULT_EXTENSION_SETTINGS);
    expect(readDraft({ ...draft, sites: 'https://*/*' }, []).errors.sites).toBeDefined();
    expect(readDraft({ ...draft, sites: '<all_urls>' }, []).errors.sites).toBeDefined();
  });
});

describe('what the settings mean', () => {
  it('takes a preset by the name the CLI gives its format, or by its former name', async () => {
    await fakeBrowser.storage.managed.set({ caseNumberPreset: 'kommun-ar-kolon' });
    expect((await loadSettings()).settings.caseNumberPreset).toBe('prefix-year-colon-number');
    await fakeBrowser.storage.managed.set({ caseNumberPreset: 'number-year' });
    const loaded = await loadSettings();
    expect(loaded.problems).toEqual([]);
    expect(findCaseNumbers('Ärende 941-2011.', caseNumberConfigOf(loaded.settings)).map((m) => m.caseNumber.canonical)).toEqual(['941-2011']);
  });

  it('builds the finder configuration from a preset and optional prefixes', () => {
    const preset = caseNumberConfigOf({ caseNumberPreset: 'prefix-year-slash-number', caseNumberFormats: [], caseNumberPrefixes: [] });
    expect(findCaseNumbers('Se KS 2023/456 och XY 2023/1.', preset).map((m) => m.caseNumber.canonical)).toEqual(['KS 2023/456']);
    const own = caseNumberConfigOf({ caseNumberPreset: 'prefix-year-slash-number', caseNumberFormats: [], caseNumberPrefixes: ['XY'] });
    expect(findCaseNumbers('Se KS 2023/456 och XY 2023/1.', own).map((m) => m.caseNumber.canonical)).toEqual(['XY 2023/1']);
    const formats = caseNumberConfigOf({ caseNumberPreset: '', caseNumberFormats: ['{prefix}.{year}.{serial}'], caseNumberPrefixes: ['KU'] });
    expect(findCaseNumbers('Se KU.2017.91 och KS 2023/456.', formats).map((m) => m.caseNumber.canonical)).toEqual(['KU.2017.91']);
  });

  it('names a bad format set by policy and keeps the rest', async () => {
    await fakeBrowser.storage.managed.set({ caseNumberFormats: ['{prefix} {serial}'], caseNumberPreset: 'kommun-ar-snedstreck' });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ caseNumberFormats: [], caseNumberPreset: 'prefix-year-slash-number' });
    expect(loaded.problems.join('\n')).toMatch(/caseNumberFormats\[0\]: formatet ”\{prefix\} \{serial\}”: ett format har \{year\} exakt en gång/);
  });

  it('makes diarium links only to http(s), with the case number encoded', () => {
    expect(diariumUrl('https://d.example.se/arende?dnr={caseNumber}', 'KS 2023/456')).toBe('https://d.example.se/arende?dnr=KS%202023%2F456');
    expect(diariumUrl('', 'RS 1-2024')).toBeNull();
    expect(diariumUrl('javascript:alert({caseNumber})', 'RS 1-2024')).toBeNull();
  });

  it('asks host permission for the feed host and the sites, never for loopback', () => {
    expect(sitePatternOf('https://intranat.example.se:8443/historik/manifest.json')).toBe('https://intranat.example.se/*');
    expect(originsFor({ feedUrl: 'http://127.0.0.1:8080/feed/manifest.json', feeds: [], sites: ['http://localhost/*'] })).toEqual([]);
    expect(originsFor({ feedUrl: 'https://feed.example.se/m.json', feeds: [], sites: ['https://intranat.example.se/*'] })).toEqual([
      'https://intranat.example.se/*',
      'https://feed.example.se/*',
    ]);
    expect(
      originsFor({ feedUrl: '', feeds: ['https://region.example.se/historik/manifest.json', 'https://kommun.example.se/h/manifest.json'], sites: [] }),
    ).toEqual(['https://region.example.se/*', 'https://kommun.example.se/*']);
  });
});

describe('running on a granted site', () => {
  it('registers the content script as its entrypoint declares it: every frame, about:blank frames, document_start', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p: { origins?: string[] }) => p.origins?.[0] !== 'https://ej-beviljad.example.se/*');
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    const sites = ['https://intranat.example.se/*', 'https://ej-beviljad.example.se/*', 'http://localhost/*'];
    expect(await registerSiteScripts(sites)).toEqual(['https://intranat.example.se/*']);
    expect(register).toHaveBeenCalledWith([
      {
        id: 'protokoll-sites',
        matches: ['https://intranat.example.se/*'],
        js: ['content-scripts/content.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });
});

describe('managed storage schema', () => {
  it('describes exactly the settings the extension reads', () => {
    const schema = JSON.parse(readFileSync(`${projectRoot}/extension/public/managed_schema.json`, 'utf8')) as {
      type: string;
      properties: Record<string, { type: string }>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
  });
});
