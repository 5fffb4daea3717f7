import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFile, projectRoot } from '../support/shared.ts';
import { MANIFEST, manifestFor } from '../../word-addin/scripts/manifest.ts';

const schema = sharedFile('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');

function validate(file: string): string {
  // xmllint reports on stderr; a failure throws with its message.
  return execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema!, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe.skipIf(!schema)('the add-in manifest against the OfficeApp 1.1 schemas (offline xmllint)', () => {
  it('word-addin/manifest.xml validates', () => {
    expect(() => validate(MANIFEST)).not.toThrow();
  });

  it('the manifest written for another hosting address validates and points only there', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    const xml = manifestFor(readFileSync(MANIFEST, 'utf8'), { url: 'https://protokoll.region.example/word/' });
    writeFileSync(file, xml);
    expect(() => validate(file)).not.toThrow();
    expect(xml.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://protokoll.region.example</AppDomain>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://protokoll.region.example/word/taskpane.html"/>');
  });

  it("the organisation's id, version and provider, with the task pane's own address as --url, validate", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    const run = spawnSync(
      process.execPath,
      [
        path.join(projectRoot, 'word-addin/scripts/manifest.ts'),
        ...['--url', 'https://protokoll.region.example/word/taskpane.html', '--id', '0B7E4C2A-91D3-4F6B-8A5C-3E2D1F0A9B87'],
        ...['--version', '2.3.1.0', '--provider', 'Region Exempel & Co', '--out', file],
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(() => validate(file)).not.toThrow();
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<Id>0b7e4c2a-91d3-4f6b-8a5c-3e2d1f0a9b87</Id>');
    expect(xml).toContain('<Version>2.3.1.0</Version>');
    expect(xml).toContain('<ProviderName>Region Exempel &#38; Co</ProviderName>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://protokoll.region.example/word/taskpane.html"/>');
    expect(xml).not.toContain('taskpane.html/');
  });

  it('a broken manifest is rejected, so the validation can fail', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    writeFileSync(file, readFileSync(MANIFEST, 'utf8').replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(() => validate(file)).toThrow();
  });
});

describe('what the manifest declares', () => {
  const xml = readFileSync(MANIFEST, 'utf8');

  it('is a Word task pane with a ribbon button, WordApi 1.3 and Swedish texts', () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
    expect(xml).toContain('<DefaultLocale>sv-SE</DefaultLocale>');
    expect(xml).toMatch(/<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('every icon it names exists in the right size', () => {
    for (const m of xml.matchAll(/assets\/icon-(\d+)\.png/g)) {
      const file = path.join(projectRoot, 'word-addin/public/assets', `icon-${m[1]}.png`);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      // PNG width and height sit at bytes 16-23 of the IHDR chunk.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(m[1]), Number(m[1])]);
    }
  });

  it('refuses a hosting address Word would not load, and an id or version the schema would not', () => {
    expect(() => manifestFor(xml, { url: 'http://intranet.example/word' })).toThrow(/https/);
    expect(() => manifestFor(xml, { url: 'inte en adress' })).toThrow(/ingen adress/);
    expect(() => manifestFor(xml, { url: 'https://intranet.example/word', id: 'region-exempel' })).toThrow(/GUID/);
    expect(() => manifestFor(xml, { url: 'https://intranet.example/word', version: '1.2.3.4.5' })).toThrow(/1–4 tal/);
  });

  it('the folder and the task pane page give the same manifest', () => {
    expect(manifestFor(xml, { url: 'https://intranet.example/word/taskpane.html' })).toBe(manifestFor(xml, { url: 'https://intranet.example/word' }));
  });

  it('--help prints the usage and exits 0; an unknown flag exits 2 with the usage', () => {
    const script = path.join(projectRoot, 'word-addin/scripts/manifest.ts');
    const help = spawnSync(process.execPath, [script, '--help'], { encoding: 'utf8' });
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Användning: npm run manifest:addin/);
    const bad = spawnSync(process.execPath, [script, '--guid', 'x'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Användning');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
