import { type CaseNumberConfig, caseKey, parseCaseNumber } from '../../../core/casenumber/index.ts';
import { DEFAULT_FETCH_LIMITS, fetchBounded, type FetchLimits, type PlatformFetch } from '../../../core/history/bounded-fetch.ts';
import { feedFolder } from '../../../core/history/feed-address.ts';
import { MANIFEST_FILE, shardOf, type FeedManifest, type FeedShard, type ShardRef } from '../../../core/history/feed.ts';
import { feedCaseNumberConfig, unionOfLearnedFormats } from '../../../core/history/feed-formats.ts';
import { mergeCaseHistories, organisationLabel, type FeedCase, type MergedCaseHistory } from '../../../core/history/merge-feeds.ts';
import { readMeetingIndex, type MeetingIndex } from '../../../core/history/numbering.ts';
import { FeedError, readManifest, readShard, type FeedSource } from '../../../core/history/read-feed.ts';
import { feedAddresses } from '../settings.ts';

export type LookupResult =
  | { kind: 'found'; history: MergedCaseHistory }
  | { kind: 'notFound'; caseNumber: string }
  | { kind: 'invalid' }
  | { kind: 'unavailable'; message: string };

/** A feed whose manifest was read (or, when that failed, read before), with its files' source. */
interface ReadFeed {
  manifestUrl: string;
  manifest: FeedManifest;
  source: FeedSource;
}

/**
 * Looks one case up in the decision-history feeds, one per organisation (a region's and its
 * municipalities'): in each, the manifest, then the one shard the case hashes to, by its case key;
 * what the feeds have is merged per case number (core/history/merge-feeds.ts), each entry naming its
 * organisation. Text is a case number when the administrator's formats read it, or without those
 * the formats a feed learned from its organisation's protocols, or else the default. Every file is
 * fetched within `limits` (time and size, redirects only within the feed's origin) and read and
 * checked by the core feed reader; a feed that fails is refused with a message, whatever was
 * fetched and checked before from it stays in use, and the other feeds are read as before.
 */
export class CaseLookup {
  /** Each feed's last good manifest, by its URL. */
  private readonly manifests = new Map<string, FeedManifest>();
  private readonly shards = new Map<string, FeedShard>();

  private readonly learned = new WeakMap<FeedManifest, CaseNumberConfig>();
  /** Each feed's meetings (core/history/numbering.ts), by its manifest's URL. */
  private readonly meetings = new Map<string, Promise<MeetingIndex>>();

  private readonly feeds: () => string;
  private readonly fetchFn: PlatformFetch;
  private readonly configured: CaseNumberConfig | null;
  private readonly limits: FetchLimits;

  /** `feeds` is the feed setting (see `feedAddresses`), read on every look-up, so a changed setting takes effect at once. */
  constructor(
    feeds: () => string,
    fetchFn: PlatformFetch = (url, init) => fetch(url, init),
    configured: CaseNumberConfig | null = null,
    limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  ) {
    this.feeds = feeds;
    this.fetchFn = explainingCors(fetchFn);
    this.configured = configured;
    this.limits = limits;
  }

  async lookup(text: string, signal?: AbortSignal): Promise<LookupResult> {
    const addresses = feedAddresses(this.feeds());
    if (!addresses.length) return { kind: 'unavailable', message: 'Ingen adress till beslutshistoriken är inställd.' };
    const feeds = await Promise.all(addresses.map((address) => this.readFeed(address, signal)));
    const read = feeds.filter((f): f is ReadFeed => !(f instanceof FeedFailure));
    const failed = feeds.filter((f): f is FeedFailure => f instanceof FeedFailure);
    // Each feed reads its organisation's own shapes; the first that reads the text names the case.
    const caseNumber = read.map((f) => parseCaseNumber(text, this.caseNumbers(f.manifest))?.canonical).find(Boolean);
    if (!caseNumber) return failed.length ? unavailable(failed, addresses.length) : { kind: 'invalid' };
    const key = caseKey(caseNumber);
    const finds = await Promise.all(
      read.map(async (feed): Promise<FeedCase | FeedFailure | null> => {
        const ref = feed.manifest.shards.find((s) => s.id === shardOf(caseNumber, feed.manifest.shardCount));
        if (!ref) return null;
        try {
          const history = (await this.loadShard(feed.source, ref, feed.manifest)).cases.find((c) => caseKey(c.caseNumber) === key);
          return history ? { organisation: organisationLabel(feed.manifest.organisation, feed.manifestUrl, addresses.length), history } : null;
        } catch (error) {
          if (signal?.aborted) throw error;
          return new FeedFailure(feed.manifestUrl, error);
        }
      }),
    );
    const history = mergeCaseHistories(finds.filter((f): f is FeedCase => f !== null && !(f instanceof FeedFailure)));
    if (history) return { kind: 'found', history };
    const shardFailures = finds.filter((f): f is FeedFailure => f instanceof FeedFailure);
    return failed.length || shardFailures.length ? unavailable([...failed, ...shardFailures], addresses.length) : { kind: 'notFound', caseNumber };
  }

