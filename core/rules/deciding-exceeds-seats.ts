import { z } from 'zod';
import type { Rule } from '../check/rule.ts';
import { formatReference } from '../addin/references.ts';
import { attendanceIn, seatsOnRoll } from '../parse/attendance.ts';

/** The number of seats (ledamöter) per body, by its name as the protocol writes it: `{ "Kommunstyrelsen": 13 }`. */
export const DecidingExceedsSeatsOptions = z.object({
  antalLedamoter: z.record(z.string(), z.number().int().positive()).default({}),
});
export type DecidingExceedsSeatsOptions = z.infer<typeof DecidingExceedsSeatsOptions>;

function configuredSeats(seats: Record<string, number>, body: string | null): number | null {
  if (!body) return null;
  const wanted = body.toLocaleLowerCase('sv');
  return Object.entries(seats).find(([name]) => name.toLocaleLowerCase('sv') === wanted)?.[1] ?? null;
}

export const decidingExceedsSeats: Rule<DecidingExceedsSeatsOptions> = {
  id: 'deciding-exceeds-seats',
  severity: 'error',
  description:
    'I ingen paragraf är fler beslutande (närvarande ledamöter och tjänstgörande ersättare, utom de jäviga) än organet har ledamöter. Antalet ledamöter tas från konfigurationen (antalLedamoter per organ) eller från närvarolistan: de listade ledamöterna och dem som ersättarna ersätter.',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 17–20 §§' },
  messages: {
    'more-than-seats':
      'I {{paragrafer}} är {{deciding}} beslutande antecknade, men {{organ}} har {{seats}} ledamöter. Varje ersättare tjänstgör i en ledamots ställe: rätta närvarolistan.',
  },
  options: DecidingExceedsSeatsOptions,
  check(ctx) {
    const { roll, body, paragrafer } = ctx.protocol;
    if (!roll) return [];
    const seats = configuredSeats(ctx.config.antalLedamoter, body) ?? seatsOnRoll(roll);
    if (seats === null) return [];
    // No § can have more deciding than the roll has people: then there is nothing to count per §.
    if (roll.ledamoter.length + roll.tjanstgorande.length <= seats) return [];
    const over = paragrafer.flatMap((p) => {
      const deciding = attendanceIn(ctx.protocol, p)!.beslutande.length;
      return deciding > seats ? [{ number: p.number, deciding }] : [];
    });
    if (!over.length) return [];
    return [
      {
        paragraph: null,
        line: null,
        messageId: 'more-than-seats',
        data: {
          paragrafer: formatReference(over.map((o) => o.number)),
          deciding: Math.max(...over.map((o) => o.deciding)),
          organ: body ?? 'organet',
          seats,
        },
      },
    ];
  },
};
