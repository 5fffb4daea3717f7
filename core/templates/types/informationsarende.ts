import type { EntryTemplate } from '../template.ts';
import { always, whenGiven } from '../section-headings.ts';

export const informationsarende: EntryTemplate = {
  id: 'informationsarende',
  label: 'Informationsärende',
  description: 'Mötet får information och noterar den; inget beslut i sak.',
  defaultTitle: null,
  // Also the other items where the meeting is told something and decides nothing in substance:
  // meddelanden and anmälningar, frågor and interpellationer, the opening, the upprop and the
  // närvaro, reports from courses and conferences, and the courses to come.
  titlePattern: [
    '^(?:information(?:er|särenden?)?|informationsärenden?|aktuell information|[\\p{L} -]+ informerar',
    '|meddelanden|delgivningar|anmälningar|anmälningsärenden|anmälan (?:av|om) (?:meddelanden|inkomna|skrivelser)',
    '|(?:enkla )?frågor|(?:allmänhetens )?frågestund|interpellation(?:er)?|inga (?:interpellationer|frågor)',
    '|(?:sammanträdets|mötets) öppnande|öppnande|upprop|(?:(?:beslut om )?(?:godkännande|fastställande) av )?närvaro',
    '|(?:rapporter?|återrapportering|redovisning) från (?:kurser|konferenser|utbildningar|möten|seminarier|besök)',
    '|kommande (?:utbildningar|kurser|konferenser|seminarier))(?:[\\s/,].*)?$',
  ].join(''),
  needsCaseNumber: false,
  needsBeslut: false,
  proposesToAnotherBody: false,
  sections: [always('sammanfattning'), always('beslut'), whenGiven('beslutsunderlag')],
  phrases: {
    beslut: 'Informationen noteras till protokollet.',
  },
};
