import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { CaseNumberConfig, findCaseNumbers } from '../../core/casenumber/index.ts';
import { FeedManifest, FeedShard } from '../../core/history/feed.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { main } from '../../cli/main.ts';
import type { Io } from '../../cli/command.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';
import { imageOnlyPdf } from '../read/make-pdf.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

const tempDir = useTempDirs();

const fixtures = path.join(projectRoot, 'test/fixtures/protocols');
const examples = path.join(projectRoot, 'examples/protocols');
const realProtocol = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');

function io(cwd: string, isTTY = false): Io & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
    isTTY,
    cwd,
  });
}

const workdir = () => tempDir('index-cmd');

/** Every case in a feed folder, read the way a client would: manifest first, then each listed shard. */
function feedCases(dir: string): Map<string, CaseHistory> {
  const manifest = FeedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  const cases = new Map<string, CaseHistory>();
  for (const ref of manifest.shards) {
    for (const c of FeedShard.parse(JSON.parse(readFileSync(path.join(dir, ref.path), 'utf8'))).cases) cases.set(c.caseNumber, c);
  }
  return cases;
}

describe.skipIf(!realProtocol)('protokoll index + history on the real protocol', () => {
  it('shows § 223 of 2024-12-05 about Cosmic as a proposal of the arbetsutskott to the regionstyrelse', async () => {
    const dir = workdir();
    const indexing = io(dir);
    expect(await main(['index', realProtocol!, '--out', 'feed'], indexing)).toBe(0);
    expect(indexing.out).toContain('Läste 1 av 1 fil.');
    expect(indexing.out).toMatch(/17 paragrafer/);

    const t = io(dir);
    expect(await main(['history', 'RS 2215-2024', '--feed', 'feed'], t)).toBe(0);
    expect(t.out).toContain('RS 2215-2024  Övergripande tidsplan för driftsättning av Cosmic');
    expect(t.out).toContain('Status: Föreslagen till regionstyrelsen 2024-12-05');
    expect(t.out).toContain('2024-12-05  Regionstyrelsens arbetsutskott § 223 Övergripande tidsplan för driftsättning av Cosmic');
    expect(t.out).toContain('Förslag till regionstyrelsen, inte ett slutligt beslut');
    expect(t.out).toContain('Cosmic driftsätts i Region Västerbotten onsdagen den 9 april kl. 05.00, 2025.');
    expect(t.out).not.toMatch(/Beslutad av/);

    const json = io(dir);
    expect(await main(['history', 'RS 1834-2023', '--feed', 'feed', '--format', 'json'], json)).toBe(0);
    // The protocol writes "föreslår att regionstyrelsens beslutar"; the receiving body is still the regionstyrelse.
    expect(JSON.parse(json.out).entries[0]).toMatchObject({ paragraph: 222, outcome: 'proposed', proposedTo: 'regionstyrelsen' });

    const cases = feedCases(path.join(dir, 'feed'));
    expect(cases.get('RS 32-2024')?.entries[0]).toMatchObject({ paragraph: 220, outcome: 'informationNoted' });
    expect(cases.get('RS 3-2024')?.entries[0]).toMatchObject({ paragraph: 234, outcome: 'informationNoted' });
    expect(cases.get('RS 2208-2024')?.entries[0]?.reservations).toEqual([
      'Nicklas Sandström (M), Åsa Ågren Wikström (M) och Malin Svensson (C) reserverar sig mot förslaget till förmån för egna förslag.',
    ]);
  });
});

