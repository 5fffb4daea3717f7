import type { EntryTemplate } from '../template.ts';
import { always, whenGiven } from '../section-headings.ts';

export const informationsarende: EntryTemplate = {
  id: 'informationsarende',
  label: 'Informationsärende',
  description: 'Mötet får information och noterar den; inget beslut i sak.',
  defaultTitle: null,
  titlePattern: '^(?:information(?:er|särenden?)?|informationsärenden?|aktuell information)(?:\\s.*)?$',
  needsCaseNumber: true,
  proposesToAnotherBody: false,
  sections: [always('sammanfattning'), always('beslut'), whenGiven('beslutsunderlag')],
  phrases: {
    beslut: 'Informationen noteras till protokollet.',
  },
};
