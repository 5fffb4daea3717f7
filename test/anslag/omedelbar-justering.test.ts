import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { omedelbarJustering } from '../../core/parse/omedelbar-justering.ts';
import { entry, protocolText, valAvJusterare } from '../rules/protocol-text.ts';

const marked = (text: string) => {
  const found = omedelbarJustering(parseProtocol(text));
  return { protocol: found.protocol, paragrafer: found.paragrafer.map((p) => p.number) };
};

const decided = (number: number, beslut: string) => entry(number, { sections: [['Förslag till beslut', 'Avtalet godkänns.'], ['Beslut', beslut]] });

describe('omedelbarJustering', () => {
  it('finds the §§ whose decision says they are justerade at once, in the ways clerks write it', () => {
    const text = protocolText([
      valAvJusterare(11),
      decided(12, 'Avtalet godkänns.\n\nParagrafen justeras omedelbart.'),
      decided(13, 'Avtalet godkänns. Beslutet förklaras omedelbart justerat.'),
      entry(14, { sections: [['Beslut', 'Avtalet godkänns.'], ['Omedelbar justering', 'Regionstyrelsen beslutar att justera paragrafen omedelbart.']] }),
      decided(15, 'Avtalet godkänns.'),
      entry(16, { sections: [['Beslut', 'Avtalet godkänns.'], ['Paragrafen justeras omedelbart', '']] }),
    ]);
    expect(marked(text)).toEqual({ protocol: false, paragrafer: [12, 13, 14, 16] });
  });

  it('takes the §§ a sentence names where it names them', () => {
    const text = protocolText([valAvJusterare(11, 'Justeringen sker senast den 14 mars 2025. §§ 13 och 14 justeras omedelbart.'), entry(12), entry(13), entry(14)]);
    expect(marked(text)).toEqual({ protocol: false, paragrafer: [13, 14] });
  });

  it('reads "protokollet justeras omedelbart" as the whole protocol', () => {
    const text = protocolText([valAvJusterare(11, 'Protokollet justeras omedelbart.'), decided(12, 'Avtalet godkänns. Paragrafen justeras omedelbart.')]);
    expect(marked(text)).toEqual({ protocol: true, paragrafer: [] });
  });

  it('does not take a proposal to another body, or a summary, as the meeting’s own justering', () => {
    const text = protocolText([
      entry(12, { sections: [['Förslag till beslut i byggnadsnämnden', 'Byggnadsnämnden godkänner rapporten.\n\nByggnadsnämnden beslutar att paragrafen justeras omedelbart.'], ['Beslutsgång', 'Ordföranden finner att utskottet bifaller förslaget.']] }),
      entry(13, { sections: [['Sammanfattning', 'Nämnden beslutade 2024-02-01 § 3 att paragrafen justeras omedelbart.'], ['Beslut', 'Informationen noteras.']] }),
    ]);
    expect(marked(text)).toEqual({ protocol: false, paragrafer: [] });
  });
});