  /**
   * The case-number formats the pane reads and checks with: the administrator's, else those the
   * feeds learned (all of them), else the default (also when no feed can be read).
   */
  async caseNumberConfig(signal?: AbortSignal): Promise<CaseNumberConfig> {
    if (this.configured) return this.configured;
    const feeds = await Promise.all(feedAddresses(this.feeds()).map((address) => this.readFeed(address, signal)));
    const learned = feeds.flatMap((f) => (f instanceof FeedFailure ? [] : [f.manifest.caseNumberFormats]));
    return feedCaseNumberConfig(null, unionOfLearnedFormats(learned));
  }

  /**
   * Each feed's meetings by body and date, in the setting's order, for numbering the next meeting
   * (core/history/numbering.ts): every shard of a feed is read, once per feed. A feed that fails
   * is left out with its message, and is read again next time.
   */
  async meetingIndexes(): Promise<{ indexes: MeetingIndex[]; failures: string[] }> {
    const read = await Promise.all(
      feedAddresses(this.feeds()).map(async (address): Promise<MeetingIndex | FeedFailure> => {
        const feed = await this.readFeed(address);
        if (feed instanceof FeedFailure) return feed;
        let index = this.meetings.get(feed.manifestUrl);
        if (!index) this.meetings.set(feed.manifestUrl, (index = readMeetingIndex(feed.source)));
        try {
          return await index;
        } catch (error) {
          this.meetings.delete(feed.manifestUrl);
          return new FeedFailure(feed.manifestUrl, error);
        }
      }),
    );
    return {
      indexes: read.filter((r): r is MeetingIndex => !(r instanceof FeedFailure)),
      failures: read.flatMap((r) => (r instanceof FeedFailure ? [r.message()] : [])),
    };
  }

  /** A feed's manifest, else the one read from it before, else why it failed. */
  private async readFeed(address: string, signal?: AbortSignal): Promise<ReadFeed | FeedFailure> {
    let manifestUrl = address;
    try {
      manifestUrl = feedFileUrl(address, MANIFEST_FILE);
      const source: FeedSource = { fetchText: (file) => this.fetchText(new URL(file, manifestUrl).href, file, signal) };
      return { manifestUrl, source, manifest: await this.loadManifest(source, manifestUrl, signal) };
    } catch (error) {
      if (signal?.aborted) throw error;
      return new FeedFailure(manifestUrl, error);
    }
  }

  private caseNumbers(manifest: FeedManifest): CaseNumberConfig {
    let config = this.learned.get(manifest);
    if (!config) this.learned.set(manifest, (config = feedCaseNumberConfig(this.configured, manifest.caseNumberFormats)));
    return config;
  }

  private async loadManifest(source: FeedSource, url: string, signal?: AbortSignal): Promise<FeedManifest> {
    try {
      const manifest = await readManifest(source);
      this.manifests.set(url, manifest);
      return manifest;
    } catch (error) {
      // Offline, the server down or the file broken: the manifest read earlier still tells where cases are.
      const earlier = this.manifests.get(url);
      if (earlier && !signal?.aborted) return earlier;
      throw error;
    }
  }

  private async loadShard(source: FeedSource, ref: ShardRef, manifest: FeedManifest): Promise<FeedShard> {
    const cached = this.shards.get(ref.sha256);
    if (cached) return cached;
    const shard = await readShard(source, ref, manifest);
    this.shards.set(ref.sha256, shard);
    return shard;
  }

  private async fetchText(url: string, what: string, signal?: AbortSignal): Promise<string> {
    return (await fetchBounded(this.fetchFn, url, { what, limits: this.limits, ...(signal ? { signal } : {}) })).text;
  }
}

/** Why one feed could not be read. */
class FeedFailure {
  readonly manifestUrl: string;
  readonly error: unknown;
  constructor(manifestUrl: string, error: unknown) {
    this.manifestUrl = manifestUrl;
    this.error = error;
  }

  message(): string {
    const { error } = this;
    return error instanceof FeedError ? `Beslutshistoriken kunde inte läsas: ${error.message}.` : error instanceof Error ? error.message : String(error);
  }
}

/** The failures in words; with several feeds, each named by its host. */
function unavailable(failures: readonly FeedFailure[], feedCount: number): LookupResult {
  const named = (f: FeedFailure) => (feedCount > 1 ? `${URL.canParse(f.manifestUrl) ? new URL(f.manifestUrl).host : f.manifestUrl}: ${f.message()}` : f.message());
  return { kind: 'unavailable', message: failures.map(named).join(' ') };
}

/**
 * The platform's fetch, with its bare "Failed to fetch" for a feed on another origin than the
 * pane's replaced by what the feed's server most likely lacks: a browser hides whether the server
 * was down or refused the pane's origin (no Access-Control-Allow-Origin), so both are named.
 */
function explainingCors(fetchFn: PlatformFetch): PlatformFetch {
  return async (url, init) => {
    try {
      return await fetchFn(url, init);
    } catch (error) {
      const page = globalThis.location?.origin;
      if (!(error instanceof TypeError) || !page || new URL(url).origin === page) throw error;
      throw new TypeError(`servern svarade inte, eller tillåter inte hämtning från tilläggets webbplats ${page} (svaret saknar Access-Control-Allow-Origin)`);
    }
  };
}

/** A file of the feed; the feed's address may be relative to the task pane's page. */
function feedFileUrl(base: string, file: string): string {
  try {
    return new URL(file, new URL(feedFolder(base), globalThis.location?.href)).href;
  } catch {
    throw new Error(`Adressen till beslutshistoriken är ogiltig: ${base}`);
  }
}
