import { z } from 'zod';
import { FeedError } from './read-feed.ts';

/**
 * The one way a feed file is fetched over the network, in every shell (the CLI, the add-in, the
 * extension), each passing its platform's `fetch`: a time limit until the server answers and one
 * for the whole file, a byte limit counted on the body as it streams (a chunked answer has no
 * Content-Length to trust), and redirects followed only within the feed's origin. Every refusal
 * is a FeedError naming the file in Swedish, so the shells keep their old data and say why.
 */

export const FetchLimits = z.object({
  /** Seconds until the server answers with its status and headers. */
  connectSeconds: z.number({ error: 'ange ett antal sekunder' }).int('ange ett helt antal sekunder').min(1, 'minst 1 sekund').max(600, 'högst 600 sekunder'),
  /** Seconds for the whole file, the answer included. */
  totalSeconds: z.number({ error: 'ange ett antal sekunder' }).int('ange ett helt antal sekunder').min(1, 'minst 1 sekund').max(3600, 'högst 3600 sekunder'),
  /** Megabytes (MiB) one file may have. */
  maxMegabytes: z.number({ error: 'ange ett antal megabyte' }).int('ange ett helt antal megabyte').min(1, 'minst 1 MB').max(1024, 'högst 1024 MB'),
});
export type FetchLimits = z.infer<typeof FetchLimits>;

/** A feed of 50,000 paragraphs has shards of a few hundred kilobytes and a manifest of a few. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { connectSeconds: 20, totalSeconds: 120, maxMegabytes: 64 };

/** The platform's `fetch` (Node's, the browser's, the extension worker's). */
export type PlatformFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface BoundedRequest {
  /** How the file is named in messages (`Manifestet`, `shards/007-3f2a9c0b1d4e.json i https://…`). */
  what: string;
  limits: FetchLimits;
  /** Headers, cache mode, credentials; `signal` and `redirect` are set here. */
  init?: Omit<RequestInit, 'signal' | 'redirect'>;
  /** The caller's own cancellation (a closed pane): it is passed on as it is, not as a FeedError. */
  signal?: AbortSignal;
}

export interface FetchedFile {
  /** The final answer: its status (200, or 304 to a conditional request) and headers. */
  response: Response;
  /** The body as served, a byte-order mark included, so that its hash is that of the bytes. */
  text: string;
}

const MAX_REDIRECTS = 5;
const MIB = 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function fetchBounded(fetchFn: PlatformFetch, url: string, request: BoundedRequest): Promise<FetchedFile> {
  const { what, limits, signal } = request;
  const controller = new AbortController();
  let timedOut: string | null = null;
  const stopAfter = (seconds: number, reason: string) =>
    setTimeout(() => {
      timedOut = reason;
      controller.abort();
    }, seconds * 1000);
  const total = stopAfter(limits.totalSeconds, `${what} kom inte fram inom ${limits.totalSeconds} sekunder`);
  const connect = stopAfter(limits.connectSeconds, `${what}: servern svarade inte inom ${limits.connectSeconds} sekunder`);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const failure = (error: unknown) => {
    if (signal?.aborted) return error;
    return new FeedError(timedOut ?? `${what} kunde inte hämtas (${url}): ${reasonOf(error)}`);
  };
  try {
    let response: Response;
    try {
      response = await answer(fetchFn, url, request, controller.signal);
    } catch (error) {
      throw error instanceof FeedError ? error : failure(error);
    }
    clearTimeout(connect);
    if (response.status === 304) return { response, text: '' };
    if (!response.ok) throw new FeedError(`${what}: servern svarade HTTP ${response.status} ${response.statusText}`.trim());
    const maxBytes = limits.maxMegabytes * MIB;
    const tooLarge = new FeedError(`${what} är större än ${limits.maxMegabytes} MB (gränsen för en fil i flödet)`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge;
    }
    try {
      return { response, text: UTF8.decode(await readAtMost(response, maxBytes, tooLarge)) };
    } catch (error) {
      throw error === tooLarge ? error : failure(error);
    }
  } finally {
    clearTimeout(connect);
    clearTimeout(total);
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/** The answer to `url`, redirects followed by hand so that none leaves the origin of the first request. */
async function answer(fetchFn: PlatformFetch, url: string, request: BoundedRequest, signal: AbortSignal): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(current, { ...request.init, signal, redirect: 'manual' });
    // A browser hides where a redirect goes ("opaqueredirect"); a fetch that followed anyway shows it in `url`.
    if (response.type === 'opaqueredirect') {
      throw new FeedError(`${request.what} omdirigeras, och webbläsaren visar inte vart; ange flödets slutliga adress`);
    }
    if (response.url && new URL(response.url).origin !== origin) throw offOrigin(request.what, response.url);
    if (!isRedirect(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (!location || hops >= MAX_REDIRECTS) throw new FeedError(`${request.what} omdirigeras för många gånger eller utan mål`);
    current = new URL(location, current).href;
    if (new URL(current).origin !== origin) throw offOrigin(request.what, current);
  }
}

const offOrigin = (what: string, target: string) =>
  new FeedError(`${what} omdirigeras till en annan webbplats (${new URL(target).origin}); flödet hämtas bara från sin egen`);

/** The body's bytes, read as they stream; more than `maxBytes` cancels the download and throws `tooLarge`. */
async function readAtMost(response: Response, maxBytes: number, tooLarge: Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
