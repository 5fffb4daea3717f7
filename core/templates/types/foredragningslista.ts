import type { EntryTemplate } from '../template.ts';
import { always } from '../section-headings.ts';

export const foredragningslista: EntryTemplate = {
  id: 'foredragningslista',
  label: 'Fastställande av föredragningslista',
  description: 'Första paragrafen: mötet fastställer dagordningen.',
  defaultTitle: 'Fastställande av föredragningslista',
  titlePattern: '^(?:(?:fastställande|godkännande|fastställelse|justering|ändring(?:ar)?) (?:av|i)\\s+)?(?:föredragningslista|dagordning)(?:n|en)?$',
  needsCaseNumber: false,
  needsBeslut: false,
  proposesToAnotherBody: false,
  sections: [always('sammanfattning'), always('forslagTillBeslut'), always('beslut')],
  phrases: {
    sammanfattning: 'Förslag till föredragningslista har upprättats.',
    forslagTillBeslut: 'Föredragningslistan fastställs.',
    beslut: 'Föredragningslistan fastställs.',
  },
};
