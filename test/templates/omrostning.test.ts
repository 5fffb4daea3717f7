import { describe, expect, it } from 'vitest';
import { bodyName, voteWinner, writeOmrostning, type EntryInputRaw } from '../../core/templates/index.ts';
import { entry } from './support.ts';

const HSN = bodyName('Hälso- och sjukvårdsnämnden');
const yrkanden = [{ person: 'Anders Nilsson', party: 'V', proposal: 'att avgiften tas bort' }];

function vote(omrostning: EntryInputRaw['omrostning'] & object) {
  const e = entry({ type: 'omrostning', number: 1, yrkanden, omrostning });
  return { o: e.omrostning!, y: e.yrkanden };
}

describe('writeOmrostning', () => {
  it('writes propositionsordning and the result by count', () => {
    const { o, y } = vote({ ja: 'liggande', nej: 0, count: { ja: 7, nej: 4, avstar: 2 } });
    expect(writeOmrostning(o, y, HSN)).toBe(
      'Följande propositionsordning godkänns: Ja-röst för bifall till liggande förslag, nej-röst för bifall till Anders Nilssons (V) förslag.\n\n' +
        'Med 7 ja-röster mot 4 nej-röster och 2 som avstår beslutar nämnden enligt liggande förslag.',
    );
  });

  it('writes each member’s vote in an open vote and uses the singular for one vote', () => {
    const { o, y } = vote({
      ja: 0,
      nej: 'liggande',
      members: [
        { name: 'Anders Nilsson', party: 'V', vote: 'ja' },
        { name: 'Karin Sjöberg', party: 'S', vote: 'ja' },
        { name: 'Jonas Ek', party: 'M', vote: 'nej' },
      ],
    });
    expect(voteWinner(o)).toBe('ja');
    expect(writeOmrostning(o, y, HSN)).toBe(
      'Följande propositionsordning godkänns: Ja-röst för bifall till Anders Nilssons (V) förslag, nej-röst för bifall till liggande förslag.\n\n' +
        'Med 2 ja-röster mot 1 nej-röst beslutar nämnden enligt Anders Nilssons (V) förslag.\n\n' +
        'Ledamöternas röster:\nAnders Nilsson (V) Ja\nKarin Sjöberg (S) Ja\nJonas Ek (M) Nej',
    );
  });

  it('records the chair’s casting vote on a tie', () => {
    const { o, y } = vote({ ja: 'liggande', nej: 0, count: { ja: 6, nej: 6, avstar: 1 }, utslagsrost: 'ja' });
    expect(writeOmrostning(o, y, bodyName('Regionstyrelsen')).split('\n\n')[1]).toBe(
      'Med 6 ja-röster mot 6 nej-röster och 1 som avstår beslutar regionstyrelsen genom ordförandes utslagsröst enligt liggande förslag.',
    );
  });

  it('says a secret vote was held and lists no members', () => {
    const { o, y } = vote({ ja: 'liggande', nej: 0, count: { ja: 5, nej: 8 }, sluten: true });
    expect(writeOmrostning(o, y, HSN).split('\n\n').slice(1)).toEqual([
      'Omröstningen sker med slutna sedlar.',
      'Med 5 ja-röster mot 8 nej-röster beslutar nämnden enligt Anders Nilssons (V) förslag.',
    ]);
  });
});
