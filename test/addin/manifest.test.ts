import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
    const xml = manifestFor(readFileSync(MANIFEST, 'utf8'), 'https://protokoll.region.example/word/');
    writeFileSync(file, xml);
    expect(() => validate(file)).not.toThrow();
    expect(xml.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://protokoll.region.example</AppDomain>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://protokoll.region.example/word/taskpane.html"/>');
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

  it('refuses a hosting address Word would not load', () => {
    expect(() => manifestFor(xml, 'http://intranet.example/word')).toThrow(/https/);
    expect(() => manifestFor(xml, 'inte en adress')).toThrow(/ingen adress/);
  });
});
