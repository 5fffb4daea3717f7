import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { runRules } from '../../core/check/check.ts';
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../core/check/config.ts';
import type { MessageData, Rule } from '../../core/check/rule.ts';
import type { Protocol } from '../../core/model/protocol.ts';

/** A finding expected of a rule: its § number (null for the whole protocol), which message and the data filled into it. */
export interface ExpectedFinding {
  paragraph: number | null;
  messageId: string;
  data: MessageData;
  line?: number;
}

export interface InvalidCase {
  name: string;
  text: string;
  /** Expected findings of this rule, in order. */
  findings: ExpectedFinding[];
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

/** A rule's reports matched against the expected ones: the rule, the message id and its data, and the line where given. */
export function expectFindings(rule: Rule, found: ReturnType<typeof runRules>, expected: readonly ExpectedFinding[]): void {
  expect(found.map((f) => f.paragraph)).toEqual(expected.map((f) => f.paragraph));
  expected.forEach((e, i) => {
    const f = found[i]!;
    expect(f.rule).toBe(rule.id);
    expect(f.messageId).toBe(e.messageId);
    expect(f.data).toEqual(e.data);
    if (e.line !== undefined) expect(f.line).toBe(e.line);
  });
}

/**
 * ESLint-style: a rule is run over protocol texts that must pass (no finding of this rule)
 * and texts that must fail with exactly the listed findings; each of its messages is expected by
 * at least one of them.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (text: string, config?: Partial<CheckConfig>, read?: Partial<Protocol>) =>
    runRules({ ...parseProtocol(text), ...read }, { config: { ...DEFAULT_CHECK_CONFIG, ...config }, sourceText: text, rules: [rule] });

  describe(`rule ${rule.id}`, () => {
    it('has a catalogue entry', () => {
      expect(rule.description).toMatch(/\S/);
      expect(rule.source.reference).toMatch(/\S/);
    });
    it('has a failing case for each of its messages', () => {
      const expected = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      expect(Object.keys(rule.messages).filter((id) => !expected.has(id))).toEqual([]);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(run(c.text, c.config, c.read)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        expectFindings(rule, run(c.text, c.config, c.read), c.findings);
      });
    }
  });
}
