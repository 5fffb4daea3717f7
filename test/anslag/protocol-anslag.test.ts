import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_JUSTERING, protocolAnslag, type ProtocolAnslagOptions } from '../../core/anslag/protocol-anslag.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { projectRoot } from '../support/shared.ts';
import { entry, protocolText, valAvJusterare } from '../rules/protocol-text.ts';

const example = (name: string) => readFileSync(path.join(projectRoot, 'examples/protocols', `${name}.txt`), 'utf8');
const expected = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/anslag', `${name}.txt`), 'utf8');

function anslag(text: string, options?: ProtocolAnslagOptions) {
  const result = protocolAnslag(parseProtocol(text), text, options);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('protocolAnslag on the example protocols', () => {
  it('the arbetsutskott: justering and posting day from the protocol, the Sunday deadline moved to Monday', () => {
    const result = anslag(example('regionstyrelsens-arbetsutskott-2025-03-11'));
    expect(result.notices.map((n) => n.text).join('\n')).toBe(expected('regionstyrelsens-arbetsutskott-2025-03-11'));
    expect(result.notes).toEqual([
      'Justeringsdatumet 2025-03-14 är hämtat ur protokollet; ange ett annat om protokollet justerades en annan dag.',
      'Anslagets uppsättande 2025-03-17 är hämtat ur protokollets anslag/bevis.',
    ]);
  });

  it('the board: where the protocol is kept given by the clerk, since the protocol does not say', () => {
    const text = example('regionstyrelsen-2025-04-01');
    expect(anslag(text).notes).toContain('Protokollet anger inte var det förvaras: fyll i förvaringsplatsen i anslaget (kommunallagen 8 kap. 12 §).');
    const result = anslag(text, { forvaringsplats: 'Regionens hus, Fjällby' });
    expect(result.notices.map((n) => n.text).join('\n')).toBe(expected('regionstyrelsen-2025-04-01'));
  });

  it('a justering later than the block’s posting day: that day is not used', () => {
    const result = anslag(example('regionstyrelsens-arbetsutskott-2025-03-11'), { justerat: '2025-03-19' });
    expect(result.notices[0]!.dates.uppsatt).toBe('2025-03-21');
    expect(result.notes).toContain('Protokollets anslag/bevis anger uppsättande 2025-03-17, före justeringen 2025-03-19: det datumet används inte.');
  });

  it('the clerk’s dates win over the protocol’s', () => {
    const [notice] = anslag(example('regionstyrelsens-arbetsutskott-2025-03-11'), { justerat: '2025-03-12', uppsatt: '2025-03-13' }).notices;
    expect(notice!.fields.find((f) => f.label === 'Sista dag att överklaga')!.value).toBe('2025-04-03');
    expect(notice!.justeringLine).toBe('Protokollet justerades den 12 mars 2025.');
  });

  it('a styrgrupp: the notice, with a word that the law may not ask for it', () => {
    expect(anslag(example('styrgrupp-2025-02-03')).notes[0]).toMatch(/^Anslaget behövs bara för beslut som kan överklagas enligt kommunallagen: .*inte ett organ enligt kommunallagen/);
  });
});

describe('protocolAnslag with omedelbar justering', () => {
  const text = protocolText(
    [
      valAvJusterare(11, 'Justeringen sker digitalt senast den 14 mars 2025.'),
      entry(12, { sections: [['Beslut', 'Avtalet godkänns.\n\nParagrafen justeras omedelbart.']] }),
      entry(13),
      entry(14),
    ],
    { cover: 'Förvaringsplats för protokollet: Regionens hus, Fjällby' },
  );

  it('gives the § its own justering line and notice, dated from the meeting, and leaves it out of the protocol’s', () => {
    const { notices } = anslag(text);
    expect(notices.map((n) => [n.heading, n.paragrafer, n.justeringLine, n.dates.justerat, n.dates.uppsatt, n.dates.sistaDagAttOverklaga.date])).toEqual([
      ['Tillkännagivande av justering', '§§ 11, 13–14', 'Protokollet justerades den 14 mars 2025.', '2025-03-14', '2025-03-17', '2025-04-07'],
      ['Tillkännagivande av omedelbar justering av § 12', '§ 12', '§ 12 justerades omedelbart vid sammanträdet den 11 mars 2025.', '2025-03-11', '2025-03-13', '2025-04-03'],
    ]);
  });

  it('a protocol justerat at the meeting as a whole needs no justering date', () => {
    const whole = protocolText([valAvJusterare(11, 'Protokollet justeras omedelbart.'), entry(12)]);
    const result = anslag(whole);
    expect(result.notices.map((n) => [n.paragrafer, n.dates.justerat])).toEqual([['§§ 11–12', '2025-03-11']]);
    expect(result.notes[0]).toBe('Protokollet justerades omedelbart vid sammanträdet den 11 mars 2025.');
  });
});

describe('protocolAnslag refuses, in Swedish', () => {
  it('a protocol that does not say when it was justerat', () => {
    const text = protocolText([valAvJusterare(11, 'Justeringen sker digitalt.'), entry(12)]);
    expect(protocolAnslag(parseProtocol(text), text)).toEqual({ ok: false, reason: MISSING_JUSTERING });
  });

  it('a posting before the justering, and a justering before the meeting', () => {
    const text = protocolText([valAvJusterare(11), entry(12)]);
    expect(protocolAnslag(parseProtocol(text), text, { uppsatt: '2025-03-13' })).toEqual({ ok: false, reason: 'uppsatt: anslaget kan inte sättas upp före justeringen.' });
    expect(protocolAnslag(parseProtocol(text), text, { justerat: '2025-03-10' })).toEqual({ ok: false, reason: 'justerat: justeringen kan inte ske före sammanträdet.' });
  });
});
