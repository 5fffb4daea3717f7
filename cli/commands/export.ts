import { writeWholeFile } from '../write-whole-file.ts';
import path from 'node:path';
import { protocolDocx } from '../../core/ooxml/docx.ts';
import { EntryStyles } from '../../core/ooxml/styles.ts';
import { parseCommandArgs } from '../args.ts';
import { InputError, UsageError, type Command } from '../command.ts';
import { readProtocolOrFail } from '../read-protocol.ts';
import { plural } from '../../core/text/plural.ts';
import { terminalText } from '../terminal-text.ts';

const usage = `Användning: protokoll export FIL [--out PROTOKOLL.docx] [--heading-style ID] [--section-style ID] [--body-style ID]

Läser ett protokoll (.pdf, .docx eller .txt) och skriver det som ett Word-dokument med samma
struktur som Word-tillägget skapar: varje § i en innehållskontroll, rubriker i formatmallar.

  --out FIL            dokumentet som skrivs (standard: FIL med ändelsen .docx i aktuell mapp)
  --heading-style ID   formatmall för paragrafrubriken "§ 12 Rubrik" (standard: Heading2, "Rubrik 2")
  --section-style ID   formatmall för avsnittsrubriker som "Beslut" (standard: Heading3, "Rubrik 3")
  --body-style ID      formatmall för brödtext (standard: Normal)

Slutkod: 0 skrivet, 2 felaktig användning, oläsbar fil eller inga paragrafer.`;

export const exportCommand: Command = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      'heading-style': { type: 'string' },
      'section-style': { type: 'string' },
      'body-style': { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('ange protokollfilen som ska exporteras');
    if (extra.length > 0) throw new UsageError(`en fil i taget (fick även ${extra.join(', ')})`);
    const input = path.resolve(io.cwd, file);
    const out = path.resolve(io.cwd, values.out ?? `${path.basename(file, path.extname(file))}.docx`);
    if (out === input) throw new UsageError('--out får inte vara samma fil som den som läses');
    const styles = EntryStyles.safeParse({
      entryHeading: values['heading-style'],
      sectionHeading: values['section-style'],
      body: values['body-style'],
    });
    if (!styles.success) throw new UsageError(`formatmall: ${styles.error.issues[0]?.message ?? 'ogiltig'}`);

    const { protocol } = await readProtocolOrFail(file, io.cwd);

    await writeWholeFile(out, protocolDocx(protocol, styles.data), values.out ?? out);
    io.stdout(
      `${terminalText(`Skrev ${path.relative(io.cwd, out) || out}: ${plural(protocol.paragrafer.length, 'paragraf', 'paragrafer')}${protocol.body ? `, ${protocol.body}` : ''}${protocol.date ? ` ${protocol.date}` : ''}`)}\n`,
    );
    return 0;
  },
};
