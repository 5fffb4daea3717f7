import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { projectRoot } from '../support/shared.ts';

const example = (name: string) => readFileSync(path.join(projectRoot, 'examples/protocols', name), 'utf8');

describe('parser on the project’s example protocols', () => {
  it('an arbetsutskott with cover page, attendance and table of contents', () => {
    const p = parseProtocol(example('regionstyrelsens-arbetsutskott-2025-03-11.txt'));
    expect(p.paragrafer.map((x) => x.number)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(p.toc?.map((t) => t.title)).toEqual(p.paragrafer.map((x) => x.title));
    expect(p).toMatchObject({ body: 'Regionstyrelsens arbetsutskott', date: '2025-03-11', justerare: ['Jonas Ek'], justeringDate: '2025-03-14' });
    expect(p.place).toBe('Regionens hus, sammanträdesrum Kalfjället, Fjällby');
    expect(p.attendance?.beslutande).toContain('Karin Sjöberg');
    expect(p.attendance?.ersattare).toEqual(['Per Holm', 'Elin Strand', 'Olle Nyström']);
    expect(p.paragrafer.find((x) => x.number === 46)!.sections.map((s) => s.kind)).toContain('omrostning');
  });

  it('a steering group: `§ 8` alone on its line, Beslut before Sammanfattning, no table of contents', () => {
    const p = parseProtocol(example('styrgrupp-2025-02-03.txt'));
    expect(p.toc).toBeNull();
    expect(p.paragrafer.map((x) => x.number)).toEqual([5, 6, 7, 8, 9, 10]);
    const p7 = p.paragrafer.find((x) => x.number === 7)!;
    expect(p7).toMatchObject({ title: 'Uppföljning av införandet av digitala vårdmöten i primärvården', caseNumbers: ['HSN 62-2025'] });
    expect(p7.sections.map((s) => s.kind).slice(0, 2)).toEqual(['beslut', 'sammanfattning']);
  });
});

describe('parser generalises', () => {
  it('reads `§63` without a space, "Dnr" lines, several case numbers and odd spaces', () => {
    const p = parseProtocol(
      ['Kultur- och fritidsnämnden 2025-05-20', '', '§63 Bidrag till föreningar', 'Dnr KFN 12-2025, KFN 13-2025', '', 'Nämndens beslut:', '', 'Bidrag beviljas.', '', '§\u00A064 Nästa ärende', 'KFN 14-2025', '', 'Beslut', 'Godkänns.'].join('\n'),
      { caseNumbers: { formats: ['prefix-number-year'], prefixes: ['KFN'] } },
    );
    expect(p.paragrafer.map((x) => [x.number, x.title, x.caseNumbers])).toEqual([
      [63, 'Bidrag till föreningar', ['KFN 12-2025', 'KFN 13-2025']],
      [64, 'Nästa ärende', ['KFN 14-2025']],
    ]);
    expect(p.paragrafer[0]!.sections[0]).toMatchObject({ kind: 'beslut', heading: 'Nämndens beslut', text: 'Bidrag beviljas.' });
  });

  it('keeps an unknown heading-less text and marks a case number that does not parse', () => {
    const p = parseProtocol('§ 5 Ärende\nRS 2215/2024\n\nLöptext utan rubrik.\n\nBeslut\n\nGodkänns.');
    expect(p.paragrafer[0]).toMatchObject({ caseNumbers: [], malformedCaseNumbers: ['RS 2215/2024'] });
    expect(p.paragrafer[0]!.sections.map((s) => [s.kind, s.text])).toEqual([
      ['other', 'Löptext utan rubrik.'],
      ['beslut', 'Godkänns.'],
    ]);
  });

  it('reads items with no structure of their own when the text has nothing else: an opening, a single short §', () => {
    const p = parseProtocol('§ 12 Öppnande\n\nOrdföranden öppnar mötet.\n\n§ 13 Upprop\n\nUpprop förrättas.\n');
    expect(p.paragrafer.map((x) => [x.number, x.title])).toEqual([
      [12, 'Öppnande'],
      [13, 'Upprop'],
    ]);
  });

  it('reads a case number set before the heading, in a column of its own or on the line above', () => {
    for (const text of ['KF/2023:7     § 235     Val till kommunala uppdrag\n\nBeslut\nValen förrättas.', 'KF/2023:7\n§ 235\nVal till kommunala uppdrag\n\nBeslut\nValen förrättas.']) {
      expect(parseProtocol(text).paragrafer.map((x) => [x.number, x.title, x.caseNumbers])).toEqual([[235, 'Val till kommunala uppdrag', ['KF/2023:7']]]);
    }
  });

  it('reads a body prefix in mixed case and leaves out the earlier handling printed after the heading', () => {
    const p = parseProtocol('Sn § 50 Au § 84 Sn § 34 Dnr 2016/12 Budget för hemtjänsten\n\nBeslut\nBudgeten antas.\n\nSn § 51 Dnr 2016/14 Riktlinjer för bistånd\n\nBeslut\nRiktlinjerna antas.\n\nSe § 50 för budgeten.\n');
    expect(p.paragrafer.map((x) => [x.number, x.title, x.caseNumbers])).toEqual([
      [50, 'Budget för hemtjänsten', ['2016/12']],
      [51, 'Riktlinjer för bistånd', ['2016/14']],
    ]);
  });

  it('reads the body from a cover whose labels a converter ran into one line', () => {
    const p = parseProtocol('Sammanträdesprotokoll Kramby kommun Organ Kommunstyrelsens arbetsutskott Sammanträdesdatum 2024-05-02 Plats Stadshuset\n\n§ 4 Dnr KS 2024/33 Budget\n\nBeslut\nBudgeten antas.\n');
    expect(p).toMatchObject({ body: 'Kommunstyrelsens arbetsutskott', date: '2024-05-02' });
  });

  it('reads a cover label broken over two lines by the layout (Justeringens ⏎ plats och tid)', () => {
    const p = parseProtocol('Protokoll\nSammanträdesdatum\nKommunstyrelsen   2023-09-12\n\nUtses att justera       Per Holm (M)\n\nJusteringens            Kommunkansliet 2023-09-15\nplats och tid\n\n§ 102   Dnr 2023/456\nBudget 2024\n\nBeslut\nBudgeten antas.\n');
    expect(p).toMatchObject({ body: 'Kommunstyrelsen', date: '2023-09-12', justerare: ['Per Holm'], justeringDate: '2023-09-15', hasCover: true });
  });

  it('takes `§ 9` alone under a line without a full stop for a heading, and `§ 53/2019.` ending a wrapped sentence for a reference', () => {
    const compact = parseProtocol('§ 8 Information\nOrdföranden informerar om läget.\nBeslutet skickas till\nekonomikontoret\n§ 9\nBudget\nBeslut\nBudgeten antas.\n');
    expect(compact.paragrafer.map((x) => [x.number, x.title])).toEqual([[8, 'Information'], [9, 'Budget']]);
    const wrapped = parseProtocol('§ 52 Taxa\nDnr KS 2019/12\n\nBeslut\nTaxan antas, se bilaga\n§ 53/2019.\n\n§ 53 Avgifter\nDnr KS 2019/13\n\nBeslut\nAvgifterna antas.\n');
    expect(wrapped.paragrafer.map((x) => x.number)).toEqual([52, 53]);
  });

  it('reads a case number in brackets on the heading line and a cover titled "Protokoll från …s sammanträde"', () => {
    const p = parseProtocol('Protokoll från Kommunstyrelsens sammanträde\nDatum: 2024-04-09\n\n§ 12 Motion om cykelbanor (Dnr KS 2023/456)\n\nBeslut\nMotionen avslås.\n');
    expect(p).toMatchObject({ body: 'Kommunstyrelsen', date: '2024-04-09' });
    expect(p.paragrafer.map((x) => [x.title, x.caseNumbers])).toEqual([['Motion om cykelbanor', ['KS 2023/456']]]);
  });

  it('knows the page of each paragraph where the text has pages', () => {
    const p = parseProtocol('§ 1 Första\nRS 1-2025\n\nBeslut\nJa.\n\fProtokoll\n§ 2 Andra\nRS 2-2025\n\nBeslut\nJa.');
    expect(p.paragrafer.map((x) => x.page)).toEqual([1, 2]);
  });

  it('returns an empty protocol for text with no paragraphs, never throws', () => {
    expect(parseProtocol('').paragrafer).toEqual([]);
    expect(parseProtocol('§§§§ § § §\n\u0000\u0007').paragrafer).toEqual([]);
  });
});

describe('table of contents', () => {
  it('drops page numbers after dot leaders or a run of spaces, and keeps a number that is part of the title', () => {
    const p = parseProtocol(
      ['Nämnden 2025-01-01', '', '§ 1 Motion 12 ........ 3', '§ 2 Budget 2025    4', '§ 3 Ärende nummer 12', '', '§ 1 Motion 12', 'RS 1-2025', '', 'Beslut', 'Ja.', '', '§ 2 Budget 2025', 'RS 2-2025', '', 'Beslut', 'Ja.', '', '§ 3 Ärende nummer 12', 'RS 3-2025', '', 'Beslut', 'Ja.'].join('\n'),
    );
    expect(p.toc?.map((t) => t.title)).toEqual(['Motion 12', 'Budget 2025', 'Ärende nummer 12']);
  });
});

describe('cover page attendance', () => {
  it('tells serving ersättare from the others', () => {
    const p = parseProtocol(
      ['Nämnden 2025-01-01', '', 'Beslutande', 'Anna Berg (S), ordförande', 'Per Ek (M)', '', 'Tjänstgörande ersättare', 'Lisa Lund (V)', '', 'Ersättare', 'Olle Ny (C)', '', '§ 1 Ärende', 'RS 1-2025', '', 'Beslut', 'Ja.'].join('\n'),
    );
    expect(p.attendance).toEqual({ beslutande: ['Anna Berg', 'Per Ek'], tjanstgorandeErsattare: ['Lisa Lund'], ersattare: ['Olle Ny'], ovriga: [] });
  });
});

describe('entry regions from the Word add-in', () => {
  it('take each region as one entry, also where the text alone would not tell', () => {
    // § 3 has neither case number nor section heading and is out of sequence: only the region makes it an entry.
    const text = ['Nämnden 2025-01-01', '§ 1 Ett', 'RS 1-2025', 'Beslut', 'Ja.', '§ 3 Tre', '', 'Kort text.', '§ 2 Två', 'RS 2-2025', 'Beslut', 'Ja.'].join('\n');
    expect(parseProtocol(text).paragrafer.map((p) => p.number)).toEqual([1, 2]);
    const p = parseProtocol(text, { regions: [{ startLine: 2, endLine: 5 }, { startLine: 6, endLine: 8 }, { startLine: 9, endLine: 12 }] });
    expect(p.paragrafer.map((x) => [x.number, x.title])).toEqual([[1, 'Ett'], [3, 'Tre'], [2, 'Två']]);
  });
});
