import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildExtract, recipientFileName, recipientGroups, sourceFromDocx, type ExtractResult } from '../../core/extract/index.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { formatReference } from '../../core/addin/references.ts';
import { readParagraphRange } from '../../core/parse/attendance.ts';
import { parseCommandArgs } from '../args.ts';
import { InputError, UsageError, type Command } from '../command.ts';
import { readProtocolOrFail } from '../read-protocol.ts';
import { terminalText } from '../terminal-text.ts';
import { writeWholeFile } from '../write-whole-file.ts';

const usage = `Användning: protokoll utdrag FIL --paragraf 225[,226] [--out UTDRAG.docx] [--per-mottagare MAPP]
                        [--organisation NAMN] [--intygas-namn NAMN] [--intygas-titel TITEL]

Skriver ett protokollsutdrag som Word-dokument: organisationens och organets namn,
sammanträdesdatum, de valda paragraferna som i protokollet, justerare och justeringsdatum, och
"Rätt utdraget intygar" med namn och titel. Är protokollet ett Word-dokument följer paragraferna
med sin formatering. Protokollet ändras inte.

  --paragraf NR        paragraferna: 225, 225,226 eller 225-227 (flaggan kan upprepas)
  --out FIL            utdraget som skrivs (standard: FIL-utdrag.docx i aktuell mapp)
  --per-mottagare MAPP ett utdrag per mottagare i "Beslutet skickas till"/"Expedieras till",
                       med de valda paragrafer som nämner mottagaren, i mappen MAPP
  --organisation NAMN  organisationens namn överst, t.ex. "Region Norrfjäll"
  --intygas-namn NAMN  namnet på den som intygar utdraget (annars en linje att fylla i)
  --intygas-titel TITEL titeln på den som intygar utdraget (annars en linje att fylla i)

Slutkod: 0 skrivet, 2 felaktig användning, oläsbar fil eller paragraf som saknas.`;

/** "225", "225,226", "225-227", "§§ 225–227": the § numbers asked for. */
function paragraphNumbers(values: readonly string[]): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    const read = /^[\d\s,–-]+$/.test(value.replace(/§/g, '')) ? readParagraphRange(`§§ ${value.replace(/§/g, '')}`) : null;
    if (!read) throw new UsageError(`--paragraf ska vara paragrafnummer, t.ex. 225, 225,226 eller 225-227 (fick "${value}")`);
    numbers.push(...read);
  }
  return numbers;
}

const meeting = (p: Protocol) => `${p.body ? `, ${p.body}` : ''}${p.date ? ` ${p.date}` : ''}`;

export const utdragCommand: Command = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      paragraf: { type: 'string', multiple: true },
      out: { type: 'string' },
      'per-mottagare': { type: 'string' },
      organisation: { type: 'string' },
      'intygas-namn': { type: 'string' },
      'intygas-titel': { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('ange protokollfilen som utdraget tas ur');
    if (extra.length > 0) throw new UsageError(`en fil i taget (fick även ${extra.join(', ')})`);
    if (!values.paragraf?.length) throw new UsageError('ange paragraferna med --paragraf, t.ex. --paragraf 225,226');
    const numbers = paragraphNumbers(values.paragraf);
    const input = path.resolve(io.cwd, file);
    const perRecipient = values['per-mottagare'];
    const out = values.out ?? (perRecipient ? null : `${path.basename(file, path.extname(file))}-utdrag.docx`);
    if (out && path.resolve(io.cwd, out) === input) throw new UsageError('--out får inte vara samma fil som den som läses');

    const { protocol } = await readProtocolOrFail(file, io.cwd);
    const source = /\.docx$/i.test(file) ? sourceFromDocx(await readFile(input)) : null;
    const request = { organisation: values.organisation, intygas: { namn: values['intygas-namn'] ?? '', titel: values['intygas-titel'] ?? '' } };
    const build = (paragrafer: number[]): Extract<ExtractResult, { ok: true }> => {
      const result = buildExtract(protocol, { ...request, paragrafer }, source);
      if (!result.ok) throw new InputError(`${file}: ${result.message}`);
      return result;
    };
    const report = (shown: string, result: Extract<ExtractResult, { ok: true }>, extraText = '') => {
      io.stdout(`${terminalText(`Skrev ${shown}: ${formatReference(result.paragrafer)}${extraText}${meeting(protocol)}`)}\n`);
      for (const note of result.notes) io.stdout(`${terminalText(`  ${note}`)}\n`);
    };

    // Every § asked for is checked before anything is written.
    const whole = build(numbers);
    if (out) {
      await writeWholeFile(path.resolve(io.cwd, out), whole.docx, out);
      report(out, whole);
    }
    if (perRecipient) {
      const dir = path.resolve(io.cwd, perRecipient);
      const chosen = protocol.paragrafer.filter((p) => whole.paragrafer.includes(p.number));
      const groups = recipientGroups(chosen);
      await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(`kunde inte skapa mappen ${perRecipient}: ${error.code ?? error.message}`);
      });
      const taken = new Set<string>();
      for (const group of groups) {
        const name = recipientFileName(group.recipient, taken);
        taken.add(name);
        const shown = path.join(perRecipient, name);
        await writeWholeFile(path.join(dir, name), build(group.paragrafer).docx, shown);
        report(shown, { ...whole, paragrafer: group.paragrafer, notes: [] }, ` till ${group.recipient}`);
      }
      const named = new Set(groups.flatMap((g) => g.paragrafer));
      const without = whole.paragrafer.filter((n) => !named.has(n));
      if (without.length) io.stdout(`${terminalText(`${formatReference(without)}: ingen mottagare (Beslutet skickas till/Expedieras till), inget utdrag per mottagare`)}\n`);
    }
    return 0;
  },
};
