import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Finding } from '../../core/check/rule.ts';
import { RULES } from '../../core/rules/index.ts';
import { rulesMarkdown } from '../../cli/commands/rules.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';

const fixture = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');

const CheckedFile = z
  .object({
    file: z.string(),
    profile: z.object({ id: z.enum(['kommunallagen', 'struktur']), reason: z.string() }).strict(),
    protocol: z
      .object({
        body: z.string().nullable(),
        date: z.string().nullable(),
        paragraphs: z.array(z.object({ number: z.number(), title: z.string(), caseNumbers: z.array(z.string()) }).strict()),
      })
      .strict(),
    findings: z.array(Finding.strict()),
  })
  .strict();
const UnreadableFile = z.object({ file: z.string(), error: z.string() }).strict();
const BatchJson = z.object({ files: z.array(z.union([CheckedFile, UnreadableFile])) }).strict();

const CheckJson = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      profile: z.object({ id: z.string(), reason: z.string() }).strict(),
      protocol: z.object({
        body: z.string().nullable(),
        date: z.string().nullable(),
        paragraphs: z.array(z.object({ number: z.number(), title: z.string(), caseNumbers: z.array(z.string()) }).strict()),
      }).strict(),
      findings: z.array(Finding.strict()),
    }).strict(),
  ),
}).strict();

const tmp = () => mkdtempSync(path.join(tmpdir(), 'protokoll-check-'));

/** Invented minutes: a cover with body, date, justerare and time of justering, then the § entries' lines. */
const minutes = (body: string, lines: string[]) =>
  [
    'Protokoll',
    '',
    'Sammanträdesdatum',
    `${body} 2025-05-06`,
    '',
    'Justerare',
    'Anna Berg (S)',
    '',
    'Justeringens plats och tid',
    'Digital justering, 2025-05-08',
    '',
    ...lines,
    '',
  ].join('\n');

