import { CaseNumberConfig, DEFAULT_CASE_NUMBER_CONFIG, caseKey, parseCaseNumber } from '../../../core/casenumber/index.ts';
import { DEFAULT_FETCH_LIMITS, fetchBounded, type FetchLimits, type PlatformFetch } from '../../../core/history/bounded-fetch.ts';
import { feedFolder } from '../../../core/history/feed-address.ts';
import { MANIFEST_FILE, shardOf, type FeedManifest, type FeedShard, type ShardRef } from '../../../core/history/feed.ts';
import type { CaseHistory } from '../../../core/history/model.ts';
import { FeedError, readManifest, readShard, type FeedSource } from '../../../core/history/read-feed.ts';

export type LookupResult =
  | { kind: 'found'; history: CaseHistory }
  | { kind: 'notFound'; caseNumber: string }
  | { kind: 'invalid' }
  | { kind: 'unavailable'; message: string };

/**
 * Looks one case up in the decision-history feed: the manifest, then the one shard the case
 * hashes to, by its case key. Text is a case number when the administrator's formats read it, or
 * without those the formats the feed learned from the organisation's protocols, or else the default.
 * Both files are fetched within `limits` (time and size, redirects only within the feed's origin)
 * and read and checked by the core feed reader; a feed that fails is refused with a message, and
 * whatever was fetched and checked before stays in use.
 */
export class CaseLookup {
  private manifest: { url: string; value: FeedManifest } | null = null;
  private readonly shards = new Map<string, FeedShard>();

  private readonly learned = new WeakMap<FeedManifest, CaseNumberConfig>();

  private readonly feedUrl: () => string;
  private readonly fetchFn: PlatformFetch;
  private readonly configured: CaseNumberConfig | null;
  private readonly limits: FetchLimits;

  /** `feedUrl` is read on every look-up, so a changed setting takes effect at once. */
  constructor(
    feedUrl: () => string,
    fetchFn: PlatformFetch = (url, init) => fetch(url, init),
    configured: CaseNumberConfig | null = null,
    limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  ) {
    this.feedUrl = feedUrl;
    this.fetchFn = explainingCors(fetchFn);
    this.configured = configured;
    this.limits = limits;
  }

  async lookup(text: string, signal?: AbortSignal): Promise<LookupResult> {
    const base = this.feedUrl().trim();
    if (!base) return { kind: 'unavailable', message: 'Ingen adress till beslutshistoriken är inställd.' };
    try {
      const { source, manifestUrl } = this.source(base, signal);
      const manifest = await this.loadManifest(source, manifestUrl, signal);
      const caseNumber = parseCaseNumber(text, this.caseNumbers(manifest))?.canonical;
      if (!caseNumber) return { kind: 'invalid' };
      const id = shardOf(caseNumber, manifest.shardCount);
      const ref = manifest.shards.find((s) => s.id === id);
      if (!ref) return { kind: 'notFound', caseNumber };
      const shard = await this.loadShard(source, ref, manifest);
      const key = caseKey(caseNumber);
      const history = shard.cases.find((c) => caseKey(c.caseNumber) === key);
      return history ? { kind: 'found', history } : { kind: 'notFound', caseNumber };
    } catch (error) {
      if (signal?.aborted) throw error;
      const message = error instanceof FeedError ? `Beslutshistoriken kunde inte läsas: ${error.message}.` : error instanceof Error ? error.message : String(error);
      return { kind: 'unavailable', message };
    }
  }

  /**
   * The case-number formats the pane reads and checks with: the administrator's, else those the
   * feed learned, else the default (also when the feed cannot be read).
   */
  async caseNumberConfig(signal?: AbortSignal): Promise<CaseNumberConfig> {
    if (this.configured) return this.configured;
    const base = this.feedUrl().trim();
    if (!base) return DEFAULT_CASE_NUMBER_CONFIG;
    try {
      const { source, manifestUrl } = this.source(base, signal);
      return this.caseNumbers(await this.loadManifest(source, manifestUrl, signal));
    } catch {
      return DEFAULT_CASE_NUMBER_CONFIG;
    }
  }

  /** The feed's files, relative to its manifest. */
  private source(base: string, signal?: AbortSignal): { source: FeedSource; manifestUrl: string } {
    const manifestUrl = feedFileUrl(base, MANIFEST_FILE);
    return { manifestUrl, source: { fetchText: (file) => this.fetchText(new URL(file, manifestUrl).href, file, signal) } };
  }

  private caseNumbers(manifest: FeedManifest): CaseNumberConfig {
    if (this.configured) return this.configured;
    if (!manifest.caseNumberFormats?.length) return DEFAULT_CASE_NUMBER_CONFIG;
    let config = this.learned.get(manifest);
    if (!config) this.learned.set(manifest, (config = CaseNumberConfig.parse({ formats: manifest.caseNumberFormats, prefixes: [] })));
    return config;
  }

  private async loadManifest(source: FeedSource, url: string, signal?: AbortSignal): Promise<FeedManifest> {
    try {
      const manifest = await readManifest(source);
      this.manifest = { url, value: manifest };
      return manifest;
    } catch (error) {
      // Offline, the server down or the file broken: the manifest read earlier still tells where cases are.
      if (this.manifest?.url === url && !signal?.aborted) return this.manifest.value;
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
