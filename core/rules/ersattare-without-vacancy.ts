import type { Rule, RuleHit } from '../check/rule.ts';
import { formatReference } from '../addin/references.ts';
import { coverLineOf, javigaIn } from '../parse/attendance.ts';
import { personKey } from '../text/persons.ts';

const who = (e: { name: string; party: string | null }) => (e.party ? `${e.name} (${e.party})` : e.name);

export const ersattareWithoutVacancy: Rule = {
  id: 'ersattare-without-vacancy',
  severity: 'error',
  description:
    'En ersättare tjänstgör bara i en paragraf där ledamoten hen ersätter är frånvarande eller jävig: närvarolistan antecknar inte både ledamoten och ersättaren i hens ställe i samma paragraf.',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 17–20 §§' },
  messages: {
    'member-present':
      '{{ersattare}} är antecknad som tjänstgörande ersättare för {{ledamot}} i {{paragrafer}}, men {{ledamot}} är antecknad som närvarande beslutande där och inte som jävig. En ersättare tjänstgör bara när ledamoten är frånvarande eller jävig: rätta närvarolistan.',
  },
  check(ctx) {
    const { roll, paragrafer } = ctx.protocol;
    if (!roll || !paragrafer.length) return [];
    const hits: RuleHit[] = [];
    for (const r of roll.tjanstgorande) {
      const member = r.ersatter && roll.ledamoter.find((m) => personKey(m.name) === personKey(r.ersatter!));
      // A member present for some §§ and an ersättare listed for the whole meeting: the list does not say for which.
      if (!member || (r.paragrafer === null && member.paragrafer !== null)) continue;
      const key = personKey(member.name);
      const clash = paragrafer.filter((p) => {
        if ((r.paragrafer && !r.paragrafer.includes(p.number)) || (member.paragrafer && !member.paragrafer.includes(p.number))) return false;
        if (javigaIn(p).some((m) => personKey(m.name) === key)) return false;
        // An ersättare for some §§ of a member listed for the whole meeting: the § may say the member left.
        return member.paragrafer !== null || r.paragrafer === null || !p.sections.some((s) => s.text.includes(member.name));
      });
      if (!clash.length) continue;
      hits.push({
        paragraph: null,
        line: coverLineOf(ctx.sourceLines, paragrafer[0]!.line, r.name),
        messageId: 'member-present',
        data: { ersattare: who(r), ledamot: who(member), paragrafer: formatReference(clash.map((p) => p.number)) },
      });
    }
    return hits;
  },
};
