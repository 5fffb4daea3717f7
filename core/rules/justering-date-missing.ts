import { omedelbarJustering } from '../parse/omedelbar-justering.ts';
import { detectTemplate } from '../templates/index.ts';
import { addDays, longSwedishDate } from '../text/dates.ts';
import type { Rule } from '../check/rule.ts';
import { isPartial } from '../check/support.ts';
import { JusteringDeadlineOptions } from './justering-deadline.ts';

export const justeringDateMissing: Rule<JusteringDeadlineOptions> = {
  id: 'justering-date-missing',
  severity: 'warning',
  description: 'Protokollet anger när det ska justeras (tid för justering), så att justeringsfristen kan kontrolleras.',
  source: { kind: 'house-style', reference: 'Husstil: tid för justering anges vid val av justerare (fristen i Kommunallagen (2017:725) 5 kap. 69–70 §§)' },
  messages: {
    missing:
      'Protokollet anger inte när det ska justeras. Skriv {{where}} senast vilket datum justeringen sker (inom {{days}} dagar efter sammanträdet{{latest}}).',
  },
  options: JusteringDeadlineOptions,
  check({ protocol, config }) {
    // In an extract the time of justering may stand in what was left out.
    if (!protocol.paragrafer.length || protocol.justeringDate || isPartial(protocol)) return [];
    // A protocol justerat at the meeting needs no later date; one § justerad at once leaves the rest to justera later.
    if (omedelbarJustering(protocol).protocol) return [];
    const val = protocol.paragrafer.find((p) => detectTemplate(p) === 'val-av-justerare') ?? null;
    const where = val ? `i § ${val.number} ${val.title}` : 'vid val av justerare eller på försättsbladet';
    const latest = protocol.date ? `, senast ${longSwedishDate(addDays(protocol.date, config.justeringDays))}` : '';
    return [
      {
        paragraph: val,
        messageId: 'missing',
        data: { where, days: config.justeringDays, latest },
      },
    ];
  },
};
