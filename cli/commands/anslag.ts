import { MISSING_JUSTERING, protocolAnslag, ProtocolAnslagOptions } from '../../core/anslag/protocol-anslag.ts';
import { swedishErrors } from '../../core/swedish-issues.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { InputError, UsageError, type Command } from '../command.ts';
import { readProtocolOrFail } from '../read-protocol.ts';
import { terminalJson, terminalText } from '../terminal-text.ts';

const usage = `Användning: protokoll anslag FIL [--justerat ÅÅÅÅ-MM-DD] [--uppsatt ÅÅÅÅ-MM-DD] [--forvaringsplats TEXT] [--format text|json]

Skriver tillkännagivandet av protokollets justering för anslagstavlan, med de datum lagen ger:
anslaget sätts upp senast andra dagen efter justeringen (kommunallagen 8 kap. 12 §) och
överklagandetiden är tre veckor från uppsättandet (13 kap. 5 §). En frist som slutar på en
lördag, söndag, helgdag, midsommarafton, julafton eller nyårsafton flyttas till nästa vardag
(lagen (1930:173) om beräkning av lagstadgad tid). En paragraf som justerades omedelbart får ett
eget anslag, räknat från sammanträdet.

  --justerat DATUM         dagen protokollet justerades (standard: datumet protokollet anger)
  --uppsatt DATUM          dagen anslaget sätts upp (standard: protokollets anslag/bevis, annars
                           sista dagen lagen tillåter)
  --forvaringsplats TEXT   var protokollet förvaras (standard: protokollets anslag/bevis)
  --format text|json       text för anslagstavlan (standard), json för verktyg

Anslaget skrivs till standard ut, anmärkningar (varifrån datumen kom, flyttade frister) till
standard fel.

Slutkod: 0 anslaget skrevs, 2 felaktig användning, oläsbar fil eller inget justeringsdatum.`;

export const anslagCommand: Command = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      justerat: { type: 'string' },
      uppsatt: { type: 'string' },
      forvaringsplats: { type: 'string' },
      format: { type: 'string' },
    });
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', '--format');
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('ange protokollfilen');
    if (extra.length > 0) throw new UsageError(`en fil i taget (fick även ${extra.join(', ')})`);
    const options = ProtocolAnslagOptions.safeParse(
      { justerat: values.justerat, uppsatt: values.uppsatt, forvaringsplats: values.forvaringsplats },
      { error: swedishErrors },
    );
    if (!options.success) throw new UsageError(options.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));

    const { protocol, text } = await readProtocolOrFail(file, io.cwd);
    const result = protocolAnslag(protocol, text, options.data);
    if (!result.ok) {
      const ask = result.reason === MISSING_JUSTERING ? ' Ange dagen med --justerat ÅÅÅÅ-MM-DD.' : '';
      throw new InputError(`${file}: ${result.reason}${ask}`);
    }
    if (format === 'json') {
      io.stdout(`${terminalJson({ file, notices: result.notices, notes: result.notes })}\n`);
      return 0;
    }
    io.stdout(terminalText(result.notices.map((n) => n.text).join('\n'), { multiline: true }));
    if (result.notes.length) io.stderr(terminalText(`${result.notes.join('\n')}\n`, { multiline: true }));
    return 0;
  },
};
