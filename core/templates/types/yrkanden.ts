import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS, DEBATED_OPENING_SECTIONS } from '../section-headings.ts';

export const yrkanden: EntryTemplate = {
  id: 'yrkanden',
  label: 'Ärende med yrkanden och beslutsgång',
  description: 'Ledamöter lägger egna förslag; ordförande ställer förslagen mot varandra.',
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
