import type { Rule, RuleHit } from '../check/rule.ts';
import { lineOf, sentences } from '../check/support.ts';
import { javigaIn } from '../parse/attendance.ts';
import { execAll } from '../text/exec-all.ts';
import { findPeopleWithParty, personKey, type PersonMention } from '../text/persons.ts';
import { words } from '../text/words.ts';

/** Taking part in the handling: making or joining a yrkande. */
const YRKAR = words('<(?:yrkar|yrkade|instämmer|instämde)>', 'g');

export const javMemberTakesPart: Rule = {
  id: 'jav-member-takes-part',
  severity: 'error',
  description:
    'Den som är antecknad som jävig i en paragraf deltar inte i handläggningen där: hen yrkar inte och instämmer inte i ett yrkande. (Att hen inte röstar eller reserverar sig granskar reservation-by-non-participant.)',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 6 kap. 28 § (för fullmäktige 5 kap. 47 §)' },
  messages: {
    yrkar:
      '{{person}} är antecknad som jävig i § {{number}} men yrkar där. Den som är jävig får inte delta i handläggningen av ärendet: stryk yrkandet eller rätta uppgiften om jäv.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      const javiga = new Set(javigaIn(p).map((m) => personKey(m.name)));
      if (!javiga.size) continue;
      const reported = new Set<string>();
      for (const s of p.sections) {
        if (s.kind === 'jav' || s.text.search(YRKAR) < 0) continue;
        for (const sentence of sentences(s.text)) {
          // Those named before a verb make or join the yrkande; those after it are whose yrkande is joined.
          let from = 0;
          const makers: PersonMention[] = [];
          for (const verb of execAll(YRKAR, sentence)) {
            makers.push(...findPeopleWithParty(sentence.slice(from, verb.index)));
            from = verb.index + verb[0].length;
          }
          for (const m of makers) {
            const key = personKey(m.name);
            if (!javiga.has(key) || reported.has(key)) continue;
            reported.add(key);
            hits.push({
              paragraph: p,
              line: lineOf(ctx, p, m.name, s.line),
              messageId: 'yrkar',
              data: { person: m.party ? `${m.name} (${m.party})` : m.name, number: p.number },
            });
          }
        }
      }
    }
    return hits;
  },
};
