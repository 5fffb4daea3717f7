import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { projectRoot } from '../support/shared.ts';

const layouts = path.join(projectRoot, 'test/fixtures/layouts');
const layout = (name: string) => parseProtocol(readFileSync(path.join(layouts, name), 'utf8'));

/** An invented cover: the meeting, then `justering` as the layout writes it, then one entry. */
const withJustering = (justering: string) =>
  [
    'Protokoll',
    'Sammanträdesdatum   2024-03-07',
    'Plats och tid       Stadshuset, Grankulla',
    'Justerare           Ester Nyqvist (C)',
    justering,
    '',
    '§ 7   Dnr 2024-00021',
    'Budget 2025',
    '',
    'Beslut',
    'Budgeten antas.',
  ].join('\n');

describe('the time of justering on the cover', () => {
  it.each([
    ['label, place and date on one line', 'Plats och tid för justering Digital justering 2024-03-11'],
    ['the label in a column of its own', 'Tid och plats för justering   Kommunkansliet, 2024-03-11'],
    ['a colon and a long date', 'Justeringens plats och tid: Kommunkansliet 11 mars 2024'],
    ['the short label without a colon', 'Justering Digital justering 11 mars 2024'],
    ['the short label with a colon', 'Justering: Digital justering, 2024-03-11'],
    ['the value on the next line', 'Plats och tid för justering\nDigital justering 2024-03-11'],
    ['the label wrapped with its value on the second line', 'Justeringens\nplats och tid:    Kommunkansliet, måndagen den 11 mars 2024'],
    ['the label wrapped with its value on the first line', 'Justeringens       Kommunkansliet 2024-03-11\nplats och tid'],
  ])('%s', (_, justering) => {
    const p = parseProtocol(withJustering(justering));
    expect([p.justeringDate, p.date, p.place]).toEqual(['2024-03-11', '2024-03-07', 'Stadshuset, Grankulla']);
  });

  it('is read in the invented layouts that write it', () => {
    const dates = Object.fromEntries(
      ['02-norrfjall-rs.txt', '03-alvdala-ks.txt', '05-alvdala-bygg-au.txt', '07-strandholm-kf.txt', '09-hedeby-kf-2017.txt', '12-alvdala-miljo.txt', '14-grankulla-bn.txt'].map((f) => [
        f,
        layout(f).justeringDate,
      ]),
    );
    expect(dates).toEqual({
      '02-norrfjall-rs.txt': '2024-10-14',
      '03-alvdala-ks.txt': '2024-03-04',
      '05-alvdala-bygg-au.txt': '2024-03-11',
      '07-strandholm-kf.txt': '2024-03-07',
      '09-hedeby-kf-2017.txt': '2017-09-14',
      '12-alvdala-miljo.txt': '2024-05-22',
      '14-grankulla-bn.txt': '2024-06-17',
    });
  });
});

describe('justerare on the cover', () => {
  it('reads each person once where the signatures repeat the names in columns', () => {
    const p = parseProtocol(
      [
        'Sammanträdesprotokoll',
        'Sammanträdesdatum:   2023-11-20',
        '',
        'Justerare:           Tove Alm (S) och Nils Berglöf (L)',
        'Justeringens',
        'plats och tid:       Kommunkansliet, 2023-11-27',
        '',
        'Underskrifter',
        'Sekreterare          ......................................',
        '                     Siv Runhall',
        'Justerare            ......................................   ......................................',
        '                     Tove Alm                                 Nils Berglöf',
        '',
        'Justerande:          Tove Alm                  Nils Berglöf',
        '',
        'Grönvika kommun                                        Sammanträdesprotokoll',
        '',
        '§ 88   Dnr KS 2023/140',
        'Val av justerare',
        '',
        'Beslut',
        'Tove Alm (S) och Nils Berglöf (L) utses att justera protokollet.',
      ].join('\n'),
    );
    expect([p.justerare, p.justeringDate]).toEqual([['Tove Alm', 'Nils Berglöf'], '2023-11-27']);
  });

  it('is read once in the invented layouts that sign in columns', () => {
    expect(['01-fjallby-kf.txt', '07-strandholm-kf.txt', '09-hedeby-kf-2017.txt', '14-grankulla-bn.txt'].map((f) => layout(f).justerare)).toEqual([
      ['Bo Lindahl', 'Maja Forsén'],
      ['Wilma Carlberg', 'Axel Dufva'],
      ['Inger Mattsson', 'Rolf Enqvist'],
      ['Tove Alm', 'Nils Berglöf'],
    ]);
  });
});

describe('an extract', () => {
  const entries = ['§ 225   Dnr KS 2024/88', 'Budget 2025', '', 'Beslut', 'Budgeten antas, se § 224.', '', '§ 227   Dnr KS 2024/91', 'Taxor 2025', '', 'Beslut', 'Taxorna antas.'];
  const head = (...lines: string[]) => parseProtocol([...lines, 'Kommunstyrelsen', 'Sammanträdesdatum: 2024-03-07', 'Justerare: Ester Nyqvist', '', ...entries].join('\n'));

  it.each([
    ['Protokollsutdrag'],
    ['Utdrag ur protokoll'],
    ['UTDRAG UR SAMMANTRÄDESPROTOKOLL'],
    ['Justerat protokollsutdrag'],
    ['Utdrag ur kommunstyrelsens protokoll'],
    ['GRANKULLA KOMMUN                         Protokollsutdrag'],
  ])('is told by its heading: %s', (heading) => {
    expect(head(heading)).toMatchObject({ extract: true, hasCover: true });
  });

  it('is told by the attestation at its foot', () => {
    const p = parseProtocol(['Kommunstyrelsen', 'Sammanträdesdatum: 2024-03-07', '', ...entries, '', 'Justerandes sign        Rätt utdraget intygar', '', 'Siv Runhall'].join('\n'));
    expect(p.extract).toBe(true);
  });

  it('is not a whole protocol that names extracts in its §§', () => {
    const p = head('Sammanträdesprotokoll');
    expect(p.extract).toBeUndefined();
    const cited = parseProtocol(['Protokoll', 'Sammanträdesdatum: 2024-03-07', '', '§ 12 Budget', '', 'Beslutsunderlag', 'Protokollsutdrag från kommunstyrelsen 2024-02-28 § 28', 'Utdrag ur protokoll KS § 4', ''].join('\n'));
    expect(cited.extract).toBeUndefined();
  });

  it('is none of the invented layouts (06 has no head and reads as §§ without a cover)', () => {
    const files = readdirSync(layouts).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(12);
    expect(files.filter((f) => layout(f).extract)).toEqual([]);
    expect(layout('06-kvarnby-kf-utdrag.txt').hasCover).toBe(false);
  });
});
