import path from 'node:path';
import { learnFormats } from '../../core/casenumber/learn-formats.ts';
import { HistoryBuilder } from '../../core/history/build.ts';
import { writeFeed, renderManifest } from '../../core/history/write-feed.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { own } from '../../core/text/own.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { loadCheckConfig } from '../check-config.ts';
import { previousManifest, writeFeedFiles } from '../feed-files.ts';
import { progress } from '../progress.ts';
import { protocolFiles } from '../protocol-files.ts';
import { readProtocolFile } from '../read-file.ts';

const usage = `Användning: protokoll index SÖKVÄG… --out MAPP [--base-url URL] [--config KONFIG.json]

Läser protokoll (.pdf, .docx, .txt; mappar gås igenom) och skriver beslutshistoriken per ärende
som ett flöde: MAPP/manifest.json och MAPP/shards/NNN.json. Bara filer vars innehåll ändrats skrivs om.
Manifestet får också de diarienummerformat som protokollens märkta diarienummer (Dnr …) visar.

  --out MAPP        mappen flödet skrivs till (skapas vid behov)
  --base-url URL    gör källhänvisningarna till länkar: URL + filens sökväg under den lästa mappen
  --config FIL      samma konfiguration som protokoll check (diarienummerformat och prefix)

Slutkod: 0 alla filer lästa, 1 några filer hoppades över, 2 felaktig användning.`;

function checkedBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url ska vara en fullständig adress (https://…), inte "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('--base-url ska börja med https:// eller http://');
  return url.href;
}

/**
 * When to say the feed was generated: from SOURCE_DATE_EPOCH for reproducible builds; else the
 * previous manifest's time when nothing else changed, so a re-run over the same files leaves the
 * manifest byte for byte as it was; else now.
 */
function generationTime(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : null;
}

export const indexCommand: Command = {
  name: 'index',
  summary: 'läs protokollarkiv och skriv beslutshistoriken som flöde',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      'base-url': { type: 'string' },
      config: { type: 'string' },
    });
    if (!positionals.length) throw new UsageError('ange minst en fil eller mapp att läsa');
    if (!values.out) throw new UsageError('ange --out MAPP');
    const baseUrl = checkedBaseUrl(values['base-url']);
    const out = path.resolve(io.cwd, values.out);
    const { caseNumbers } = await loadCheckConfig(values.config, io.cwd);

    const files = await protocolFiles(positionals, io.cwd);
    const bar = progress(io, files.length);
    const builder = new HistoryBuilder();
    const skipped: { file: string; reason: string }[] = [];
    /** Every case number the protocols write, as written: what the formats are learned from. */
    const labelled = new Set<string>();
    let duplicates = 0;
    for (const [i, file] of files.entries()) {
      const read = await readProtocolFile(file.absolute);
      let reason: string | null = null;
      if (!read.ok) reason = read.reason;
      else {
        const protocol = parseProtocol(read.text, { caseNumbers, regions: read.regions });
        if (!protocol.paragrafer.length) reason = 'inga §-paragrafer hittades (är det ett protokoll?)';
        else {
          for (const p of protocol.paragrafer) for (const c of p.caseNumbers) if (!labelled.has(c)) labelled.add(own(c));
          const added = builder.add(file.name, protocol);
          if (!added.added) reason = added.reason;
          else duplicates += added.duplicates;
        }
      }
      if (reason) {
        skipped.push({ file: file.name, reason });
        bar.note(`hoppar över ${file.name}: ${reason}`);
      }
      bar.step(i + 1, file.name);
    }
    bar.end();

    const counts = builder.counts();
    const previous = await previousManifest(out);
    const fixed = generationTime();
    const feed = writeFeed(builder.cases(), counts, {
      generatedAt: fixed ?? previous?.generatedAt ?? new Date().toISOString(),
      baseUrl,
      caseNumberFormats: learnFormats([...labelled]),
    });
    let manifest = feed.manifest;
    if (!fixed && previous && renderManifest(previous).content !== manifest.content) {
      manifest = renderManifest({ ...feed.manifestData, generatedAt: new Date().toISOString() });
    }
    const { written, removed } = await writeFeedFiles(out, manifest, feed.shards);

    const read = files.length - skipped.length;
    const lines = [
      `Läste ${read} av ${files.length} filer${skipped.length ? `, hoppade över ${skipped.length}:` : '.'}`,
      ...skipped.map((s) => `  ${s.file}: ${s.reason}`),
      `${counts.paragraphs} paragrafer, ${counts.cases} ärenden, ${counts.entries} beslutsposter` +
        (duplicates ? ` (${duplicates} dubbletter av redan lästa sammanträden räknades en gång)` : '') +
        '.',
      `Flödet i ${path.relative(io.cwd, out) || '.'}: ${feed.shards.length} delfiler, ${written.length} filer skrivna` +
        (removed.length ? `, ${removed.length} borttagna` : '') +
        (written.length || removed.length ? '.' : ' (inget ändrat).'),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return skipped.length ? 1 : 0;
  },
};
