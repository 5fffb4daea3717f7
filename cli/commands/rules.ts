import { RULES } from '../../core/rules/index.ts';
import { ruleProfiles } from '../../core/check/check.ts';
import type { Rule } from '../../core/check/rule.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { SEVERITY_WORD } from '../severity-word.ts';

const usage = `Användning: protokoll rules [--format text|markdown|json]

Listar granskningsreglerna: id, allvarlighetsgrad, vilka möten regeln gäller, vad den kontrollerar
och var den kommer ifrån.`;

/** Which meetings a rule applies to, in the words of the catalogue. */
const appliesTo = (r: Rule) => (ruleProfiles(r).includes('struktur') ? 'alla möten' : 'organ enligt kommunallagen');

/**
 * The catalogue as a Markdown table: with each rule's source for docs/rules.md and `protokoll rules
 * --format markdown`, without it for the README's overview.
 */
export function rulesMarkdown({ sources = true }: { sources?: boolean } = {}): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const head = ['regel', 'allvarlighet', 'gäller', 'kontrollerar', ...(sources ? ['källa'] : [])];
  return [
    row(head),
    row(head.map(() => '---')),
    ...RULES.map((r) => row([`\`${r.id}\``, SEVERITY_WORD[r.severity], appliesTo(r), r.description, ...(sources ? [r.source.reference] : [])])),
  ].join('\n');
}

export const rulesCommand: Command = {
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { format: { type: 'string' } });
    const format = oneOf(values.format, ['text', 'markdown', 'json'] as const, 'text', '--format');
    if (format === 'json') {
      const listed = RULES.map((r) => ({ id: r.id, severity: r.severity, profiles: ruleProfiles(r), description: r.description, source: r.source }));
      io.stdout(JSON.stringify(listed, null, 2) + '\n');
    } else if (format === 'markdown') {
      io.stdout(rulesMarkdown() + '\n');
    } else {
      const width = Math.max(...RULES.map((r) => r.id.length));
      for (const r of RULES) {
        const indent = ' '.repeat(width + 11);
        io.stdout(`${r.id.padEnd(width)}  ${SEVERITY_WORD[r.severity].padEnd(7)}  ${r.description}\n${indent}Gäller: ${appliesTo(r)}\n${indent}Källa: ${r.source.reference}\n`);
      }
    }
    return 0;
  },
};
