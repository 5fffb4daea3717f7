import path from 'node:path';
import { caseKey } from '../../core/casenumber/case-key.ts';
import type { CheckConfig } from '../../core/check/config.ts';
import { learnFormats } from '../../core/casenumber/learn-formats.ts';
import { HistoryBuilder } from '../../core/history/build.ts';
import { writeFeed, renderManifest } from '../../core/history/write-feed.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { own } from '../../core/text/own.ts';
import { plural } from '../../core/text/plural.ts';
import { parseCommandArgs } from '../args.ts';
import { InputError, UsageError, type Command, type Io } from '../command.ts';
import { loadCheckConfig } from '../check-config.ts';
import { prepareFeedDir, previousManifest, publishedCaseKeys, writeFeedFiles } from '../feed-files.ts';
import { lockFeed, type FeedLock } from '../feed-lock.ts';
import { progress } from '../progress.ts';
import { protocolFiles } from '../protocol-files.ts';
import { publishRefusal } from '../publish-guard.ts';
import { readProtocolFile } from '../read-file.ts';
import { RunReport } from '../run-report.ts';
import { terminalText } from '../terminal-text.ts';

const usage = `Användning: protokoll index SÖKVÄG… --out MAPP [--base-url URL] [--config KONFIG.json]
                        [--max-shrink PROCENT] [--allow-shrink] [--keep-old-shards-minutes MINUTER]
                        [--report RAPPORT.json] [--organisation NAMN]

Läser protokoll (.pdf, .docx, .txt; mappar gås igenom) och skriver beslutshistoriken per ärende
som ett flöde: MAPP/manifest.json och MAPP/shards/NNN-<innehållets hash>.json. Delfiler skrivs
aldrig över, manifestet byts sist, så en klient ser alltid ett helt flöde, även om körningen avbryts.
Manifestet får också de diarienummerformat som protokollens märkta diarienummer (Dnr …) visar.

  --out MAPP                     mappen flödet skrivs till (skapas vid behov)
  --base-url URL                 gör källhänvisningarna till länkar: URL + filens sökväg under den lästa mappen
  --config FIL                   samma konfiguration som protokoll check (diarienummerformat och prefix)
  --max-shrink PROCENT           så stor del av de publicerade ärendena en körning får ta bort (standard 10)
  --allow-shrink                 publicera ändå: ett tomt arkiv eller en större minskning är avsiktlig
  --keep-old-shards-minutes MIN  så länge delfiler som inte längre används ligger kvar för klienter
                                 som hämtade det förra manifestet (standard 60)
  --report FIL                   skriver en rapport om körningen som JSON (lästa och överhoppade filer
                                 med skäl, om flödet publicerades, tider) för övervakning
  --organisation NAMN            organisationens namn i manifestet ("Region Exempelland"): tillägget och
                                 Word-tillägget visar det vid varje beslut när de läser flera flöden

Ett flöde publiceras inte om inget protokoll kunde läsas eller om för många ärenden skulle
försvinna; det publicerade flödet lämnas då orört. Två körningar mot samma MAPP kan inte gå samtidigt.

Slutkod: 0 publicerat, alla filer lästa; 1 publicerat, men några filer hoppades över;
2 felaktig användning eller fel; 3 flödet publicerades inte (inget lästes, för stor minskning,
eller en annan körning pågår). Kod 0 och 1 betyder att flödet är aktuellt.`;

/** The exit code when the feed was left as it was: publishing refused, or another run holds the lock. */
const NOT_PUBLISHED = 3;

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

function numberIn(value: string | undefined, fallback: number, flag: string, max = Infinity): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) throw new UsageError(`${flag} ska vara ett tal från 0${max < Infinity ? ` till ${max}` : ''}, inte "${value}"`);
  return n;
}

