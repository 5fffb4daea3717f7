import { RULES } from '../../core/rules/catalogue.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `Användning: protokoll rules [--format text|markdown|json]

Listar granskningsreglerna: id, allvarlighetsgrad, vad regeln kontrollerar och var den kommer ifrån.`;

const SEVERITY_WORD = { error: 'fel', warning: 'varning', info: 'info' } as const;

/** The catalogue as a Markdown table; the README carries the same table. */
export function rulesMarkdown(): string {
  return [
    '| regel | allvarlighet | kontrollerar | källa |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.id}\` | ${SEVERITY_WORD[r.severity]} | ${r.description} | ${r.source.reference} |`),
  ].join('\n');
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'lista granskningsreglerna',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { format: { type: 'string' } });
    const format = oneOf(values.format, ['text', 'markdown', 'json'] as const, 'text', '--format');
    if (format === 'json') {
      io.stdout(JSON.stringify(RULES.map(({ id, severity, description, source }) => ({ id, severity, description, source })), null, 2) + '\n');
    } else if (format === 'markdown') {
      io.stdout(rulesMarkdown() + '\n');
    } else {
      const width = Math.max(...RULES.map((r) => r.id.length));
      for (const r of RULES) {
        io.stdout(`${r.id.padEnd(width)}  ${SEVERITY_WORD[r.severity].padEnd(7)}  ${r.description}\n${' '.repeat(width + 11)}Källa: ${r.source.reference}\n`);
      }
    }
    return 0;
  },
};
