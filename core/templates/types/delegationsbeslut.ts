import type { EntryTemplate } from '../template.ts';
import { always, whenGiven } from '../section-headings.ts';

export const delegationsbeslut: EntryTemplate = {
  id: 'delegationsbeslut',
  label: 'Anmälan av delegationsbeslut',
  description: 'Beslut fattade på delegation anmäls till mötet, som noterar dem.',
  defaultTitle: 'Anmälan av delegationsbeslut',
  titlePattern:
    '^(?:(?:anmälan|redovisning|återrapportering) (?:av|om) )?(?:delegationsbeslut|delegeringsbeslut|beslut fattade på delegation)(?:\\s.*)?$',
  needsCaseNumber: false,
  needsBeslut: false,
  proposesToAnotherBody: false,
  sections: [always('sammanfattning'), always('forslagTillBeslut'), always('beslut'), whenGiven('beslutsunderlag')],
  phrases: {
    sammanfattning: 'Följande beslut fattade med stöd av delegation anmäls till {organ}:\n{delegationsbeslut}',
    forslagTillBeslut: 'Anmälan av delegationsbeslut noteras till protokollet.',
    beslut: 'Anmälan av delegationsbeslut noteras till protokollet.',
  },
};