function lockedMessage(lock: Extract<FeedLock, { ok: false }>, out: string): string {
  const who = lock.holder ? `process ${lock.holder.pid} på ${lock.holder.host}, startad ${lock.holder.started}` : 'låsfilen går inte att läsa';
  return (
    `Flödet i ${out} skrivs redan av en annan körning (${who}); inget ändrades. ` +
    `Försök igen när den är klar. Pågår ingen körning, ta bort ${lock.file}.`
  );
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
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      'base-url': { type: 'string' },
      config: { type: 'string' },
      'max-shrink': { type: 'string' },
      'allow-shrink': { type: 'boolean' },
      'keep-old-shards-minutes': { type: 'string' },
      report: { type: 'string' },
      organisation: { type: 'string' },
    });
    if (!values.report) return indexRun(values, positionals, io, null);
    const report = new RunReport(path.resolve(io.cwd, values.report), path.resolve(io.cwd, values.out ?? ''));
    let code: number;
    try {
      code = await indexRun(values, positionals, io, report);
    } catch (error) {
      await report.finish(2, error);
      throw error;
    }
    await report.finish(code);
    return code;
  },
};

interface IndexFlags {
  out?: string;
  'base-url'?: string;
  config?: string;
  'max-shrink'?: string;
  'allow-shrink'?: boolean;
  'keep-old-shards-minutes'?: string;
  organisation?: string;
}

/** One run, from its flags: reads the archive and publishes the feed under its lock; `report` is filled in on the way. */
async function indexRun(values: IndexFlags, positionals: string[], io: Io, report: RunReport | null): Promise<number> {
  if (!positionals.length) throw new UsageError('ange minst en fil eller mapp att läsa');
  if (!values.out) throw new UsageError('ange --out MAPP');
  const baseUrl = checkedBaseUrl(values['base-url']);
  const maxShrinkPercent = numberIn(values['max-shrink'], 10, '--max-shrink', 100);
  const graceMs = numberIn(values['keep-old-shards-minutes'], 60, '--keep-old-shards-minutes') * 60_000;
  const organisation = values.organisation?.trim();
  if (organisation !== undefined && (organisation === '' || organisation.length > 200)) throw new UsageError('--organisation ska vara ett namn på 1–200 tecken');
  const out = path.resolve(io.cwd, values.out);
  const shownOut = terminalText(path.relative(io.cwd, out) || '.');
  const { caseNumbers } = await loadCheckConfig(values.config, io.cwd);
  await prepareFeedDir(out, values.out);
  const lock = await lockFeed(out).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`kan inte skriva i ${values.out} (${error.code ?? error.message})`);
  });
  if (!lock.ok) {
    io.stderr(`${terminalText(lockedMessage(lock, shownOut))}\n`);
    report?.because(lockedMessage(lock, out));
    return NOT_PUBLISHED;
  }
  if (lock.tookOverFrom) io.stderr(`Tog över låset efter en avbruten körning (process ${lock.tookOverFrom.pid}, startad ${terminalText(lock.tookOverFrom.started)}).\n`);
  try {
    return await indexInto(out, shownOut, { positionals, baseUrl, caseNumbers, maxShrinkPercent, graceMs, allowShrink: Boolean(values['allow-shrink']), report, organisation }, io);
  } finally {
    await lock.release();
  }
}

interface IndexOptions {
  positionals: string[];
  baseUrl: string | undefined;
  caseNumbers: CheckConfig['caseNumbers'];
  maxShrinkPercent: number;
  allowShrink: boolean;
  graceMs: number;
  report: RunReport | null;
  /** The organisation's name for the manifest. */
  organisation: string | undefined;
}

