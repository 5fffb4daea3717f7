import type { EntryTemplate } from '../template.ts';
import { always, CLOSING_SECTIONS } from '../section-headings.ts';

export const beredningsarende: EntryTemplate = {
  id: 'beredningsarende',
  label: 'Beredningsärende (förslag till annat organ)',
  description: 'Utskottet bereder ärendet och föreslår att styrelsen eller fullmäktige beslutar.',
  defaultTitle: null,
  titlePattern: null,
  needsCaseNumber: true,
  needsBeslut: true,
  proposesToAnotherBody: true,
  sections: [always('sammanfattning'), always('forslagTillBeslut'), always('beslut'), ...CLOSING_SECTIONS],
  phrases: {},
};
