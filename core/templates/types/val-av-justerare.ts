import type { EntryTemplate } from '../template.ts';
import { always } from '../section-headings.ts';

export const valAvJusterare: EntryTemplate = {
  id: 'val-av-justerare',
  label: 'Val av justerare samt tid för justering',
  description: 'Mötet utser vem som justerar protokollet med ordförande och när det sker.',
  defaultTitle: 'Val av justerare samt tid för justering',
  titlePattern:
    '^(?:(?:val av|utseende av|utse) (?:justerare|protokolls?justerare|justeringsperson(?:er)?)|(?:protokolls?)?justerare)(?:\\s.*)?$',
  needsCaseNumber: false,
  needsBeslut: false,
  proposesToAnotherBody: false,
  sections: [always('beslut')],
  phrases: {
    beslut: '{justerare} utses att justera protokollet tillsammans med ordförande. {justeringstid}',
  },
};
