import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { checkProtocol } from '../../core/check/check.ts';
import { DEFAULT_CHECK_CONFIG } from '../../core/check/config.ts';
import type { CheckConfig, Rule } from '../../core/check/rule.ts';
import type { Protocol } from '../../core/model/protocol.ts';

export interface InvalidCase {
  name: string;
  text: string;
  /** Expected findings of this rule: § number (null for the whole protocol) and a part of the message. */
  findings: { paragraph: number | null; message: RegExp | string; line?: number }[];
  config?: Partial<CheckConfig>;
  /** What the parser reports about the text beyond its lines, e.g. `hasCover: false` for an extract. */
  read?: Partial<Protocol>;
}

export interface ValidCase {
  name: string;
  text: string;
  config?: Partial<CheckConfig>;
  read?: Partial<Protocol>;
}

/**
 * ESLint-style: a rule is run over protocol texts that must pass (no finding of this rule)
 * and texts that must fail with exactly the listed findings.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (text: string, config?: Partial<CheckConfig>, read?: Partial<Protocol>) =>
    checkProtocol({ ...parseProtocol(text), ...read }, { config: { ...DEFAULT_CHECK_CONFIG, ...config }, sourceText: text, rules: [rule] });

  describe(`rule ${rule.id}`, () => {
    it('has a catalogue entry', () => {
      expect(rule.description).toMatch(/\S/);
      expect(rule.source.reference).toMatch(/\S/);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(run(c.text, c.config, c.read)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        const found = run(c.text, c.config, c.read);
        expect(found.map((f) => f.paragraph)).toEqual(c.findings.map((f) => f.paragraph));
        c.findings.forEach((expected, i) => {
          const f = found[i]!;
          expect(f.rule).toBe(rule.id);
          expect(f.message).toMatch(expected.message);
          if (expected.line !== undefined) expect(f.line).toBe(expected.line);
        });
      });
    }
  });
}
