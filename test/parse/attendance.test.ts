import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { attendanceIn, javigaIn, readParagraphRange, seatsOnRoll } from '../../core/parse/attendance.ts';
import { javLine, javLineFrom } from '../../core/templates/jav-line.ts';
import { Protocol } from '../../core/model/protocol.ts';
import { projectRoot } from '../support/shared.ts';

const fixture = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/attendance', name), 'utf8');

describe('the attendance list read line by line', () => {
  const protocol = parseProtocol(fixture('ersattare-per-paragraf.txt'));

  it('reads members, serving ersättare, whom they replace and their §§', () => {
    expect(Protocol.safeParse(protocol).success).toBe(true);
    expect(protocol.roll?.ledamoter.map((m) => m.name)).toEqual(['Karin Sjö', 'Jonas Ek', 'Anna Berg', 'Per Holm', 'Erik Lund', 'Lena Ås']);
    expect(protocol.roll?.ledamoter.at(-1)).toEqual({ name: 'Lena Ås', party: 'S', paragrafer: [14, 15] });
    expect(protocol.roll?.tjanstgorande).toEqual([
      { name: 'Olle Ny', party: 'S', paragrafer: [12, 13], ersatter: 'Lena Ås' },
      { name: 'Ulla Ek', party: 'M', paragrafer: [14], ersatter: 'Jonas Ek' },
      { name: 'Bo Ström', party: 'L', paragrafer: null, ersatter: 'Sara Lind' },
    ]);
    expect(seatsOnRoll(protocol.roll!)).toBe(7);
  });

  it('gives who decides in each §: members present, ersättare serving, less the jäviga', () => {
    const at = (n: number) => attendanceIn(protocol, protocol.paragrafer.find((p) => p.number === n)!)!;
    expect(at(12).beslutande.map((m) => m.name)).toEqual(['Karin Sjö', 'Jonas Ek', 'Anna Berg', 'Per Holm', 'Erik Lund', 'Olle Ny', 'Bo Ström']);
    expect(at(12).franvarande.map((m) => m.name)).toEqual(['Lena Ås']);
    expect(at(14)).toMatchObject({
      javiga: [{ name: 'Erik Lund', party: 'S' }],
      ersattare: [
        { name: 'Ulla Ek', ersatter: 'Jonas Ek' },
        { name: 'Bo Ström', ersatter: 'Sara Lind' },
      ],
      franvarande: [{ name: 'Jonas Ek', party: 'M' }],
    });
    expect(at(14).beslutande.map((m) => m.name)).toEqual(['Karin Sjö', 'Anna Berg', 'Per Holm', 'Lena Ås', 'Ulla Ek', 'Bo Ström']);
  });

  it('reads no roll from a list it cannot read with confidence', () => {
    expect(parseProtocol(fixture('tva-kolumner.txt')).roll).toBeUndefined();
  });

  it('reads § ranges as protocols write them', () => {
    expect(readParagraphRange('§§ 89-94, 96-100')).toEqual([89, 90, 91, 92, 93, 94, 96, 97, 98, 99, 100]);
    expect(readParagraphRange('§ 95')).toEqual([95]);
    expect(readParagraphRange('§ 89-§ 91')).toEqual([89, 90, 91]);
    expect(readParagraphRange('§§ 12 och 14')).toEqual([12, 14]);
    expect(readParagraphRange('kl. 13.00')).toBeNull();
    expect(readParagraphRange('§§ 9-2')).toBeNull();
  });
});

describe('the jäv line for the add-in', () => {
  it('is written as protocols write it and read back as jäv', () => {
    const text = javLine([{ person: 'Erik Lund', party: 'S' }, { person: 'Per Holm', party: 'L' }]);
    expect(text).toBe('Erik Lund (S) och Per Holm (L) deltar inte i handläggningen på grund av jäv.');
    const p = { number: 1, title: 'T', caseNumbers: [], line: 1, sections: [{ kind: 'beslut' as const, heading: 'Beslut', text: `Godkänns.\n\n${text}`, line: 2 }] };
    expect(javigaIn(p).map((m) => m.name)).toEqual(['Erik Lund', 'Per Holm']);
  });

  it('says in Swedish what is missing', () => {
    expect(javLineFrom([])).toEqual({ ok: false, message: 'Ange minst en person som anmält jäv' });
    expect(javLineFrom([{ person: ' ' }])).toEqual({ ok: false, message: 'Ange personens namn' });
    expect(javLineFrom([{ person: 'Erik Lund' }])).toEqual({ ok: true, text: 'Erik Lund deltar inte i handläggningen på grund av jäv.' });
  });
});
