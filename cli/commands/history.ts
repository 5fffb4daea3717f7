import { sourceName, type CaseHistory, type HistoryEntry } from '../../core/history/model.ts';
import { OUTCOME_LABELS, bodyInSentence, currentStatus, latestEntry } from '../../core/history/status.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { lookUpCase } from '../feed-source.ts';
import { FETCH_LIMIT_FLAGS, FETCH_LIMIT_USAGE, fetchLimitsOf } from '../fetch-limit-flags.ts';
import { plural } from '../../core/text/plural.ts';
import { terminalJson, terminalText } from '../terminal-text.ts';

const usage = `Användning: protokoll history ÄRENDENUMMER [--feed MAPP|URL] [--format text|json] [--timeout SEKUNDER] [--connect-timeout SEKUNDER] [--max-mb MB]

Visar ett ärendes beslutshistorik ur ett flöde som protokoll index har skrivit.

  --feed MAPP|URL   flödets mapp eller adress (standard: feed)
  --format          text (standard, för en människa) eller json (för verktyg)

Ett flöde på en adress hämtas inom gränser; en server som är för långsam eller skickar för mycket avbryts:
${FETCH_LIMIT_USAGE}

Slutkod: 0 ärendet finns, 1 ärendet finns inte i flödet, 2 felaktig användning eller oläsbart flöde.`;

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `${prefix}${line.trimEnd()}` : ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function entryText(entry: HistoryEntry): string {
  const head = `${entry.date}  ${entry.body} § ${entry.paragraph} ${entry.title}`;
  const to = entry.proposedTo ? bodyInSentence(entry.proposedTo) : null;
  const what =
    entry.outcome === 'proposed'
      ? to
        ? `Förslag till ${to}, inte ett slutligt beslut: det är ${to} som beslutar.`
        : 'Förslag, inte ett slutligt beslut.'
      : `Utfall: ${OUTCOME_LABELS[entry.outcome]}`;
  return [
    head,
    `  ${what}`,
    '',
    indent(entry.decision, '    '),
    ...(entry.reservations.length ? ['', '  Reservationer:', ...entry.reservations.map((r) => `    ${r}`)] : []),
    '',
    `  Källa: ${sourceName(entry.source)}`,
  ].join('\n');
}

/** A proposal as the latest entry means the receiving body's decision is not in the feed (yet). */
function pending(history: CaseHistory): string {
  const last = latestEntry(history);
  if (last.outcome !== 'proposed') return '';
  return last.proposedTo ? ` (${bodyInSentence(last.proposedTo)}s beslut finns inte i flödet ännu)` : ' (beslutet finns inte i flödet ännu)';
}

function historyText(history: CaseHistory): string {
  return [
    `${history.caseNumber}  ${history.title}`,
    `Status: ${currentStatus(history)}${pending(history)}`,
    '',
    `${plural(history.entries.length, 'post', 'poster')}, äldst först:`,
    '',
    history.entries.map(entryText).join('\n\n'),
    '',
  ].join('\n');
}

export const historyCommand: Command = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { feed: { type: 'string' }, format: { type: 'string' }, ...FETCH_LIMIT_FLAGS });
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', '--format');
    // `protokoll history RS 2215-2024` without quotes arrives as two arguments.
    const written = positionals.join(' ').replace(/\s+/g, ' ').trim();
    if (!written) throw new UsageError('ange ett ärendenummer, t.ex. "RS 2215-2024"');
    const { manifest, history } = await lookUpCase(values.feed ?? 'feed', written, io.cwd, fetchLimitsOf(values));
    if (!history) {
      const message = `Ärendet ${written} finns inte i flödet (${plural(manifest.counts.cases, 'ärende', 'ärenden')} ur ${manifest.counts.protocols} protokoll, skapat ${manifest.generatedAt}).`;
      if (format === 'json') io.stdout(`${terminalJson({ caseNumber: written, found: false })}\n`);
      io.stderr(`${terminalText(message)}\n`);
      return 1;
    }
    if (format === 'json') {
      io.stdout(`${terminalJson({ caseNumber: history.caseNumber, found: true, status: currentStatus(history), title: history.title, entries: history.entries })}\n`);
    } else io.stdout(terminalText(historyText(history), { multiline: true }));
    return 0;
  },
};