describe('protokoll index', () => {
  it('shows a case handled in two protocols with both entries in date order (our own pair, one of them a PDF)', async () => {
    const dir = workdir();
    const t = io(dir);
    expect(await main(['index', path.join(fixtures, 'run-2025-03-04.pdf'), path.join(fixtures, 'runau-2025-02-11.txt'), '--out', 'feed'], t)).toBe(0);
    const cases = feedCases(path.join(dir, 'feed'));
    const cykelled = cases.get('RUN 318-2024')!;
    expect(cykelled.entries.map((e) => [e.date, e.body, e.paragraph, e.outcome, e.source.file, e.source.page])).toEqual([
      ['2025-02-11', 'Regionala utvecklingsnämndens arbetsutskott', 14, 'proposed', 'runau-2025-02-11.txt', 2],
      ['2025-03-04', 'Regionala utvecklingsnämnden', 33, 'decided', 'run-2025-03-04.pdf', 4],
    ]);
    expect(cykelled.entries[1]!.reservations).toEqual(['Karin Holm (SD) reserverar sig mot beslutet till förmån för eget yrkande.']);
    // One paragraph, two case numbers: both cases get it, in both protocols.
    for (const caseNumber of ['RUN 402-2024', 'RS 1190-2024']) {
      expect(cases.get(caseNumber)!.entries.map((e) => [e.date, e.outcome, e.proposedTo])).toEqual([
        ['2025-02-11', 'referredBack', null],
        ['2025-03-04', 'proposed', 'regionstyrelsen'],
      ]);
    }
    expect(cases.get('RUN 455-2024')!.entries[0]!.outcome).toBe('rejected');
    expect(cases.get('RUN 512-2024')!.entries[0]!.outcome).toBe('tabled');
    expect(cases.get('RUN 77-2025')!.entries[0]!.outcome).toBe('informationNoted');

    const h = io(dir);
    expect(await main(['history', 'RUN 318-2024', '--feed', 'feed'], h)).toBe(0);
    expect(h.out).toContain('Status: Beslutad av regionala utvecklingsnämnden 2025-03-04');
    expect(h.out.indexOf('2025-02-11')).toBeLessThan(h.out.indexOf('2025-03-04  Regionala'));
  });

  it('links the example protocols of the arbetsutskott and the regionstyrelse by their shared cases', async () => {
    const dir = workdir();
    expect(await main(['index', examples, '--out', 'feed'], io(dir))).toBe(0);
    const cases = feedCases(path.join(dir, 'feed'));
    for (const caseNumber of ['RS 118-2025', 'RS 412-2025']) {
      const entries = cases.get(caseNumber)!.entries;
      expect(entries.map((e) => [e.date, e.body, e.outcome])).toEqual([
        ['2025-03-11', 'Regionstyrelsens arbetsutskott', 'proposed'],
        ['2025-04-01', 'Regionstyrelsen', expect.not.stringMatching(/proposed/)],
      ]);
    }
    expect(cases.get('RS 251-2025')!.entries.at(-1)).toMatchObject({ outcome: 'proposed', proposedTo: 'regionfullmäktige' });
  });

  it('publishes the case-number formats learned from the protocols in the manifest, and they find every case', async () => {
    const dir = workdir();
    expect(await main(['index', examples, '--out', 'feed'], io(dir))).toBe(0);
    const manifest = FeedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'feed/manifest.json'), 'utf8')));
    expect(manifest.caseNumberFormats).toEqual([expect.stringMatching(/^\{prefix:[A-Z|]+\} \{serial\}(\[:\{sub\}\])?-\{year\}$/)]);
    const learned = CaseNumberConfig.parse({ formats: manifest.caseNumberFormats, prefixes: [] });
    for (const caseNumber of feedCases(path.join(dir, 'feed')).keys()) {
      expect(findCaseNumbers(`Se ${caseNumber}.`, learned).map((m) => m.raw)).toEqual([caseNumber]);
    }
  });

  it('names and skips files it cannot read, indexes the rest, and exits 1', async () => {
    const dir = workdir();
    const archive = path.join(dir, 'arkiv');
    mkdirSync(path.join(archive, '2025'), { recursive: true });
    copyFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), path.join(archive, '2025', 'runau-2025-02-11.txt'));
    writeFileSync(path.join(archive, '2025', 'tom.pdf'), '');
    writeFileSync(path.join(archive, '2025', 'skannad.pdf'), imageOnlyPdf());
    const pdf = readFileSync(path.join(fixtures, 'run-2025-03-04.pdf'));
    writeFileSync(path.join(archive, '2025', 'trasig.pdf'), pdf.subarray(0, pdf.length >> 1));
    execFileSync('qpdf', ['--encrypt', 'hemligt', 'agare', '256', '--', path.join(fixtures, 'run-2025-03-04.pdf'), path.join(archive, '2025', 'krypterad.pdf')]);
    writeFileSync(path.join(archive, 'bilder.docx'), zipSync({ 'bild.txt': strToU8('inte Word') }));
    writeFileSync(path.join(archive, 'anteckningar.txt'), 'Inköpslista: mjölk, bröd.\n');
    writeFileSync(path.join(archive, '~$låst.docx'), 'Word-låsfil');
    writeFileSync(path.join(archive, 'logo.png'), 'ingen protokollfil');

    const t = io(dir);
    expect(await main(['index', 'arkiv', '--out', 'feed'], t)).toBe(1);
    expect(t.out).toContain('Läste 1 av 7 filer, hoppade över 6:');
    const reasons = Object.fromEntries(
      t.out
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .map((l) => l.trim().split(': ')),
    );
    expect(reasons).toEqual({
      '2025/krypterad.pdf': 'krypterad PDF (lösenord krävs)',
      '2025/skannad.pdf': 'skannad PDF utan textlager (2 sidor, ingen text)',
      '2025/tom.pdf': 'tom fil (0 byte)',
      '2025/trasig.pdf': 'trasig PDF (ogiltig PDF-struktur)',
      'anteckningar.txt': 'inga §-paragrafer hittades (är det ett protokoll?)',
      'bilder.docx': 'inte ett Word-dokument (zip-filen saknar word/document.xml)',
    });
    expect(t.err).toContain('hoppar över 2025/skannad.pdf: skannad PDF utan textlager');
    expect(feedCases(path.join(dir, 'feed')).get('RUN 318-2024')!.entries).toHaveLength(1);
  });

  it('does not double a meeting read twice (the same protocol as .txt, .pdf and a copy)', async () => {
    const dir = workdir();
    const archive = path.join(dir, 'arkiv');
    mkdirSync(path.join(archive, 'kopia'), { recursive: true });
    copyFileSync(path.join(fixtures, 'run-2025-03-04.pdf'), path.join(archive, 'run-2025-03-04.pdf'));
    copyFileSync(path.join(fixtures, 'run-2025-03-04.txt'), path.join(archive, 'run-2025-03-04.txt'));
    copyFileSync(path.join(fixtures, 'run-2025-03-04.pdf'), path.join(archive, 'kopia', 'run-2025-03-04.pdf'));
    const t = io(dir);
    expect(await main(['index', 'arkiv', '--out', 'feed'], t)).toBe(0);
    expect(t.out).toMatch(/dubbletter av redan lästa sammanträden räknades en gång/);
    const cases = feedCases(path.join(dir, 'feed'));
    expect(cases.get('RUN 318-2024')!.entries).toHaveLength(1);
    expect(cases.get('RUN 402-2024')!.entries).toHaveLength(1);
    // The file whose name sorts first is the source, whatever order the files were read in.
    expect(cases.get('RUN 318-2024')!.entries[0]!.source.file).toBe('kopia/run-2025-03-04.pdf');
  });

  it('writes byte-identical files on a re-run and rewrites only the shards a new protocol touches', async () => {
    const dir = workdir();
    const archive = path.join(dir, 'arkiv');
    mkdirSync(archive);
    copyFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), path.join(archive, 'runau-2025-02-11.txt'));
    expect(await main(['index', 'arkiv', '--out', 'feed'], io(dir))).toBe(0);
    const feed = path.join(dir, 'feed');
    const snapshot = () => Object.fromEntries(readdirSync(feed, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.relative(feed, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));
    const before = snapshot();
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of Object.keys(before)) utimesSync(path.join(feed, f), old, old);

    const again = io(dir);
    expect(await main(['index', 'arkiv', '--out', 'feed'], again)).toBe(0);
    expect(again.out).toContain('0 filer skrivna (inget ändrat)');
    expect(snapshot()).toEqual(before);
    for (const f of Object.keys(before)) expect(statSync(path.join(feed, f)).mtime).toEqual(old);

    copyFileSync(path.join(fixtures, 'run-2025-03-04.pdf'), path.join(archive, 'run-2025-03-04.pdf'));
    expect(await main(['index', 'arkiv', '--out', 'feed'], io(dir))).toBe(0);
    const after = snapshot();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    const manifest = FeedManifest.parse(JSON.parse(after['manifest.json']!));
    expect(manifest.generatedAt).not.toBe(FeedManifest.parse(JSON.parse(before['manifest.json']!)).generatedAt);
    // Only the shards holding the new protocol's cases changed; the rest kept their bytes and times.
    const touched = new Set(['RUN 22-2025', 'RUN 318-2024', 'RUN 402-2024', 'RS 1190-2024', 'RUN 455-2024', 'RUN 512-2024'].map((c) => manifest.shards.find((s) => FeedShard.parse(JSON.parse(after[s.path]!)).cases.some((x) => x.caseNumber === c))!.path));
    expect(changed).toEqual(['manifest.json', ...touched].sort());
    // The shards still listed kept their bytes and times; the replaced ones stay, unchanged, for clients of the old manifest.
    const untouched = manifest.shards.map((s) => s.path).filter((f) => !changed.includes(f));
    expect(untouched.length).toBeGreaterThan(0);
    for (const f of untouched) expect(statSync(path.join(feed, f)).mtime).toEqual(old);
    const replaced = Object.keys(before).filter((f) => f.startsWith('shards/') && !manifest.shards.some((s) => s.path === f));
    expect(replaced.length).toBeGreaterThan(0);
    for (const f of replaced) expect(after[f]).toBe(before[f]);
  });

  it('makes sources absolute with --base-url', async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, 'arkiv', '2025'), { recursive: true });
    copyFileSync(path.join(fixtures, 'run-2025-03-04.pdf'), path.join(dir, 'arkiv', '2025', 'run 2025-03-04.pdf'));
    expect(await main(['index', 'arkiv', '--out', 'feed', '--base-url', 'https://intranat.example.se/protokoll/'], io(dir))).toBe(0);
    expect(feedCases(path.join(dir, 'feed')).get('RUN 318-2024')!.entries[0]!.source).toEqual({
      file: '2025/run 2025-03-04.pdf',
      url: 'https://intranat.example.se/protokoll/2025/run%202025-03-04.pdf#page=4',
      page: 4,
    });
  });

  it('reads the organisation’s case-number format from --config, as protokoll check does', async () => {
    const dir = workdir();
    writeFileSync(
      path.join(dir, 'ks-2025-05-06.txt'),
      'Protokoll\n\nKommunstyrelsen\n\nSammanträdesdatum: 2025-05-06\n\n§ 71 Taxa för bygglov\nKS 2025/118\n\nBeslut\n\nKommunstyrelsen föreslår att kommunfullmäktige beslutar\n\nTaxan antas.\n',
    );
    writeFileSync(path.join(dir, 'kommun.json'), JSON.stringify({ caseNumbers: { formats: ['prefix-year-slash-number'], prefixes: ['KS'] } }));
    expect(await main(['index', 'ks-2025-05-06.txt', '--out', 'feed', '--config', 'kommun.json'], io(dir))).toBe(0);
    const t = io(dir);
    expect(await main(['history', 'KS', '2025/118', '--feed', 'feed'], t)).toBe(0);
    expect(t.out).toContain('Status: Föreslagen till kommunfullmäktige 2025-05-06');
  });

  it('draws a progress bar on a terminal and plain lines elsewhere', async () => {
    const dir = workdir();
    const tty = io(dir, true);
    expect(await main(['index', path.join(fixtures, 'runau-2025-02-11.txt'), '--out', 'feed'], tty)).toBe(0);
    expect(tty.out).toMatch(/\[█{30}\] 1\/1 runau-2025-02-11\.txt\r\x1b\[K/);
    const plain = io(dir);
    expect(await main(['index', path.join(fixtures, 'runau-2025-02-11.txt'), '--out', 'feed'], plain)).toBe(0);
    expect(plain.out).toMatch(/^1\/1 filer genomgångna\n/);
    expect(plain.out).not.toContain('\r');
  });

  it('exits 2 for bad usage', async () => {
    const dir = workdir();
    for (const args of [
      ['index', '--out', 'feed'],
      ['index', path.join(fixtures, 'runau-2025-02-11.txt')],
      ['index', 'saknas', '--out', 'feed'],
      ['index', path.join(fixtures, 'runau-2025-02-11.txt'), '--out', 'feed', '--base-url', 'intranat/protokoll'],
      ['index', path.join(fixtures, 'runau-2025-02-11.txt'), '--out', 'feed', '--okand'],
    ]) {
      const t = io(dir);
      expect(await main(args, t), args.join(' ')).toBe(2);
      expect(t.err).toMatch(/^protokoll index: /);
    }
  });
});
