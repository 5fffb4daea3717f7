import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS, DEBATED_OPENING_SECTIONS } from '../section-headings.ts';

export const omrostning: EntryTemplate = {
  id: 'omrostning',
  label: 'Ärende med omröstning',
  description: 'Omröstning begärs: propositionsordning, röstetal och hur varje ledamot röstade vid öppen omröstning.',
  defaultTitle: null,
  titlePattern: null,
  needsCaseNumber: true,
  needsBeslut: true,
  proposesToAnotherBody: false,
  sections: [
    ...DEBATED_OPENING_SECTIONS,
    always('omrostning'),
    always('beslut'),
    ...CLOSING_SECTIONS,
  ],
  phrases: {},
};