describe.skipIf(!fixture)('protokoll check on the real signed protocol', () => {
  it('reads § 218–234 and reports no error (exit 0)', async () => {
    const run = await runCli(['check', fixture!, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = CheckJson.parse(JSON.parse(run.out));
    const [file] = json.files;
    expect(file!.protocol.paragraphs).toHaveLength(17);
    expect(file!.protocol.paragraphs[5]).toEqual({ number: 223, title: 'Övergripande tidsplan för driftsättning av Cosmic', caseNumbers: ['RS 2215-2024'] });
    expect(file!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds a clerk’s mistake, groups it per paragraph with its line, and exits 1', async () => {
    const dir = tmp();
    const broken = path.join(dir, 'utkast.txt');
    // § 226 renumbered by hand to § 227: a duplicate.
    writeFileSync(broken, readFileSync(fixture!, 'utf8').replace(' § 226 Upphandling av förmånscyklar och förmånsportal\nRS', ' § 227 Upphandling av förmånscyklar och förmånsportal\nRS'));
    const run = await runCli(['check', broken]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/\n  § 227 Upphandling av förmånscyklar och förmånsportal\n(?:.*\n)*?\s+rad 472\s+fel\s+§ 226 saknas mellan § 225 och § 227/);
    expect(run.out).toMatch(/\n  § 227 Regionstyrelsens nämndplan och budget 2025\n(?:.*\n)*?\s+rad 520\s+fel\s+§ 227 förekommer två gånger/);
    expect(run.out).toMatch(/Åtgärda felen/);
  });
});

describe('protokoll check', () => {
  it('checks the project’s example protocol when given no file, and says so', async () => {
    const run = await runCli(['check']);
    expect(run.err).toMatch(/exempelprotokoll examples\/protocols\/regionstyrelsens-arbetsutskott-2025-03-11\.txt/);
    expect(run.out).toMatch(/Regionstyrelsens arbetsutskott 2025-03-11 · 10 paragrafer \(§§ 41–50\)/);
    expect(run.code).toBe(0);
  });

  it('exits 2 with one line for an unreadable file and for bad usage, never a stack trace', async () => {
    const missing = await runCli(['check', 'finns-inte.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toMatch(/finns-inte\.txt: .*finns inte/);
    const bad = await runCli(['check', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format ska vara text eller json/);
    const unknown = await runCli(['check', '--nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a text with no paragraphs', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'brev.txt'), 'Hej!\nDetta är inget protokoll.\n');
    const run = await runCli(['check', 'brev.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/brev\.txt: hittade inga paragrafer/);
  });

  it('takes severities from a configuration file, and names a bad field', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'p.txt'), 'Protokoll\nSammanträdesdatum\nRegionstyrelsen 2025-01-20\n\n§ 1 Ett\nRS 1-2025\n\nBeslut\nJa.\n\n§ 3 Tre\nRS 3-2025\n\nBeslut\nJa.\n');
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ severities: { 'continuous-numbering': 'warning' } }));
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ justeringDays: 'fjorton' }));
    const withConfig = await runCli(['check', 'p.txt', '--config', 'ok.json', '--format', 'json'], { cwd: dir });
    const findings = CheckJson.parse(JSON.parse(withConfig.out)).files[0]!.findings;
    expect(findings.find((f) => f.rule === 'continuous-numbering')?.severity).toBe('warning');
    const bad = await runCli(['check', 'p.txt', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json är ogiltig: justeringDays/);
  });

  it('names a misspelt field, an unknown rule and a wrong severity in Swedish, and lets optional fields be left out', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'p.txt'), 'Protokoll\nSammanträdesdatum\nRegionstyrelsen 2025-01-20\n\n§ 1 Ett\nRS 1-2025\n\nBeslut\nJa.\n');
    const errorOf = async (config: unknown) => {
      writeFileSync(path.join(dir, 'c.json'), JSON.stringify(config));
      const run = await runCli(['check', 'p.txt', '--config', 'c.json'], { cwd: dir });
      return run.code === 2 ? run.err : null;
    };
    expect(await errorOf({ justeringsDagar: 14 })).toMatch(/c\.json är ogiltig: okänt fält: justeringsDagar/);
    expect(await errorOf({ severities: { 'ingen-sadan-regel': 'error' } })).toMatch(/severities: okänt fält: ingen-sadan-regel/);
    expect(await errorOf({ severities: { 'continuous-numbering': 'fel' } })).toMatch(/severities\.continuous-numbering: tillåtna värden är "error", "warning", "info", "off"/);
    expect(await errorOf({ caseNumbers: { formats: ['{prefix} {serial}-{year}'] } })).toBeNull();
  });

  it('checks every file of a batch, names an unreadable one on its own line, and exits with the worst code', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'ren.txt'), minutes('Hälso- och sjukvårdsnämnden', ['§ 4 Riktlinje för hemsjukvård', 'HSN 12-2025', '', 'Beslut', '', 'Riktlinjen antas.']));
    writeFileSync(path.join(dir, 'fel.txt'), minutes('Hälso- och sjukvårdsnämnden', ['§ 4 Riktlinje för hemsjukvård', '', 'Beslut', '', 'Riktlinjen antas.']));
    writeFileSync(path.join(dir, 'brev.txt'), 'Hej!\nDetta är inget protokoll.\n');

    const text = await runCli(['check', 'ren.txt', 'saknas.txt', 'fel.txt', 'brev.txt'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^protokoll check: saknas\.txt: .*finns inte/),
      expect.stringMatching(/^protokoll check: brev\.txt: hittade inga paragrafer/),
    ]);
    expect(text.out).toMatch(/^ren\.txt\n(?:.*\n)*?  Inga fel: klart för justering\.(?:.*\n)*\nfel\.txt\n(?:.*\n)*?.*saknar diarienummer/);

    const json = await runCli(['check', 'ren.txt', 'saknas.txt', 'fel.txt', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    const files = BatchJson.parse(JSON.parse(json.out)).files;
    expect(files.map((f) => f.file)).toEqual(['ren.txt', 'saknas.txt', 'fel.txt']);
    expect(files[1]).toEqual({ file: 'saknas.txt', error: expect.stringMatching(/finns inte/) });

    expect((await runCli(['check', 'ren.txt', 'fel.txt'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', 'ren.txt', 'ren.txt'], { cwd: dir })).code).toBe(0);
  });

  it('says which profile it applied and why; a styrgrupp gets the structure rules only', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'styrgrupp.txt'), minutes('Styrgruppen för e-arkiv', ['§ 3 Tidplan för införandet', '', 'Beslut', '', 'Tidplanen godkänns.']));
    const text = await runCli(['check', 'styrgrupp.txt'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      '  Styrgruppen för e-arkiv 2025-05-06 · 1 paragraf (§ 3)\n  Granskad mot strukturreglerna: Styrgruppen för e-arkiv är en styrgrupp: inte ett organ enligt kommunallagen, bara strukturreglerna\n',
    );

    writeFileSync(path.join(dir, 'kl.json'), JSON.stringify({ profile: 'kommunallagen' }));
    const json = await runCli(['check', 'styrgrupp.txt', '--config', 'kl.json', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const [file] = BatchJson.parse(JSON.parse(json.out)).files;
    expect(file).toMatchObject({ profile: { id: 'kommunallagen', reason: 'profilen kommunallagen är vald i konfigurationen' } });

    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ profile: 'styrgrupp' }));
    const bad = await runCli(['check', 'styrgrupp.txt', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json är ogiltig: profile/);
  });

  it('runs as `npx protokoll` through the bin script under this Node', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin/protokoll.js'), 'check', '--format', 'json'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(CheckJson.parse(JSON.parse(result.stdout)).files[0]!.protocol.paragraphs).toHaveLength(10);
  });
});

describe('protokoll rules', () => {
  it('lists every rule with id, severity, description and source', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const listed = JSON.parse(run.out) as { id: string }[];
    expect(listed.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const text = await runCli(['rules']);
    for (const r of RULES) expect(text.out).toContain(r.id);
  });

  it('the README carries the same catalogue, and docs/rules.md the same with each rule’s source', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(rulesMarkdown({ sources: false }));
    expect(readFileSync(path.join(projectRoot, 'docs/rules.md'), 'utf8')).toContain(rulesMarkdown());
  });
});

it('the bin refuses an old Node with a clear message', () => {
  const pretendOld = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.1.0"})';
  const result = spawnSync(process.execPath, ['--import', pretendOld, path.join(projectRoot, 'bin/protokoll.js'), 'check'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/Node 20\.1\.0 är för gammal; Node 24 behövs/);
});
