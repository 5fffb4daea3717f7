import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../core/history/build.ts';
import { indexMeetings, previousMeeting, proposeFirstParagraph, readMeetingIndex, type MeetingIndex } from '../../core/history/numbering.ts';
import { feedFiles } from '../../harness/invented-feed.ts';
import { runCli } from '../support/cli.ts';
import { useTempDirs } from '../read/temp-dirs.ts';
import { entry, protocolText, valAvJusterare } from '../rules/protocol-text.ts';
import { paragraph, protocol } from './protocols.ts';

const tempDir = useTempDirs();

const AU = 'Regionstyrelsens arbetsutskott';
const decided = (n: number, caseNumber: string) => paragraph(n, `Ärende ${n}`, [caseNumber], 'Arbetsutskottet beslutar att godkänna förslaget.');

/** An invented archive: the arbetsutskott's meetings in 2024 and 2025, the board's, and a § without a case number. */
const cases = buildHistory([
  { file: 'rsau-2024-12-10.pdf', protocol: protocol(AU, '2024-12-10', [decided(210, 'RS 900-2024'), decided(214, 'RS 901-2024')]) },
  { file: 'rsau-2025-01-21.pdf', protocol: protocol(AU, '2025-01-21', [decided(1, 'RS 10-2025'), decided(9, 'RS 11-2025')]) },
  {
    file: 'rsau-2025-02-25.pdf',
    protocol: protocol('Regionstyrelsens  Arbetsutskott', '2025-02-25', [decided(10, 'RS 20-2025'), decided(22, 'RS 21-2025', ), paragraph(23, 'Övriga frågor', [], null)]),
  },
  { file: 'rs-2025-03-04.pdf', protocol: protocol('Regionstyrelsen', '2025-03-04', [decided(40, 'RS 22-2025')]) },
  { file: 'rsau-2025-03-11.pdf', protocol: protocol(AU, '2025-03-11', [decided(25, 'RS 30-2025')]) },
  { file: 'rsau-2025-04-08.pdf', protocol: protocol(AU, '2025-04-08', [decided(41, 'RS 40-2025')]) },
]);

/** The feed's files as a source, the way every client reads a feed. */
const files = feedFiles(cases, 4);
const source = {
  fetchText: async (file: string) => {
    const text = files.get(file);
    if (text === undefined) throw new Error(`${file} finns inte`);
    return text;
  },
};

describe('numbering across meetings from the feed', () => {
  let index: MeetingIndex;
  beforeAll(async () => {
    index = await readMeetingIndex(source);
  });

  it('reads every shard into one entry per meeting', () => {
    expect([...index.values()].map((m) => [m.date, m.lastParagraph]).sort()).toEqual([
      ['2024-12-10', 214],
      ['2025-01-21', 9],
      ['2025-02-25', 22],
      ['2025-03-04', 40],
      ['2025-03-11', 25],
      ['2025-04-08', 41],
    ]);
    expect(indexMeetings(cases).size).toBe(6);
  });

  it('proposes the number after the body’s latest meeting before this one, saying where it came from', () => {
    const meeting = { body: AU, date: '2025-03-11' };
    const proposal = proposeFirstParagraph(meeting, previousMeeting(index, meeting));
    expect(proposal.next).toBe(23);
    expect(proposal.previous).toMatchObject({ date: '2025-02-25', lastParagraph: 22, source: { file: 'rsau-2025-02-25.pdf' } });
    expect(proposal.reason).toBe('Förra protokollet för regionstyrelsens arbetsutskott i beslutshistoriken, 2025-02-25, slutar på § 22 (rsau-2025-02-25.pdf): nästa nummer är § 23.');
  });

  it('leaves out other bodies, later meetings and the meeting itself, and reads the body however it is spaced or capitalised', () => {
    expect(previousMeeting(index, { body: 'regionstyrelsens arbetsutskott', date: '2025-03-04' })?.date).toBe('2025-02-25');
    expect(previousMeeting(index, { body: 'Regionstyrelsen', date: '2025-04-01' })?.lastParagraph).toBe(40);
  });

  it('starts at § 1 when the feed has no earlier meeting of the body that year', () => {
    const meeting = { body: AU, date: '2025-01-21' };
    expect(proposeFirstParagraph(meeting, previousMeeting(index, meeting))).toEqual({
      next: 1,
      previous: null,
      reason: 'Beslutshistoriken har inget tidigare protokoll från 2025 för regionstyrelsens arbetsutskott: numreringen börjar på § 1.',
    });
  });
});

describe('protokoll check --feed', () => {
  const dir = tempDir('numbering-check');
  beforeAll(() => {
    mkdirSync(path.join(dir, 'feed', 'shards'), { recursive: true });
    for (const [file, text] of files) writeFileSync(path.join(dir, 'feed', file), text);
    writeFileSync(path.join(dir, 'rsau-2025-03-11.txt'), protocolText([valAvJusterare(1), entry(2)]));
    writeFileSync(path.join(dir, 'rsau-2025-03-11-rätt.txt'), protocolText([valAvJusterare(23), entry(24)]));
  });

  it('warns when the first § does not follow the previous meeting in the feed, and exits 0 for a warning', async () => {
    const run = await runCli(['check', 'rsau-2025-03-11.txt', '--feed', 'feed', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.out).files[0].findings.filter((f: { rule: string }) => f.rule === 'numbering-follows-feed');
    expect(findings).toEqual([
      {
        rule: 'numbering-follows-feed',
        severity: 'warning',
        paragraph: 1,
        line: expect.any(Number),
        message:
          'Protokollet börjar på § 1, men förra protokollet för regionstyrelsens arbetsutskott i beslutshistoriken, 2025-02-25, slutar på § 22 (rsau-2025-02-25.pdf). Paragraferna numreras i en följd över året: det här protokollet bör börja på § 23.',
      },
    ]);
  });

  it('says nothing when the numbering follows, or when no feed is given', async () => {
    const follows = await runCli(['check', 'rsau-2025-03-11-rätt.txt', '--feed', 'feed'], { cwd: dir });
    expect(follows.out).not.toContain('numbering-follows-feed');
    const noFeed = await runCli(['check', 'rsau-2025-03-11.txt'], { cwd: dir });
    expect(noFeed.out).not.toContain('numbering-follows-feed');
  });

  it('refuses a feed that is not there, in Swedish', async () => {
    const run = await runCli(['check', 'rsau-2025-03-11.txt', '--feed', 'finns-inte'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^protokoll check: .*finns-inte.*manifest\.json finns inte/);
  });
});
