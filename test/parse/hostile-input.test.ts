import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { checkProtocol } from '../../core/check/check.ts';

/** Parse and check, the whole path a draft takes through `protokoll check`. */
function parseAndCheck(text: string) {
  const protocol = parseProtocol(text);
  return { protocol, findings: checkProtocol(protocol, { sourceText: text }) };
}

// Pieces real protocols are made of, so random texts reach deep into the parser.
const piece = fc.constantFrom(
  '§ 12 Rubrik', '§12', '§', '§§ 1-2', 'RS 2215-2024', 'RS\n2215-2024', 'RS 2215–2024', 'RS 232', 'Beslut', 'Sammanfattning',
  'Förslag till beslut', 'Beslutsgång', 'Omröstning', 'Reservationer', 'Deltar ej i beslutet', 'Jäv', 'Beslutsunderlag',
  'Protokoll', '4 (29)', 'Utdragsbestyrkande', 'Anna Berg (S)', 'se § 12', '7 ja-röster mot 4 nej-röster', '\n', '\n\n', '\f',
  '\u0000', '\u00A0', '\uF0B7', ' ', '(', ')', '[Skriv beslut]', 'den 9 december 2024', '2024-12-05',
);
const protocolish = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 200 }).map((parts) => parts.join(' '));

describe('parser and finder on random and hostile input', () => {
  it('never throw and always give a valid model value', () => {
    fc.assert(
      fc.property(protocolish, (text) => {
        const { protocol, findings } = parseAndCheck(text);
        expect(Protocol.safeParse(protocol).success).toBe(true);
        expect(Array.isArray(findings)).toBe(true);
        for (const m of findCaseNumbers(text)) expect(text.slice(m.start, m.end)).toBe(m.raw);
      }),
      { numRuns: 300 },
    );
  });

  const MB = 1 << 20;
  const hostile: [string, (n: number) => string][] = [
    ['a megabyte line of prefixes', (n) => 'RS '.repeat(n / 3)],
    ['a megabyte line of almost-case-numbers', (n) => 'RS 1-202'.repeat(n / 8)],
    ['deeply nested § signs', (n) => '§'.repeat(n)],
    ['§ headings on every line', (n) => '§ 1 A\n'.repeat(n / 6)],
    ['section headings only', (n) => 'Beslut\n'.repeat(n / 7)],
    ['names without parties', (n) => 'Anna Berg Karlsson '.repeat(n / 19)],
    ['control characters', (n) => '\u0000\u0001\u0007\u001b\f\r'.repeat(n / 6)],
    ['dates and dashes', (n) => '2024-12-05 – '.repeat(n / 13)],
  ];

  /** Best of three runs, in ms: the least disturbed by the other core's work. */
  function fastest(text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      parseAndCheck(text);
      findCaseNumbers(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  for (const [name, make] of hostile) {
    it(`${name}: no crash, and 8× the input costs far less than 64× the time (linear, not quadratic)`, () => {
      const small = make(MB / 8);
      const large = make(MB);
      const ratio = fastest(large) / Math.max(fastest(small), 0.5);
      expect(ratio).toBeLessThan(32);
    });
  }
});
