import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared.ts';
import { buildFirefoxPackage, builtExtension } from '../../harness/builds.ts';

// The Firefox package checked the way addons.mozilla.org checks an upload: with Mozilla's
// addons-linter, and against the Chromium package built from the same source. It runs in Firefox
// in extension-firefox-run.test.ts.

interface LinterMessage {
  code: string;
  file?: string;
  message: string;
}
interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

let work: string;
let firefox: string;
let chrome: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'protokoll-firefox-'));
  [firefox, chrome] = await Promise.all([buildFirefoxPackage(work), builtExtension()]);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

describe('the Firefox package', () => {
  it("passes Mozilla's addons-linter: no errors, and no warnings but Preact's innerHTML path", async () => {
    const linter = path.join(projectRoot, 'node_modules/addons-linter/bin/addons-linter');
    const run = await promisify(execFile)(process.execPath, [linter, firefox, '--output', 'json'], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (e: { stdout: string }) => e,
    );
    const report = JSON.parse(run.stdout) as LinterReport;
    expect(report.errors).toEqual([]);
    // Preact sets innerHTML only for dangerouslySetInnerHTML, which no component here uses.
    for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    for (const w of report.warnings) expect(readFileSync(path.join(firefox, w.file!), 'utf8')).toContain('.innerHTML=');
  }, 120_000);

  it('asks for the same least permissions as the Chromium package, in Manifest V2 form', () => {
    const ff = manifest(firefox);
    const cr = manifest(chrome);
    expect(ff.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(ff.permissions).toEqual([...cr.permissions, ...cr.host_permissions]);
    expect(ff.optional_permissions).toEqual(cr.optional_host_permissions);
    expect(ff.permissions).not.toContain('<all_urls>');
    expect(ff.content_scripts).toEqual(cr.content_scripts);
    expect(ff.options_ui.page).toBe(cr.options_ui.page);
    expect(ff.browser_action.default_popup).toBe(cr.action.default_popup);
    expect(readFileSync(path.join(firefox, 'managed_schema.json'), 'utf8')).toBe(readFileSync(path.join(chrome, 'managed_schema.json'), 'utf8'));
  });
});
