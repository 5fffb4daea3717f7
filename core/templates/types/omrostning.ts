import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS } from '../section-headings.ts';

export const omrostning: EntryTemplate = {
  id: 'omrostning',
  label: 'Ärende med omröstning',
  description: 'Omröstning begärs: propositionsordning, röstetal och hur varje ledamot röstade vid öppen omröstning.',
  defaultTitle: null,
  titlePattern: null,
  needsCaseNumber: true,
  proposesToAnotherBody: false,
  sections: [
    always('sammanfattning'),
    always('forslagTillBeslut'),
    always('yrkanden'),
    always('beslutsgang'),
    always('omrostning'),
    always('beslut'),
    ...CLOSING_SECTIONS,
  ],
  phrases: {},
};
