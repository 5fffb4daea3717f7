import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { Protocol } from '../../core/model/protocol.ts';
import { sharedFile } from '../support/shared.ts';

const fixture = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');

describe.skipIf(!fixture)('parser on the real signed protocol (../shared)', () => {
  const text = fixture ? readFileSync(fixture, 'utf8') : '';
  const protocol = parseProtocol(text);

  it('is a valid model value', () => {
    expect(Protocol.safeParse(protocol).success).toBe(true);
  });

  it('reads all 17 paragraphs with titles and case numbers', () => {
    expect(protocol.paragrafer.map((p) => p.number)).toEqual([...Array(17)].map((_, i) => 218 + i));
    const byNumber = new Map(protocol.paragrafer.map((p) => [p.number, p]));
    expect(byNumber.get(218)).toMatchObject({ title: 'Fastställande av föredragningslista', caseNumbers: ['RS 29-2024'] });
    expect(byNumber.get(219)).toMatchObject({ title: 'Val av justerare samt tid för justering', caseNumbers: [] });
    expect(byNumber.get(222)).toMatchObject({ title: 'Uppföljning av införandet av framtidens vårdinformationsstöd, FVIS', caseNumbers: ['RS 1834-2023'] });
    expect(byNumber.get(223)).toMatchObject({ title: 'Övergripande tidsplan för driftsättning av Cosmic', caseNumbers: ['RS 2215-2024'] });
    expect(byNumber.get(233)?.title).toBe(
      'Förfrågan om utökad befogenhet för den inomkommunala kollektivtrafiken i Skellefteå samt möjlighet till trafikplikt för trafik inom Skellefteå Kommun',
    );
    expect(byNumber.get(234)).toMatchObject({ title: 'Förhandling mellan arbetsgivare och fackliga organisationer 2024', caseNumbers: ['RS 3-2024'] });
  });

  it('reads meeting, justerare and justering from the text', () => {
    expect(protocol).toMatchObject({
      body: 'Regionstyrelsens arbetsutskott',
      date: '2024-12-05',
      justerare: ['Nicklas Sandström'],
      justeringDate: '2024-12-09',
    });
  });

  it('reads the table of contents that survived extraction', () => {
    expect(protocol.toc?.map((t) => t.number)).toEqual([...Array(13)].map((_, i) => 222 + i));
    expect(protocol.toc?.find((t) => t.number === 231)?.title).toBe(
      'Utveckla samspelet mellan sjukhusvården och primärvården i syfte att stödja omställningen till nära vård',
    );
  });

  it('recognises sections and their variants in order', () => {
    const kinds = (n: number) => protocol.paragrafer.find((p) => p.number === n)!.sections.map((s) => s.kind);
    expect(kinds(228)).toEqual(['sammanfattning', 'forslagTillBeslut', 'yrkanden', 'beslutsgang', 'beslut', 'reservationer', 'beslutsunderlag']);
    expect(kinds(225)).toEqual(['sammanfattning', 'forslagTillBeslut', 'yrkanden', 'beslut', 'deltarEj', 'beslutsunderlag']);
  });

  it('strips page furniture, also inside a section that runs over a page break', () => {
    const p233 = protocol.paragrafer.find((p) => p.number === 233)!;
    const beslut = p233.sections.find((s) => s.kind === 'beslut')!.text;
    expect(beslut).not.toMatch(/Protokoll|Sammanträdesdatum|Utdragsbestyrkande|2024-12-05/);
    expect(beslut).toMatch(/Ärendet ska löpande utvärderas och följas upp\.$/);
    const all = protocol.paragrafer.flatMap((p) => p.sections.map((s) => s.text)).join('\n');
    expect(all).not.toMatch(/Comfact Signature|^\d+ \(29\)$/m);
  });

  it('keeps references to other bodies’ paragraphs inside the Beslutsunderlag', () => {
    const underlag = protocol.paragrafer.find((p) => p.number === 233)!.sections.find((s) => s.kind === 'beslutsunderlag')!.text;
    expect(underlag).toMatch(/Protokoll § 170 gällande/);
  });

  it('keeps symbol-font bullets as bullets and points each paragraph at its line', () => {
    const p220 = protocol.paragrafer.find((p) => p.number === 220)!;
    expect(p220.sections[0]!.text).toMatch(/^• Tydlig fortsättning/m);
    expect(text.split('\n')[p220.line - 1]).toMatch(/§ 220 Informationer/);
  });
});
