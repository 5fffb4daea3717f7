import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { runRules } from '../../core/check/check.ts';
import type { Rule } from '../../core/check/rule.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';
import { expectFindings, type ExpectedFinding } from './rule-tester.ts';

const FIXTURE = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');
const fixtureText = FIXTURE ? readFileSync(FIXTURE, 'utf8') : null;

const examplesDir = path.join(projectRoot, 'examples/protocols');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.txt'));

export interface ClerkMistake {
  name: string;
  /** Replacements applied in turn to the real fixture's text; each `from` must occur in it. */
  edits: [from: string, to: string][];
  findings: ExpectedFinding[];
}

const run = (rule: Rule, text: string) => runRules(parseProtocol(text), { sourceText: text, rules: [rule] });

/**
 * A rule over real protocols: the project's examples and the real fixture (read from ../shared/
 * when it is there) give no finding; the fixture changed the way a clerk's mistake changes it
 * gives exactly the expected findings.
 */
export function testRuleOnRealProtocols(rule: Rule, mistakes: ClerkMistake[]): void {
  describe(`rule ${rule.id} on real protocols`, () => {
    for (const file of examples) {
      it(`passes: example ${file}`, () => {
        expect(run(rule, readFileSync(path.join(examplesDir, file), 'utf8'))).toEqual([]);
      });
    }
    describe.skipIf(!fixtureText)('the real fixture rsau-2024-12-05', () => {
      it('passes as signed', () => {
        expect(run(rule, fixtureText!)).toEqual([]);
      });
      for (const m of mistakes) {
        it(`fails: ${m.name}`, () => {
          let text = fixtureText!;
          for (const [from, to] of m.edits) {
            expect(text.includes(from), `fixture text contains ${JSON.stringify(from)}`).toBe(true);
            text = text.replace(from, to);
          }
          expectFindings(rule, run(rule, text), m.findings);
        });
      }
    });
  });
}
