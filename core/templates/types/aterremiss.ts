import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS, DEBATED_OPENING_SECTIONS } from '../section-headings.ts';

export const aterremiss: EntryTemplate = {
  id: 'aterremiss',
  label: 'Återremiss',
  description: 'Mötet skickar tillbaka ärendet för komplettering i stället för att avgöra det.',
  defaultTitle: null,
  titlePattern: null,
  needsCaseNumber: true,
  needsBeslut: true,
  proposesToAnotherBody: false,
  sections: [
    ...DEBATED_OPENING_SECTIONS,
    always('beslut'),
    ...CLOSING_SECTIONS,
  ],
  phrases: {},
};