/** Reads the archive and publishes its history into `out`, whose lock the caller holds. */
async function indexInto(out: string, shownOut: string, options: IndexOptions, io: Io): Promise<number> {
  const found = await protocolFiles(options.positionals, io.cwd);
  const { files } = found;
  const bar = progress(io, files.length);
  const builder = new HistoryBuilder();
  /** Files, folders and links not read, with the reason, as shown: names come from the archive. */
  const skipped = found.skipped.map((s) => ({ name: terminalText(s.name), reason: terminalText(s.reason) }));
  const reported = options.report?.data.files.skipped;
  reported?.push(...found.skipped.map((s) => ({ path: s.name, reason: s.reason })));
  for (const s of skipped) bar.note(`hoppar över ${s.name}: ${s.reason}`);
  /** Every case number the protocols write, as written: what the formats are learned from. */
  const labelled = new Set<string>();
  let duplicates = 0;
  for (const [i, file] of files.entries()) {
    const name = terminalText(file.name);
    const read = await readProtocolFile(file.absolute);
    let reason: string | null = null;
    if (!read.ok) reason = read.reason;
    else {
      const protocol = parseProtocol(read.text, { caseNumbers: options.caseNumbers, regions: read.regions });
      if (!protocol.paragrafer.length) reason = 'inga §-paragrafer hittades (är det ett protokoll?)';
      else {
        for (const p of protocol.paragrafer) for (const c of p.caseNumbers) if (!labelled.has(c)) labelled.add(own(c));
        const added = builder.add(file.name, protocol);
        if (!added.added) reason = added.reason;
        else duplicates += added.duplicates;
      }
    }
    if (reason) {
      reported?.push({ path: file.name, reason });
      skipped.push({ name, reason: terminalText(reason) });
      bar.note(`hoppar över ${name}: ${terminalText(reason)}`);
    }
    bar.step(i + 1, name);
  }
  bar.end();

  const counts = builder.counts();
  const folders = skipped.filter((s) => s.name.endsWith('/')).length;
  const filesFound = files.length + found.skipped.length - folders;
  const protocolsRead = files.length - (skipped.length - found.skipped.length);
  const skippedFiles = skipped.length - folders;
  if (options.report) {
    Object.assign(options.report.data.files, { found: filesFound, read: protocolsRead });
    options.report.data.counts = counts;
    options.report.readDone();
  }
  io.stdout(
    [
      `Läste ${protocolsRead} av ${plural(filesFound, 'fil', 'filer')}` +
        (skipped.length ? `, hoppade över ${[skippedFiles && String(skippedFiles), folders && plural(folders, 'mapp', 'mappar')].filter(Boolean).join(' och ')}:` : '.'),
      ...skipped.map((s) => `  ${s.name}: ${s.reason}`),
      `${plural(counts.paragraphs, 'paragraf', 'paragrafer')}, ${plural(counts.cases, 'ärende', 'ärenden')}, ${plural(counts.entries, 'beslutspost', 'beslutsposter')}` +
        (duplicates ? ` (${plural(duplicates, 'dubblett', 'dubbletter')} av redan lästa sammanträden räknades en gång)` : '') +
        '.',
      '',
    ].join('\n'),
  );

  const previous = await previousManifest(out);
  const refusal = options.allowShrink
    ? null
    : publishRefusal({
        protocolsRead,
        filesFound,
        published: previous && { cases: previous.counts.cases, keys: await publishedCaseKeys(out, previous) },
        current: new Set(builder.cases().map((c) => caseKey(c.caseNumber))),
        maxShrinkPercent: options.maxShrinkPercent,
      });
  if (refusal) {
    io.stderr(
      `Flödet publicerades inte: ${refusal}. ${previous ? `Det publicerade flödet i ${shownOut} är orört.` : `Inget flöde skrevs till ${shownOut}.`}\n` +
        'Kontrollera att arkivet är monterat och läsbart. Är ändringen avsiktlig, kör igen med --allow-shrink.\n',
    );
    options.report?.because(refusal);
    return NOT_PUBLISHED;
  }

  const fixed = generationTime();
  const feed = writeFeed(builder.cases(), counts, {
    generatedAt: fixed ?? previous?.generatedAt ?? new Date().toISOString(),
    baseUrl: options.baseUrl,
    caseNumberFormats: learnFormats([...labelled]),
    ...(options.organisation ? { organisation: options.organisation } : {}),
  });
  let manifest = feed.manifest;
  if (!fixed && previous && renderManifest(previous).content !== manifest.content) {
    manifest = renderManifest({ ...feed.manifestData, generatedAt: new Date().toISOString() });
  }
  const { written, removed, kept } = await writeFeedFiles(out, manifest, feed.shards, { graceMs: options.graceMs });
  if (options.report) {
    options.report.data.feed = { shards: feed.shards.length, written: written.length, removed: removed.length, keptForOldClients: kept.length };
    options.report.publishDone();
  }
  io.stdout(
    `Flödet i ${shownOut}: ${plural(feed.shards.length, 'delfil', 'delfiler')}, ${plural(written.length, 'fil skriven', 'filer skrivna')}` +
      (removed.length ? `, ${plural(removed.length, 'borttagen', 'borttagna')}` : '') +
      (kept.length ? `, ${plural(kept.length, 'gammal delfil', 'gamla delfiler')} kvar tills de är ${options.graceMs / 60_000} minuter gamla` : '') +
      (written.length || removed.length || kept.length ? '.' : ' (inget ändrat).') +
      '\n',
  );
  return skipped.length ? 1 : 0;
}
