import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';
import { entry, protocolText, valAvJusterare } from '../rules/protocol-text.ts';

const example = (name: string) => path.join('examples/protocols', `${name}.txt`);
const expected = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/anslag', `${name}.txt`), 'utf8');

const Deadline = z.object({ date: z.string(), moved: z.object({ from: z.string(), reason: z.string() }).strict().nullable() }).strict();
const AnslagJson = z
  .object({
    file: z.string(),
    notices: z.array(
      z
        .object({
          heading: z.string(),
          justeringLine: z.string(),
          paragrafer: z.string(),
          fields: z.array(z.object({ label: z.string(), value: z.string() }).strict()),
          text: z.string(),
          dates: z
            .object({
              justerat: z.string(),
              senastUppsatt: Deadline,
              uppsatt: z.string(),
              sistaDagAttOverklaga: Deadline,
              nedtagande: z.string(),
              notes: z.array(z.string()),
              late: z.boolean(),
            })
            .strict(),
        })
        .strict(),
    ),
    notes: z.array(z.string()),
  })
  .strict();

/** An invented protocol file in a fresh folder. */
function invented(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'protokoll-anslag-'));
  writeFileSync(path.join(dir, 'protokoll.txt'), text);
  return dir;
}

describe('protokoll anslag', () => {
  it('writes the notice of an example protocol to stdout and where its dates came from to stderr', async () => {
    const run = await runCli(['anslag', example('regionstyrelsens-arbetsutskott-2025-03-11')]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(expected('regionstyrelsens-arbetsutskott-2025-03-11'));
    expect(run.err).toBe(
      'Justeringsdatumet 2025-03-14 är hämtat ur protokollet; ange ett annat om protokollet justerades en annan dag.\n' +
        'Anslagets uppsättande 2025-03-17 är hämtat ur protokollets anslag/bevis.\n',
    );
  });

  it('takes the place the protocol is kept from --forvaringsplats', async () => {
    const run = await runCli(['anslag', example('regionstyrelsen-2025-04-01'), '--forvaringsplats', 'Regionens hus, Fjällby']);
    expect(run.code).toBe(0);
    expect(run.out).toBe(expected('regionstyrelsen-2025-04-01'));
  });

  it('counts from --justerat and --uppsatt, and says in JSON when a deadline moved', async () => {
    const run = await runCli(['anslag', example('regionstyrelsens-arbetsutskott-2025-03-11'), '--justerat', '2025-03-26', '--uppsatt', '2025-03-28', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = AnslagJson.parse(JSON.parse(run.out));
    expect(json.notices).toHaveLength(1);
    // Three weeks from Friday 28 March end on Good Friday; the appeal period runs to the Tuesday after Easter.
    expect(json.notices[0]!.dates.sistaDagAttOverklaga).toEqual({ date: '2025-04-22', moved: { from: '2025-04-18', reason: 'långfredagen' } });
    expect(json.notices[0]!.dates.nedtagande).toBe('2025-04-23');
    expect(json.notes).toContain('Tre veckor efter uppsättandet (18 april 2025) är långfredagen; sista dagen att överklaga blir därför nästa vardag, 22 april 2025 (lagen (1930:173) om beräkning av lagstadgad tid).');
  });

  it('gives a § justerad at the meeting its own notice', async () => {
    const cwd = invented(
      protocolText([valAvJusterare(11), entry(12, { sections: [['Beslut', 'Avtalet godkänns. Paragrafen justeras omedelbart.']] }), entry(13)], {
        cover: 'Förvaringsplats för protokollet: Regionens hus, Fjällby',
      }),
    );
    const run = await runCli(['anslag', 'protokoll.txt', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    const { notices } = AnslagJson.parse(JSON.parse(run.out));
    expect(notices.map((n) => [n.heading, n.paragrafer, n.dates.justerat, n.dates.sistaDagAttOverklaga.date])).toEqual([
      ['Tillkännagivande av justering', '§§ 11, 13', '2025-03-14', '2025-04-07'],
      ['Tillkännagivande av omedelbar justering av § 12', '§ 12', '2025-03-11', '2025-04-03'],
    ]);
  });

  it('asks for --justerat when the protocol does not say when it was justerat', async () => {
    const cwd = invented(protocolText([valAvJusterare(11, 'Justeringen sker digitalt.'), entry(12)]));
    const run = await runCli(['anslag', 'protokoll.txt'], { cwd });
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe('protokoll anslag: protokoll.txt: Protokollet anger inte när det justerades. Ange dagen med --justerat ÅÅÅÅ-MM-DD.\n');
  });

  it('refuses a date that is not one, or a posting before the justering, in Swedish', async () => {
    const bad = await runCli(['anslag', example('regionstyrelsen-2025-04-01'), '--justerat', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^protokoll anslag: --justerat: datumet finns inte i kalendern\n/);
    const early = await runCli(['anslag', example('regionstyrelsen-2025-04-01'), '--justerat', '2025-04-07', '--uppsatt', '2025-04-06']);
    expect(early.code).toBe(2);
    expect(early.err).toBe(`protokoll anslag: ${example('regionstyrelsen-2025-04-01')}: uppsatt: anslaget kan inte sättas upp före justeringen.\n`);
    const none = await runCli(['anslag']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^protokoll anslag: ange protokollfilen\n/);
  });
});
