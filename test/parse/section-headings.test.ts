import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../core/model/protocol.ts';
import { sectionHeadingKind } from '../../core/parse/section-headings.ts';

const HEADINGS: [string, SectionKind][] = [
  ['Beslut', 'beslut'],
  ['Beslut:', 'beslut'],
  ['BESLUT', 'beslut'],
  ['Kommunfullmäktiges beslut', 'beslut'],
  ['Kommunstyrelsens beslut', 'beslut'],
  ['Utskottets beslut', 'beslut'],
  ['Barn- och utbildningsnämndens beslut', 'beslut'],
  ['Barn-och utbildningsnämndens beslut:', 'beslut'],
  ['KULTUR- OCH FRITIDSNÄMNDENS BESLUT', 'beslut'],
  ['Kommunstyrelsens arbetsutskotts beslut', 'beslut'],
  ['**Beslut**', 'beslut'],
  ['**Beslut:**', 'beslut'],
  ['**Beslut**:', 'beslut'],
  ['## Beslut', 'beslut'],
  ['## **Barn- och utbildningsnämndens beslut** ', 'beslut'],
  ['Förslag till beslut', 'forslagTillBeslut'],
  ['Förslag till beslut i byggnadsnämnden', 'forslagTillBeslut'],
  ['Kommunstyrelsens förslag', 'forslagTillBeslut'],
  ['Arbetsutskottets förslag till kommunstyrelsen', 'forslagTillBeslut'],
  ['Utbildningsförvaltningens förslag', 'forslagTillBeslut'],
  ['## **Utbildningsförvaltningens förslag** ', 'forslagTillBeslut'],
  ['Barn- och utbildningsförvaltningens förslag till beslut', 'forslagTillBeslut'],
  ['Reviderat förslag', 'forslagTillBeslut'],
  ['Förslag till beslut på sammanträdet', 'yrkanden'],
  ['Yrkanden', 'yrkanden'],
  ['## **Yrkanden** ', 'yrkanden'],
  ['Överläggning', 'yrkanden'],
  ['Propositionsordning', 'beslutsgang'],
  ['Beslutsgång', 'beslutsgang'],
  ['Omröstning', 'omrostning'],
  ['Omröstningsresultat', 'omrostning'],
  ['Votering', 'omrostning'],
  ['Reservation', 'reservationer'],
  ['Reservationer:', 'reservationer'],
  ['Protokollsanteckning', 'protokollsanteckning'],
  ['## **Protokollsanteckning** ', 'protokollsanteckning'],
  ['Jäv', 'jav'],
  ['Ärendebeskrivning', 'sammanfattning'],
  ['Sammanfattning av ärendet', 'sammanfattning'],
  ['Beslutsunderlag', 'beslutsunderlag'],
  ['Expedieras till', 'other'],
  ['Beslutet expedieras till:', 'other'],
  ['_Beslutet expedieras till:_ ', 'other'],
  ['## _Beslutet expedieras till:_', 'other'],
  ['Beslutet skickas till', 'other'],
  ['Ärendets behandling', 'other'],
  ['Kommunfullmäktiges handläggning', 'other'],
];

describe('sectionHeadingKind', () => {
  for (const [line, kind] of HEADINGS) {
    it(`reads "${line}" as ${kind}`, () => {
      expect(sectionHeadingKind(line)).toBe(kind);
    });
  }

  it('keeps running text that begins or ends like a heading out', () => {
    for (const line of [
      'Barn- och utbildningsnämnden beslutar följande:',
      'Beslut om namn på den nya förskolan i Hagby',
      'Överläggning i samverkansgruppen har genomförts.',
      'Omröstning begärs och verkställs.',
      'Reservation mot beslutet lämnas av Eva Lind (V) till förmån för eget yrkande.',
      'Nämnden har tidigare fattat beslut',
      'Ja-röst innebär bifall till arbetsutskottets förslag.',
      'att överklaga kommunstyrelsens beslut',
      '**Nämnden beslutar att anta taxan för 2025 och att ge förvaltningen i uppdrag att återkomma**',
      `${'Kommunstyrelsens förslag '.repeat(4)}`,
      '| Beslut | X |',
    ]) {
      expect(sectionHeadingKind(line), line).toBeNull();
    }
  });

  it('rejects a long line at once, whatever marks surround it', () => {
    expect(sectionHeadingKind(`## **${'Beslut '.repeat(40)}**`)).toBeNull();
    expect(sectionHeadingKind('_'.repeat(5000))).toBeNull();
  });
});
