import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS } from '../section-headings.ts';

export const beslutsarende: EntryTemplate = {
  id: 'beslutsarende',
  label: 'Beslutsärende',
  description: 'Mötet beslutar enligt förslaget utan yrkanden.',
  defaultTitle: null,
  titlePattern: null,
  needsCaseNumber: true,
  needsBeslut: true,
  proposesToAnotherBody: false,
  sections: [always('sammanfattning'), always('forslagTillBeslut'), always('beslut'), ...CLOSING_SECTIONS],
  phrases: {},
};
